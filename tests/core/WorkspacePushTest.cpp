// `channeldesk server push`: a local workspace file copied into an empty team database. Run
// through scripts/with-postgres (CHANNELDESK_TEST_POSTGRES_URL); without it these cases only warn.
#include "TestWorkspace.h"

#include "common/IdGenerator.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadService.h"
#include "server/WorkspacePush.h"
#include "storage/Migrations.h"
#include "storage/TableColumns.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {

constexpr const char* noServer =
    "CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres build/tests/core_tests "
    "\"[push]\"";

/// The demo workspace as a file, whatever engine the other tests use.
QString demoFile(const TestWorkspace& workspaces, const QString& name = QStringLiteral("demo"))
{
    const QString path = workspaces.path(name + QStringLiteral(".channeldesk"));
    auto created = DemoWorkspace::create(path);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    return path;
}

std::unique_ptr<Workspace> open(const QString& location)
{
    auto opened = Workspace::open(location);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    return std::move(opened).value();
}

/// A digest of a table's rows in the given columns, whatever order the engine returns them in.
QByteArray digest(const Workspace& workspace, const QString& table, const QStringList& columns)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    // Names come from the schemas' catalogs (TableColumns), not from input.
    INFO(table.toStdString());
    REQUIRE(
        query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table)));
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int column = 0; column < columns.size(); ++column) {
            const QVariant value = query.value(column);
            cells << (value.isNull() ? QStringLiteral("<null>")
                      : value.typeId() == QMetaType::QByteArray
                          ? QString::fromLatin1(value.toByteArray().toHex())
                          : value.toString());
        }
        rows << cells.join(QLatin1Char('\x1f'));
    }
    rows.sort();
    return QCryptographicHash::hash(rows.join(QLatin1Char('\x1e')).toUtf8(),
                                    QCryptographicHash::Sha256)
        .toHex();
}

/// Runs body on a connection of its own to url's database.
void onServer(const QString& url, const std::function<void(QSqlDatabase&)>& body)
{
    auto address = ServerAddress::parse(url);
    REQUIRE(address);
    const QString name = QStringLiteral("push-test-server");
    {
        Workspace::ConnectionOptions options;
        options.engine = SqlEngine::Postgres;
        options.server = address.value();
        QSqlDatabase db = Workspace::addConnection(name, options);
        REQUIRE(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int serverTables(const QString& url)
{
    int tables = -1;
    onServer(url, [&tables](QSqlDatabase& db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE "
                                          "schemaname = current_schema()")));
        REQUIRE(query.next());
        tables = query.value(0).toInt();
    });
    return tables;
}

void runOn(const QString& url, const QString& sql)
{
    onServer(url, [&sql](QSqlDatabase& db) {
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    });
}

