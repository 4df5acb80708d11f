#include "TestWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "directory/DirectoryLoader.h"
#include "leads/LeadDirectory.h"
#include "storage/ReadAbandonment.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceHandle.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <functional>

namespace {

/// Runs work on a thread of its own and waits until that thread has ended.
void onOwnThread(const std::function<void()>& work)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->start();
    thread->wait();
}

QVariant firstValue(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

/// Handles the events of this thread until done() holds (false when it does not in time).
bool processEventsUntil(const std::function<bool()>& done)
{
    const QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(2);
    }
    return done();
}

// A read that takes many SQLite steps (and rows in PostgreSQL) however fast the machine.
const QString longRead = QStringLiteral(
    "WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 300000) "
    "SELECT count(*) FROM numbers");

} // namespace

TEST_CASE("Each thread gets its own connection to a workspace, closed when the thread ends",
          "[workspace][threads][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const QString own = workspace->connection().connectionName();
    REQUIRE(workspace->connection().isOpen());
    CHECK(workspace->database().connectionName() == own);

    QString threadName;
    QString again;
    QStringList pragmas;
    bool inserted = false;
    onOwnThread([&] {
        const QSqlDatabase connection = workspace->connection();
        threadName = connection.connectionName();
        again = workspace->connection().connectionName();
        if (!connection.isOpen())
            return;
        for (const char* pragma : {"foreign_keys", "busy_timeout", "journal_mode", "synchronous"})
            pragmas << firstValue(connection, QStringLiteral("PRAGMA ") + QLatin1String(pragma))
                           .toString();
        QSqlQuery insert(connection);
        inserted = insert.exec(QStringLiteral(
            "INSERT INTO saved_views (user_id, directory, name, definition, created_at, "
            "updated_at) "
            "SELECT id, 'leads', 'From a thread', '{}', 1, 1 FROM users ORDER BY id LIMIT 1"));
    });
    CHECK_FALSE(threadName.isEmpty());
    CHECK(threadName != own);
    CHECK(again == threadName);
    // The same options as the workspace's own connection: foreign keys, busy timeout, WAL, NORMAL.
    CHECK(pragmas.join(QLatin1Char(' ')) == QStringLiteral("1 5000 wal 1"));
    CHECK(inserted);
    CHECK(TestWorkspace::count(*workspace,
                               QStringLiteral("SELECT count(*) FROM saved_views WHERE name = ?"),
                               {QStringLiteral("From a thread")}) == 1);
    // The thread has ended: its connection is closed and gone.
    CHECK_FALSE(QSqlDatabase::contains(threadName));
}

TEST_CASE("A closed workspace hands out no connection on any thread",
          "[workspace][threads][sqlite]")
{
    TestWorkspace dir;
    std::shared_ptr<Workspace> workspace = dir.createDemo();
    const WorkspaceHandle handle = workspace;
    CHECK(handle.isOpen());
    workspace->close();
    CHECK(workspace->isClosed());
    CHECK_FALSE(handle.isOpen());
    CHECK_FALSE(workspace->connection().isValid());
    CHECK_FALSE(QSqlDatabase(handle).isValid());
    bool threadValid = true;
    onOwnThread([&] { threadValid = workspace->connection().isValid(); });
    CHECK_FALSE(threadValid);
    CHECK_FALSE(QSqlDatabase(WorkspaceHandle()).isValid());
}

