#include "TestWorkspace.h"
#include "WriteWaitLimit.h"

#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

#include <QSqlQuery>

namespace {

/// A second connection to the workspace that holds its write lock, as a long import does.
struct LockedWorkspace {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createEmpty();
    std::unique_ptr<Workspace> other = Workspace::open(workspace->path()).value();
    QSqlQuery holder{other->database()};

    LockedWorkspace() { REQUIRE(holder.exec(QStringLiteral("BEGIN IMMEDIATE"))); }
    void release() { REQUIRE(holder.exec(QStringLiteral("ROLLBACK"))); }
};

} // namespace

TEST_CASE("A write waits while another connection holds the workspace and says so",
          "[storage][transactions][sqlite]")
{
    LockedWorkspace locked;
    WriteWaitLimit limit(Transaction::defaultWaitLimitMilliseconds);
    QList<qint64> heard;
    Transaction::setWaitObserver([&](qint64 waitedMs) {
        if (heard.isEmpty())
            locked.release(); // the other writer finishes while this one waits
        heard << waitedMs;
    });
    Transaction transaction(locked.workspace->database());
    CHECK(transaction.isOpen());
    REQUIRE(heard.size() >= 2);
    CHECK(heard.first() >= 0);
    CHECK(heard.last() == -1);
    CHECK(transaction.commit());

    SECTION("a write that gets in at once tells nobody")
    {
        heard.clear();
        Transaction next(locked.workspace->database());
        CHECK(next.isOpen());
        CHECK(heard.isEmpty());
    }
}

TEST_CASE("A write that cannot get in within the wait limit fails clearly and changes nothing",
          "[storage][transactions][sqlite]")
{
    LockedWorkspace locked;
    WriteWaitLimit limit(250);
    const QString before = TestWorkspace::dump(*locked.workspace);
    QList<qint64> heard;
    Transaction::setWaitObserver([&](qint64 waitedMs) { heard << waitedMs; });
    {
        Transaction transaction(locked.workspace->database());
        REQUIRE_FALSE(transaction.isOpen());
        CHECK(transaction.error().code == ErrorCode::Locked);
        CHECK(transaction.error().message.contains(QStringLiteral("Nothing was saved")));
        CHECK_FALSE(transaction.commit());
    }
    REQUIRE_FALSE(heard.isEmpty());
    CHECK(heard.last() == -1);
    locked.release();
    CHECK(TestWorkspace::dump(*locked.workspace) == before);
    // The connection's own busy timeout is as it was.
    QSqlQuery query(locked.workspace->database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA busy_timeout")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 5000);
}

namespace {
QStringList loggedSql;
void keepSqlLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (qstrcmp(context.category, "channeldesk.sql") == 0)
        loggedSql << message;
}
} // namespace

TEST_CASE("channeldesk.sql logs each statement with its time, never the bound values",
          "[storage][logging]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty(QStringLiteral("log.channeldesk"));
    const QString secret = QStringLiteral("s3cret-value");
    loggedSql.clear();
    // Off by default.
    const QtMessageHandler previous = qInstallMessageHandler(keepSqlLog);
    REQUIRE(SqlError::run(workspace->database(), QStringLiteral("SELECT ? AS quiet"), {secret}));
    CHECK(loggedSql.isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("channeldesk.sql=true"));
    REQUIRE(SqlError::run(workspace->database(), QStringLiteral("SELECT ? AS logged"), {secret}));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    REQUIRE(loggedSql.size() == 1);
    INFO(loggedSql.first().toStdString());
    CHECK(loggedSql.first().contains(QStringLiteral("SELECT ? AS logged")));
    CHECK(loggedSql.first().contains(QStringLiteral(" ms")));
    CHECK(loggedSql.first().contains(QStringLiteral("[1 bound]")));
    CHECK_FALSE(loggedSql.first().contains(secret));
}