/// A lead created through core on the server, as the home distributor's user.
QString createLead(const Workspace& workspace)
{
    const ActingContext home = TestWorkspace::acting(workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    LeadDraft draft;
    draft.listingId = TestWorkspace::scalar(
        workspace,
        QStringLiteral("SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS "
                       "(SELECT 1 FROM lead_form_listings f WHERE f.listing_id = l.id) "
                       "ORDER BY l.id LIMIT 1"),
        {home.accountId});
    draft.name = QStringLiteral("Pushed and created");
    draft.sourceKey = QStringLiteral("call");
    draft.existingCompanyId = TestWorkspace::scalar(
        workspace, QStringLiteral("SELECT id FROM companies WHERE name = 'Initech'"));
    draft.existingContactId =
        TestWorkspace::scalar(workspace, QStringLiteral("SELECT id FROM contacts WHERE email = ?"),
                              {QStringLiteral("peter.gibbons@initech.example")});
    draft.sellingDirectionId = TestWorkspace::scalar(
        workspace, QStringLiteral("SELECT id FROM selling_directions WHERE name = 'SMB'"));
    auto created = LeadService::create(workspace.database(), home, draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    return created.value();
}

} // namespace

TEST_CASE("server push copies every table of the demo workspace, rows and IDs as they are, and "
          "leaves the file as it was",
          "[postgres][push]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace workspaces;
    const QString file = demoFile(workspaces);
    // An ID the file issued: the server must never issue it again.
    QString issuedInFile;
    {
        auto writable = open(file);
        QRandomGenerator seeded(2026);
        IdGenerator ids(writable->database(), &seeded);
        auto issued = ids.next(IdKind::Lead);
        REQUIRE(issued);
        issuedInFile = issued.value();
    }
    const QByteArray before = TestWorkspace::fileHash(file);
    const QStringList beside = QDir(workspaces.path(QString())).entryList(QDir::Files);
    const QString url = workspaces.emptyDatabaseUrl(QStringLiteral("pushed"));

    QList<WorkspacePush::Progress> steps;
    auto pushed = WorkspacePush::push(
        file, url, [&steps](const WorkspacePush::Progress& step) { steps << step; });
    INFO((pushed ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed);
    CHECK(TestWorkspace::fileHash(file) == before);
    CHECK(QDir(workspaces.path(QString())).entryList(QDir::Files) == beside);
    REQUIRE_FALSE(steps.isEmpty());
    CHECK(steps.last().rowsCopied == pushed->rows);
    CHECK(steps.last().rowsTotal == pushed->rows);
    CHECK_FALSE(pushed->server.contains(ServerAddress::parse(url)->password));

    const auto source = open(file);
    const auto server = open(url);
    CHECK(server->schemaVersion() == Migrations::latestVersion());
    auto fileTables = TableColumns::of(source->database());
    auto serverTables = TableColumns::of(server->database());
    REQUIRE(fileTables);
    REQUIRE(serverTables);
    for (const char* table :
         {"accounts", "users", "memberships", "events", "leads", "issued_ids", "partnerships",
          "agreements", "contracts", "stored_files", "media", "workspace_info", "companies"})
        CHECK(pushed->rowsByTable.contains(QString::fromLatin1(table)));
    qint64 rows = 0;
    for (auto table = pushed->rowsByTable.cbegin(); table != pushed->rowsByTable.cend(); ++table) {
        QStringList columns;
        for (const QString& column : fileTables->value(table.key()))
            if (serverTables->value(table.key()).contains(column))
                columns << column;
        INFO(table.key().toStdString());
        REQUIRE_FALSE(columns.isEmpty());
        const QString where = table.key() == QLatin1String("workspace_info")
                                  ? QStringLiteral(" WHERE key <> 'schema_version'")
                                  : QString();
        const QString counted = QStringLiteral("SELECT count(*) FROM %1%2").arg(table.key(), where);
        CHECK(TestWorkspace::count(*source, counted) == table.value());
        CHECK(TestWorkspace::count(*server, counted) == table.value());
        CHECK(digest(*server, table.key() + where, columns) ==
              digest(*source, table.key() + where, columns));
        rows += table.value();
    }
    CHECK(rows == pushed->rows);
    CHECK(TestWorkspace::count(*source, QStringLiteral("SELECT count(*) FROM leads")) > 0);
    CHECK(TestWorkspace::count(*source, QStringLiteral("SELECT count(*) FROM events")) > 0);
    // The directories' keys and the derived rows: as the file has them.
    CHECK(
        digest(*server, QStringLiteral("leads"), {QStringLiteral("id"), QStringLiteral("rowid")}) ==
        digest(*source, QStringLiteral("leads"), {QStringLiteral("id"), QStringLiteral("rowid")}));
    const QStringList links{QStringLiteral("viewer_account_id"),
                            QStringLiteral("partner_account_id"),
                            QStringLiteral("partnership_id"),
                            QStringLiteral("owned"),
                            QStringLiteral("name"),
                            QStringLiteral("role"),
                            QStringLiteral("status")};
    CHECK(digest(*server, QStringLiteral("partner_links"), links) ==
          digest(*source, QStringLiteral("partner_links"), links));
    const QStringList sortKeys{QStringLiteral("id"), QStringLiteral("company_sort"),
                               QStringLiteral("contact_sort"), QStringLiteral("owner_sort")};
    CHECK(digest(*server, QStringLiteral("leads"), sortKeys) ==
          digest(*source, QStringLiteral("leads"), sortKeys));
    CHECK(TestWorkspace::count(*server, QStringLiteral("SELECT count(*) FROM lead_search")) ==
          TestWorkspace::count(*source, QStringLiteral("SELECT count(*) FROM leads")));
    // Analyzed: the planner knows how many leads there are (-1 when never analyzed).
    CHECK(TestWorkspace::count(
              *server, QStringLiteral("SELECT CAST(reltuples AS bigint) FROM pg_catalog.pg_class "
                                      "WHERE oid = CAST('leads' AS regclass)")) ==
          TestWorkspace::count(*source, QStringLiteral("SELECT count(*) FROM leads")));
    // Secured as `server init` secures: row-level security on the business tables.
    CHECK(
        TestWorkspace::count(
            *server,
            QStringLiteral(
                "SELECT count(*) FROM pg_catalog.pg_class WHERE relname IN ('leads', 'contracts', "
                "'users') AND relnamespace = current_schema()::regnamespace AND relrowsecurity")) ==
        3);

    // New records on the server get new IDs and keys past the copied ones.
    const qint64 lastEvent =
        TestWorkspace::scalar(*server, QStringLiteral("SELECT max(id) FROM events")).toLongLong();
    const qint64 lastRowid =
        TestWorkspace::scalar(*server, QStringLiteral("SELECT max(rowid) FROM leads")).toLongLong();
    const QString lead = createLead(*server);
    CHECK(TestWorkspace::count(*source,
                               QStringLiteral("SELECT count(*) FROM issued_ids WHERE id = ?"),
                               {lead}) == 0);
    CHECK(TestWorkspace::scalar(*server, QStringLiteral("SELECT rowid FROM leads WHERE id = ?"),
                                {lead})
              .toLongLong() > lastRowid);
    CHECK(TestWorkspace::scalar(*server,
                                QStringLiteral("SELECT min(id) FROM events WHERE "
                                               "object_id = ?"),
                                {lead})
              .toLongLong() > lastEvent);
    QSqlDatabase serverDb = server->database();
    REQUIRE(serverDb.transaction());
    QRandomGenerator seeded(2026);
    IdGenerator ids(serverDb, &seeded);
    auto next = ids.next(IdKind::Lead);
    REQUIRE(next);
    CHECK(next.value() != issuedInFile);
    REQUIRE(serverDb.rollback());
}

TEST_CASE("server push refuses a database that is not empty and leaves it as it was",
          "[postgres][push]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace workspaces;
    const QString file = demoFile(workspaces);
    const QString url = workspaces.emptyDatabaseUrl(QStringLiteral("pushed_twice"));
    REQUIRE(WorkspacePush::push(file, url));
    const QString before = TestWorkspace::dump(*open(url));

    auto again = WorkspacePush::push(file, url);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    CHECK(again.error().message.contains(QStringLiteral("already holds a ChannelDesk workspace")));
    CHECK(TestWorkspace::dump(*open(url)) == before);

    const QString foreign = workspaces.emptyDatabaseUrl(QStringLiteral("foreign"));
    runOn(foreign, QStringLiteral("CREATE TABLE invoices(id integer PRIMARY KEY)"));
    auto refused = WorkspacePush::push(file, foreign);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("another program")));
    CHECK(serverTables(foreign) == 1);
}

