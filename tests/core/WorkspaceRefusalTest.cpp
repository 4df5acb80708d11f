#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectory.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "transfer/DirectoryExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Files ChannelDesk must not change: each refusal leaves the file byte-for-byte as it was and the
// folder as it was (no -wal, -shm or -journal beside it).

namespace {

/// A plain SQLite connection outside Workspace, for preparing foreign, damaged or crashed files.
class PlainConnection {
public:
    explicit PlainConnection(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~PlainConnection() { close(); }
    void close()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }
    void exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        INFO(sql.toStdString());
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }

private:
    QSqlDatabase m_db;
};

/// The folder's files with their hashes: what a refusal must leave exactly as it found.
QStringList folderState(const QString& anyFileInFolder)
{
    const QDir folder = QFileInfo(anyFileInFolder).absoluteDir();
    QStringList state;
    for (const QString& name :
         folder.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name))
        state << name + QLatin1Char(' ') +
                     QString::fromLatin1(TestWorkspace::fileHash(folder.filePath(name)).toHex());
    return state;
}

Workspace::Options options(Workspace::Access access = Workspace::Access::ReadWrite)
{
    Workspace::Options result;
    result.access = access;
    return result;
}

/// Overwrites whole pages in the second half of the file with random bytes (a fixed seed): rows
/// and indexes, past the schema's pages at the start.
/// Overwrites the root pages of two data tables with random bytes: pages that opening the file
/// does not read (the header, the schema and the pragmas stay intact) but quick_check does.
void damageMiddlePages(const QString& path)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        // immutable: a read-only connection to a WAL file would leave -wal and -shm beside it.
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                          "WHERE type = 'table' AND name IN ('events', 'leads')")));
        while (query.next())
            pages << query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    REQUIRE(pages.size() == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QRandomGenerator random(20261201);
    for (const qint64 page : std::as_const(pages)) {
        QByteArray bytes(pageSize, '\0');
        for (char& byte : bytes)
            byte = char(random.bounded(256));
        REQUIRE(file.seek((page - 1) * pageSize));
        REQUIRE(file.write(bytes) == pageSize);
    }
}

/// A closed demo workspace with damaged pages; its path.
QString damagedDemo(TestWorkspace& dir)
{
    dir.createDemo().reset();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    damageMiddlePages(path);
    return path;
}

void refusedUntouched(const QString& path, const Workspace::Options& openOptions, ErrorCode code,
                      const QString& reason)
{
    const QStringList before = folderState(path);
    auto opened = Workspace::open(path, openOptions);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == code);
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().message.contains(reason));
    CHECK(folderState(path) == before);
}

void refusedUntouched(const QString& path, ErrorCode code, const QString& reason)
{
    refusedUntouched(path, options(), code, reason);
}

/// Restores write permission when a test ends, so the temporary folder can be removed.
class WritableAgain {
public:
    explicit WritableAgain(QString path)
        : m_path(std::move(path))
    {
    }
    ~WritableAgain()
    {
        QFile::setPermissions(m_path, QFile::permissions(m_path) | QFileDevice::WriteOwner);
    }

private:
    QString m_path;
};

} // namespace

TEST_CASE("A damaged workspace is refused before anything is written to it",
          "[workspace][errors][damage][sqlite]")
{
    TestWorkspace dir;
    const QString path = damagedDemo(dir);
    refusedUntouched(path, ErrorCode::Corrupt, QStringLiteral("damaged"));
}

TEST_CASE("A large damaged workspace opens for reading, and its background check refuses every "
          "write",
          "[workspace][errors][damage][sqlite]")
{
    TestWorkspace dir;
    const QString path = damagedDemo(dir);
    const QByteArray before = TestWorkspace::fileHash(path);
    const QStringList folderBefore = folderState(path);
    {
        Workspace::Options large;
        large.checkBeforeOpenBytes = 0; // as if the file were larger than the limit
        auto opened = Workspace::open(path, large);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
        const Workspace& workspace = *opened.value();
        auto checked = workspace.waitForCheck();
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::Corrupt);
        CHECK(checked.error().message.contains(QStringLiteral("damaged")));
        CHECK_FALSE(workspace.isChecking());
        Transaction transaction(workspace.database());
        CHECK_FALSE(transaction.isOpen());
        CHECK(transaction.error().code == ErrorCode::Corrupt);
        CHECK(transaction.commit().error().message.contains(QStringLiteral("restore it")));
        // A second open of the same file in this process shares the outcome.
        auto again = Workspace::open(path, large);
        REQUIRE(again);
        CHECK(again.value()->waitForCheck().error().code == ErrorCode::Corrupt);
    }
    CHECK(TestWorkspace::fileHash(path) == before);
    CHECK(folderState(path) == folderBefore);
}

