// Live updates: what one connection commits reaches another connection's ChangeFeed; and a team
// server connection that was lost reports so and can be opened again. PostgreSQL cases run
// through scripts/with-postgres (CHANNELDESK_TEST_POSTGRES_URL); without it they only warn.
#include "ServerAdmin.h"
#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "live/ChangeFeed.h"
#include "session/Memberships.h"
#include "storage/ConnectionLoss.h"
#include "storage/Reconnection.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlError.h"
#include "storage/postgres/PostgresNotifications.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtCore/qtestsupport_core.h>

namespace {

constexpr const char* noServer =
    "CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres build/tests/core_tests "
    "\"[live]\"";
constexpr int generousWaitMs = 10000;

/// A demo workspace on the test server, whatever CHANNELDESK_TEST_ENGINE says.
std::unique_ptr<Workspace> serverDemo(TestWorkspace& dir, const QString& name)
{
    const QByteArray engine = qgetenv("CHANNELDESK_TEST_ENGINE");
    qputenv("CHANNELDESK_TEST_ENGINE", "postgres");
    auto workspace = dir.createDemo(name);
    if (engine.isNull())
        qunsetenv("CHANNELDESK_TEST_ENGINE");
    else
        qputenv("CHANNELDESK_TEST_ENGINE", engine);
    return workspace;
}

/// Another user's app: a second Workspace on the same database or file.
std::unique_ptr<Workspace> secondClient(const Workspace& workspace)
{
    auto opened = Workspace::open(
        workspace.engine() == SqlEngine::Postgres ? workspace.server().url() : workspace.path());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    return std::move(opened).value();
}

void renameCompany(const Workspace& workspace, const QString& suffix)
{
    auto done = SqlError::run(workspace.connection(),
                              QStringLiteral("UPDATE companies SET name = name || ? WHERE id = "
                                             "(SELECT min(id) FROM companies)"),
                              {suffix});
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
}

/// The tables a feed announced, in order.
class Announcements {
public:
    explicit Announcements(ChangeFeed* feed)
    {
        QObject::connect(feed, &ChangeFeed::changed, &m_receiver,
                         [this](const QString& table) { m_tables << table; });
    }
    bool contains(const QString& table) const { return m_tables.contains(table); }
    int count(const QString& table) const { return int(m_tables.count(table)); }
    bool isEmpty() const { return m_tables.isEmpty(); }
    QString first() const { return m_tables.value(0); }

private:
    QObject m_receiver;
    QStringList m_tables;
};

} // namespace

TEST_CASE("A change another connection commits to a team server reaches the change feed, "
          "coalesced per table, and the feed's own changes do not",
          "[postgres][live]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace dir;
    auto mine = serverDemo(dir, QStringLiteral("live.channeldesk"));
    auto theirs = secondClient(*mine);
    ChangeFeed* feed = ChangeFeed::of(*mine);
    REQUIRE(feed);
    CHECK(feed->isListening());
    Announcements announced(feed);

    // Written here first: announced to this connection as its own change, so left out.
    REQUIRE(SqlError::run(mine->connection(), QStringLiteral("UPDATE news SET title = title"), {}));
    for (int i = 0; i < 20; ++i)
        renameCompany(*theirs, QStringLiteral("."));
    REQUIRE(QTest::qWaitFor([&] { return announced.contains(QStringLiteral("companies")); },
                            generousWaitMs));
    CHECK_FALSE(announced.contains(QStringLiteral("news")));
    // Twenty commits in quick succession are not twenty refreshes.
    CHECK(announced.count(QStringLiteral("companies")) < 20);
}

TEST_CASE("The notify triggers are installed once per team database and can be applied again",
          "[postgres][live]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace dir;
    auto workspace = serverDemo(dir, QStringLiteral("triggers.channeldesk"));
    const auto installed = [&] {
        return TestWorkspace::scalar(*workspace, PostgresNotifications::installedQuery()).toInt();
    };
    CHECK(installed() == PostgresNotifications::tables().size());
    for (const QString& statement : PostgresNotifications::statements()) {
        QSqlQuery query(workspace->connection());
        const bool done = query.exec(statement);
        INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
    }
    CHECK(installed() == PostgresNotifications::tables().size());
    // DDL is not prepared on PostgreSQL: run as is.
    REQUIRE(QSqlQuery(workspace->connection())
                .exec(QStringLiteral("DROP TRIGGER channeldesk_notify ON leads")));
    CHECK(installed() == PostgresNotifications::tables().size() - 1);
    // Opening the workspace puts back what is missing.
    auto reopened = secondClient(*workspace);
    CHECK(installed() == PostgresNotifications::tables().size());
}