TEST_CASE("server push refuses a file that is not a workspace of this version and leaves it and "
          "the database as they were",
          "[postgres][push]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace workspaces;
    const QString url = workspaces.emptyDatabaseUrl(QStringLiteral("refused"));

    const QString foreign = workspaces.path(QStringLiteral("foreign.sqlite"));
    {
        const QString name = QStringLiteral("push-test-foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(foreign);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes(text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QString text = workspaces.path(QStringLiteral("notes.txt"));
    {
        QFile notes(text);
        REQUIRE(notes.open(QIODevice::WriteOnly));
        notes.write("not a workspace\n");
    }
    const QString damaged = demoFile(workspaces, QStringLiteral("damaged"));
    {
        QFile cut(damaged);
        REQUIRE(cut.resize(cut.size() / 2));
    }
    const QString older = workspaces.path(QStringLiteral("older.channeldesk"));
    {
        Workspace::Options options;
        options.mode = Workspace::Mode::CreateNew;
        options.targetVersion = Migrations::latestVersion() - 1;
        REQUIRE(Workspace::open(older, options));
    }

    struct Case {
        QString path;
        ErrorCode code;
        QString says;
    };
    for (const Case& refusal :
         {Case{foreign, ErrorCode::NotADatabase, QStringLiteral("another program")},
          Case{text, ErrorCode::NotADatabase, QStringLiteral("not a ChannelDesk workspace")},
          Case{damaged, ErrorCode::Corrupt, QStringLiteral("damaged")},
          Case{older, ErrorCode::ReadOnly, QStringLiteral("older version")},
          Case{workspaces.path(QStringLiteral("missing.channeldesk")), ErrorCode::NotFound,
               QStringLiteral("does not exist")}}) {
        INFO(refusal.path.toStdString());
        const bool existed = QFile::exists(refusal.path);
        const QByteArray before = existed ? TestWorkspace::fileHash(refusal.path) : QByteArray();
        const QStringList beside = QDir(workspaces.path(QString())).entryList(QDir::Files);
        auto pushed = WorkspacePush::push(refusal.path, url);
        REQUIRE_FALSE(pushed);
        INFO(pushed.error().message.toStdString());
        CHECK(pushed.error().code == refusal.code);
        CHECK(pushed.error().message.contains(refusal.says));
        if (existed)
            CHECK(TestWorkspace::fileHash(refusal.path) == before);
        CHECK(QDir(workspaces.path(QString())).entryList(QDir::Files) == beside);
    }
    CHECK(serverTables(url) == 0);

    // Arguments the wrong way round.
    const QString file = demoFile(workspaces);
    auto swapped = WorkspacePush::push(url, file);
    REQUIRE_FALSE(swapped);
    CHECK(swapped.error().code == ErrorCode::Invalid);
    CHECK(serverTables(url) == 0);
}

TEST_CASE("server push that fails part way leaves the team database empty", "[postgres][push]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN(noServer);
        return;
    }
    TestWorkspace workspaces;
    const QString file = demoFile(workspaces);
    {
        // A value SQLite keeps in an integer column but PostgreSQL's bigint cannot take.
        auto writable = open(file);
        QSqlQuery query(writable->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE events SET at = 'yesterday' WHERE id = "
                                          "(SELECT max(id) FROM events)")));
    }
    const QByteArray before = TestWorkspace::fileHash(file);
    const QString url = workspaces.emptyDatabaseUrl(QStringLiteral("broken"));
    auto pushed = WorkspacePush::push(file, url);
    REQUIRE_FALSE(pushed);
    INFO(pushed.error().message.toStdString());
    CHECK(pushed.error().message.contains(QStringLiteral("events")));
    CHECK(pushed.error().message.contains(QStringLiteral("left as it was")));
    CHECK(serverTables(url) == 0);
    CHECK(TestWorkspace::fileHash(file) == before);
    // Nothing half-done stands in the way of the next try.
    {
        auto writable = open(file);
        QSqlQuery query(writable->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE events SET at = 1 WHERE at = 'yesterday'")));
    }
    auto retried = WorkspacePush::push(file, url);
    INFO((retried ? QString() : retried.error().message).toStdString());
    CHECK(retried);
}