TEST_CASE("A large healthy workspace admits writes once its background check has passed",
          "[workspace][damage][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo().reset();
    Workspace::Options large;
    large.checkBeforeOpenBytes = 0;
    auto opened = Workspace::open(dir.path(QStringLiteral("demo.channeldesk")), large);
    REQUIRE(opened);
    const Workspace& workspace = *opened.value();
    const auto early = workspace.admitsWrites();
    if (!early) { // still running: a clear refusal, never a silent write
        CHECK(early.error().code == ErrorCode::Locked);
        CHECK(early.error().message.contains(QStringLiteral("still checking")));
    }
    REQUIRE(workspace.waitForCheck());
    Transaction transaction(workspace.database());
    REQUIRE(transaction.isOpen());
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO workspace_info VALUES ('checked', 'yes')")));
    REQUIRE(transaction.commit());
}

TEST_CASE("Closing a workspace while its background check runs stops the check",
          "[workspace][damage][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo().reset();
    Workspace::Options large;
    large.checkBeforeOpenBytes = 0;
    for (int i = 0; i < 5; ++i) {
        auto opened = Workspace::open(dir.path(QStringLiteral("demo.channeldesk")), large);
        REQUIRE(opened);
    } // each close interrupts or joins its check; nothing outlives the workspace
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("demo.channeldesk-wal"))));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("demo.channeldesk-shm"))));
}

TEST_CASE("An empty file is refused, not taken for a new workspace", "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("empty-file.channeldesk"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    refusedUntouched(path, ErrorCode::NotADatabase, QStringLiteral("empty file"));
    Workspace::Options either;
    either.mode = Workspace::Mode::OpenOrCreate;
    refusedUntouched(path, either, ErrorCode::NotADatabase, QStringLiteral("empty file"));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("Another program's database is refused untouched, with or without tables",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString withTables = dir.path(QStringLiteral("songs.sqlite"));
    {
        PlainConnection plain(withTables);
        plain.exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
        plain.exec(QStringLiteral("INSERT INTO songs VALUES ('Eye of the Tiger')"));
    }
    refusedUntouched(withTables, ErrorCode::NotADatabase, QStringLiteral("another program"));

    // A database with no tables yet but another program's version number.
    const QString noTables = dir.path(QStringLiteral("fresh.sqlite"));
    {
        PlainConnection plain(noTables);
        plain.exec(QStringLiteral("PRAGMA user_version = 2"));
    }
    REQUIRE(QFileInfo(noTables).size() > 0);
    refusedUntouched(noTables, ErrorCode::NotADatabase, QStringLiteral("another program"));
}

TEST_CASE("A database with our application id but tables we did not make is refused untouched",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    SECTION("foreign tables and no schema of ours")
    {
        const QString path = dir.path(QStringLiteral("marked.sqlite"));
        {
            PlainConnection plain(path);
            plain.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x43444B31));
            plain.exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
        }
        refusedUntouched(path, ErrorCode::NotADatabase, QStringLiteral("songs"));
    }
    SECTION("a workspace with an extra table")
    {
        dir.createEmpty().reset();
        const QString path = dir.path(QStringLiteral("empty.channeldesk"));
        {
            PlainConnection plain(path);
            plain.exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
        }
        refusedUntouched(path, ErrorCode::NotADatabase, QStringLiteral("did not create"));
    }
    SECTION("an older workspace lacking one of its version's tables")
    {
        {
            Workspace::Options older;
            older.mode = Workspace::Mode::CreateNew;
            older.targetVersion = 3;
            REQUIRE(Workspace::open(dir.path(QStringLiteral("old.channeldesk")), older));
        }
        const QString path = dir.path(QStringLiteral("old.channeldesk"));
        {
            PlainConnection plain(path);
            plain.exec(QStringLiteral("DROP TABLE stored_files"));
        }
        refusedUntouched(path, ErrorCode::NotADatabase, QStringLiteral("lacks table stored_files"));
    }
}