TEST_CASE("A thread's connection to a read-only workspace reads and refuses writes",
          "[workspace][threads][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("read-only.channeldesk"));
    dir.createDemo(QStringLiteral("read-only.channeldesk")).reset();
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto opened = Workspace::open(path, options);
    REQUIRE(opened);
    const QByteArray before = TestWorkspace::fileHash(path);
    qint64 users = -1;
    bool written = true;
    bool admitted = true;
    onOwnThread([&] {
        const QSqlDatabase connection = opened.value()->connection();
        users = firstValue(connection, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
        written = QSqlQuery(connection).exec(QStringLiteral("DELETE FROM saved_views"));
        // Transaction asks the workspace of the thread's connection first.
        admitted = bool(Workspace::admitsWrites(connection));
    });
    CHECK(users > 0);
    CHECK_FALSE(written);
    CHECK_FALSE(admitted);
    opened.value().reset();
    CHECK(TestWorkspace::fileHash(path) == before);
}

TEST_CASE("A read is abandoned once its reader says so, and the connection reads on",
          "[workspace][threads][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    const QSqlDatabase connection = workspace->connection();
    int asked = 0;
    {
        // Abandoned at the third question, long before the read is done.
        const ReadAbandonment abandonment(connection, [&asked] { return ++asked >= 3; });
        QSqlQuery query(connection);
        CHECK_FALSE((query.exec(longRead) && query.next()));
        CHECK(asked == 3);
    }
    {
        const ReadAbandonment abandonment(connection, [] { return false; });
        CHECK(firstValue(connection, longRead).toInt() == 300000);
    }
    // Gone with its guard: nobody is asked any more.
    asked = 0;
    CHECK(firstValue(connection, longRead).toInt() == 300000);
    CHECK(asked == 0);
}

TEST_CASE("The directory loader keeps the newest windows and drops superseded generations",
          "[directory][loader][sqlite]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    DirectoryLoader loader(LeadDirectory::source(), workspace, home);
    QObject here; // results arrive on this thread
    QList<int> dropped;
    QList<quint64> firsts;
    QList<int> windows;
    qint64 counted = -1;
    QObject::connect(&loader, &DirectoryLoader::windowsDropped, &here,
                     [&](quint64, const QList<int>& gone) { dropped << gone; });
    QObject::connect(&loader, &DirectoryLoader::firstLoaded, &here,
                     [&](quint64 generation, const QList<DirectoryRow>&) { firsts << generation; });
    QObject::connect(&loader, &DirectoryLoader::windowLoaded, &here,
                     [&](quint64, int window, const QList<DirectoryRow>&) { windows << window; });
    QObject::connect(&loader, &DirectoryLoader::indexLoaded, &here,
                     [&](quint64, const DirectoryIndex& index) { counted = index.count; });

    // Posted before the loader runs: only the newest windows stay queued.
    loader.setGeneration(1);
    const DirectoryQuery query = LeadDirectory::source().checked({}).value();
    const int posted = DirectoryLoader::maxQueuedWindows + 4;
    for (int window = 0; window < posted; ++window)
        loader.post({DirectoryRequest::Kind::Window, 1, query, window, std::nullopt, 10, {}});
    CHECK(dropped == QList<int>{0, 1, 2, 3});
    // A request of another generation is not even queued.
    loader.post({DirectoryRequest::Kind::First, 7, query, 0, std::nullopt, 10, {}});

    // A new generation drops what the old one still had queued.
    loader.setGeneration(2);
    loader.post({DirectoryRequest::Kind::First, 2, query, 0, std::nullopt, 10, {}});
    loader.post({DirectoryRequest::Kind::Index, 2, query, 0, std::nullopt, 128, {}});
    loader.start();
    REQUIRE(processEventsUntil([&] { return counted >= 0; }));
    CHECK(firsts == QList<quint64>{2});
    CHECK(windows.isEmpty());
    CHECK(counted > 0);
    loader.stop();
}

TEST_CASE("The directory loader says so when it cannot read the workspace",
          "[directory][loader][sqlite]")
{
    TestWorkspace dir;
    std::shared_ptr<Workspace> workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    workspace->close();
    DirectoryLoader loader(LeadDirectory::source(), workspace, home);
    QObject here;
    QString failure;
    QObject::connect(&loader, &DirectoryLoader::openFailed, &here,
                     [&failure](const QString& message) { failure = message; });
    loader.start();
    REQUIRE(processEventsUntil([&failure] { return !failure.isEmpty(); }));
    CHECK(failure.contains(workspace->path()));
}