TEST_CASE("A change another connection commits to a workspace file reaches the change feed",
          "[sqlite][live]")
{
    if (TestWorkspace::engine() != SqlEngine::Sqlite)
        return; // a file's case
    TestWorkspace dir;
    auto mine = dir.createDemo(QStringLiteral("live.channeldesk"));
    auto theirs = secondClient(*mine);
    ChangeFeed* feed = ChangeFeed::of(*mine);
    REQUIRE(feed);
    Announcements announced(feed);
    renameCompany(*mine, QStringLiteral("."));
    renameCompany(*theirs, QStringLiteral("!"));
    REQUIRE(QTest::qWaitFor([&] { return !announced.isEmpty(); }, generousWaitMs));
    // A file does not say which table changed: every directory and window looks again.
    CHECK(announced.first() == QString());
    CHECK(ChangeFeed::concerns(QString(), {QStringLiteral("leads")}));
    CHECK(ChangeFeed::concerns(QStringLiteral("leads"), {QStringLiteral("leads")}));
    CHECK_FALSE(ChangeFeed::concerns(QStringLiteral("news"), {QStringLiteral("leads")}));
}

TEST_CASE("A team server session the server ended reports a lost connection, and reconnecting "
          "restores it and its change feed",
          "[postgres][live]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace dir;
    auto workspace = serverDemo(dir, QStringLiteral("reconnect.channeldesk"));
    ChangeFeed* feed = ChangeFeed::of(*workspace);
    REQUIRE(feed);
    int observed = 0;
    ConnectionLoss::setObserver([&observed] { ++observed; });

    ServerAdmin().exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                      "pg_stat_activity WHERE datname = '%1'")
                           .arg(workspace->server().database));
    // The idle connection's end is noticed without a statement, within a poll or two.
    CHECK(QTest::qWaitFor([&] { return observed >= 1; }, generousWaitMs));
    CHECK_FALSE(feed->isListening());
    auto lost = Memberships::all(workspace->connection());
    ConnectionLoss::setObserver({});
    REQUIRE_FALSE(lost);
    INFO(lost.error().message.toStdString());
    CHECK(ConnectionLoss::isLoss(lost.error()));
    CHECK(lost.error().message.contains(QStringLiteral("lost")));
    CHECK(observed >= 1);

    auto reconnected = Reconnection::reconnect(*workspace);
    INFO((reconnected ? QString() : reconnected.error().message).toStdString());
    REQUIRE(reconnected);
    auto again = Memberships::all(workspace->connection());
    REQUIRE(again);
    CHECK_FALSE(again->isEmpty());
    CHECK(feed->isListening());
    Announcements announced(feed);
    auto theirs = secondClient(*workspace);
    renameCompany(*theirs, QStringLiteral("."));
    REQUIRE(QTest::qWaitFor([&] { return announced.contains(QStringLiteral("companies")); },
                            generousWaitMs));
}

TEST_CASE("Acting as on a team server offers only the connected login's own memberships",
          "[live][memberships]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    auto own = Memberships::ofLogin(workspace->connection(),
                                    QStringLiteral("Michael.Goldmill@mightymicks.example"));
    REQUIRE(own);
    REQUIRE_FALSE(own->isEmpty());
    for (const ActingContext& context : own.value())
        CHECK(context.userId == id(DemoWorkspace::homeUserId));
    auto all = Memberships::all(workspace->connection());
    REQUIRE(all);
    CHECK(own->size() < all->size());
    auto nobody = Memberships::ofLogin(workspace->connection(), QStringLiteral("postgres"));
    REQUIRE(nobody);
    CHECK(nobody->isEmpty());
    // A file (no server login) offers every membership.
    auto available = Memberships::available(workspace->connection(), QString());
    REQUIRE(available);
    CHECK(available->size() == all->size());
}
