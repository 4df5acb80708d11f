#include "TestWorkspace.h"
#include "WriteWaitLimit.h"

#include "storage/Transaction.h"

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

TEST_CASE("A write waits while another connection holds the workspace and says so", "[storage][transactions][sqlite]")
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

TEST_CASE("A write that cannot get in within the wait limit fails clearly and changes nothing", "[storage][transactions][sqlite]")
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