TEST_CASE("All migrations of one open run in one transaction", "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("old.channeldesk"));
    {
        Workspace::Options older;
        older.mode = Workspace::Mode::CreateNew;
        older.targetVersion = 2;
        auto opened = Workspace::open(path, older);
        REQUIRE(opened);
        QSqlQuery query(opened.value()->database());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO workspace_info VALUES ('kept', 'yes')")));
    }
    // The last migration fails after every earlier one has run.
    const int failing = Migrations::latestVersion();
    REQUIRE(failing > 3);
    Workspace::Options injected;
    injected.migrationStatements = [failing](int version) {
        QStringList statements = Migrations::statements(version);
        if (version == failing)
            statements << QStringLiteral("INSERT INTO no_such_table VALUES (1)");
        return statements;
    };
    const QStringList before = folderState(path);
    auto opened = Workspace::open(path, injected);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("schema %1").arg(failing)));
    CHECK(opened.error().message.contains(QStringLiteral("left as it was")));
    CHECK(folderState(path) == before);

    auto upgraded = Workspace::open(path);
    REQUIRE(upgraded);
    CHECK(upgraded.value()->schemaVersion() == Migrations::latestVersion());
    CHECK(TestWorkspace::count(
              *upgraded.value(),
              QStringLiteral("SELECT count(*) FROM workspace_info WHERE key = 'kept'")) == 1);
}

TEST_CASE("A refused file gets nothing beside it: newer, truncated, read-only",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    SECTION("newer")
    {
        dir.createEmpty().reset();
        const QString path = dir.path(QStringLiteral("empty.channeldesk"));
        {
            PlainConnection plain(path);
            plain.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        }
        refusedUntouched(path, ErrorCode::NewerSchema, QStringLiteral("newer version"));
    }
    SECTION("truncated")
    {
        dir.createDemo().reset();
        const QString path = dir.path(QStringLiteral("demo.channeldesk"));
        REQUIRE(QFile::resize(path, QFileInfo(path).size() / 2 + 100));
        refusedUntouched(path, ErrorCode::Corrupt, QStringLiteral("cut off"));
    }
    SECTION("read-only file, also for root")
    {
        dir.createEmpty().reset();
        const QString path = dir.path(QStringLiteral("empty.channeldesk"));
        WritableAgain restore(path);
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        CHECK(Workspace::isReadOnlyLocation(path));
        refusedUntouched(path, ErrorCode::ReadOnly, QStringLiteral("read-only"));
    }
    SECTION("a -wal that belonged to the file is kept")
    {
        // A crash leaves committed changes in the -wal: here the newer version number.
        dir.createEmpty().reset();
        const QString live = dir.path(QStringLiteral("empty.channeldesk"));
        const QString crashed = dir.path(QStringLiteral("crashed.channeldesk"));
        {
            PlainConnection plain(live);
            plain.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            plain.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
            REQUIRE(QFile::copy(live, crashed));
            REQUIRE(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        }
        Workspace::removeFiles(live);
        REQUIRE(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        refusedUntouched(crashed, ErrorCode::NewerSchema, QStringLiteral("newer version"));
    }
}

TEST_CASE("A read-only workspace opens for reading: export works, writes are refused, nothing "
          "is created beside it",
          "[workspace][readonly][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo().reset();
    const QString folder = dir.path(QStringLiteral("shelf"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/demo.channeldesk");
    REQUIRE(QFile::rename(dir.path(QStringLiteral("demo.channeldesk")), path));

    const auto readsButRefusesWrites = [&] {
        CHECK(Workspace::isReadOnlyLocation(path));
        refusedUntouched(path, ErrorCode::ReadOnly, QStringLiteral("read-only"));
        const QStringList before = folderState(path);
        {
            auto opened = Workspace::open(path, options(Workspace::Access::ReadOnly));
            INFO((opened ? QString() : opened.error().message).toStdString());
            REQUIRE(opened);
            const Workspace& workspace = *opened.value();
            CHECK(workspace.isReadOnly());
            CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM leads")) >
                  0);
            const ActingContext home =
                TestWorkspace::actingIn(workspace, id(DemoWorkspace::homeDistributorId));
            const QString csv = dir.path(QStringLiteral("leads.csv"));
            auto written = DirectoryExport::write(
                csv, workspace.database(), home, LeadDirectory::source(), DirectoryQuery{},
                {{QStringLiteral("ID"), [](const DirectoryRow& row) { return row.id; }}},
                [](qint64, qint64) { return true; });
            INFO((written ? QString() : written.error().message).toStdString());
            REQUIRE(written);
            CHECK(written.value() > 0);

            Transaction transaction(workspace.database());
            CHECK_FALSE(transaction.isOpen());
            CHECK(transaction.error().code == ErrorCode::ReadOnly);
            CHECK(transaction.error().message.contains(QStringLiteral("read-only")));
            QSqlQuery query(workspace.database()); // not even past Transaction
            CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM leads")));
        }
        CHECK(folderState(path) == before);
    };
    SECTION("a file nobody may write")
    {
        WritableAgain restore(path);
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        readsButRefusesWrites();
    }
    SECTION("a folder nobody may write")
    {
        WritableAgain restore(folder);
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        readsButRefusesWrites();
    }
}
