#include "TestWorkspace.h"

#include "ServerAdmin.h"

#include "demo/DemoWorkspace.h"
#include "session/Memberships.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "storage/ScopedConnection.h"
#include "storage/ServerAddress.h"

namespace {

QString databaseUrl(const QString& database)
{
    auto address = ServerAddress::parse(TestWorkspace::serverUrl());
    REQUIRE(address);
    address->database = database;
    return address->url();
}

QString uniqueDatabaseName(const QString& fileName)
{
    static int counter = 0;
    QString stem = fileName.section(QLatin1Char('.'), 0, 0).toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return QStringLiteral("cd_%1_%2_%3")
        .arg(stem.left(30))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

} // namespace

TestWorkspace::TestWorkspace()
{
    REQUIRE(m_dir.isValid());
}

TestWorkspace::~TestWorkspace()
{
    if (m_databases.isEmpty())
        return;
    ServerAdmin admin;
    for (const QString& database : std::as_const(m_databases))
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}

SqlEngine TestWorkspace::engine()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_ENGINE") == QLatin1String("postgres")
               ? SqlEngine::Postgres
               : SqlEngine::Sqlite;
}

QString TestWorkspace::serverUrl()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_POSTGRES_URL");
}

QString TestWorkspace::createDatabase(const QString& fileName, const QString& templateName)
{
    const QString database = uniqueDatabaseName(fileName);
    ServerAdmin admin;
    // Names are made here from letters, digits and '_', never from input.
    admin.exec(templateName.isEmpty()
                   ? QStringLiteral("CREATE DATABASE %1").arg(database)
                   : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, templateName));
    m_databases << database;
    return database;
}

QString TestWorkspace::templateDatabase(const QString& kind)
{
    static QHash<QString, QString> made;
    if (made.contains(kind))
        return made.value(kind);
    const QString database = uniqueDatabaseName(QStringLiteral("template_") + kind);
    {
        ServerAdmin admin;
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
    }
    const QString url = databaseUrl(database);
    if (kind == QLatin1String("demo")) {
        auto created = DemoWorkspace::create(url);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created);
    } else {
        auto opened = Workspace::open(url, Workspace::Mode::CreateNew);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
    }
    made.insert(kind, database);
    return database;
}

QString TestWorkspace::path(const QString& fileName) const
{
    return m_dir.filePath(fileName);
}

std::unique_ptr<Workspace> TestWorkspace::createDemo(const QString& fileName)
{
    if (engine() == SqlEngine::Postgres) {
        const QString database = createDatabase(fileName, templateDatabase(QStringLiteral("demo")));
        auto opened = Workspace::open(databaseUrl(database));
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
        return std::move(opened).value();
    }
    auto created = DemoWorkspace::create(path(fileName));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    auto opened = Workspace::open(path(fileName));
    REQUIRE(opened);
    return std::move(opened).value();
}

QString TestWorkspace::emptyDatabaseUrl(const QString& name)
{
    return databaseUrl(createDatabase(name));
}

std::unique_ptr<Workspace> TestWorkspace::createEmpty(const QString& fileName)
{
    if (engine() == SqlEngine::Postgres) {
        const QString database =
            createDatabase(fileName, templateDatabase(QStringLiteral("empty")));
        auto opened = Workspace::open(databaseUrl(database));
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened);
        return std::move(opened).value();
    }
    auto opened = Workspace::open(path(fileName), Workspace::Mode::CreateNew);
    REQUIRE(opened);
    return std::move(opened).value();
}

ActingContext TestWorkspace::acting(const Workspace& workspace, const QString& userId,
                                    const QString& accountId)
{
    auto resolved = Memberships::resolve(workspace.database(), userId, accountId);
    REQUIRE(resolved);
    return resolved.value();
}

ActingContext TestWorkspace::memberWithRole(const Workspace& workspace, const QString& accountId,
                                            const QString& role)
{
    return acting(workspace,
                  scalar(workspace,
                         QStringLiteral("SELECT min(user_id) FROM memberships WHERE account_id = ? "
                                        "AND role = ?"),
                         {accountId, role}),
                  accountId);
}

ActingContext TestWorkspace::actingIn(const Workspace& workspace, const QString& accountId)
{
    auto all = Memberships::all(workspace.database());
    REQUIRE(all);
    for (const ActingContext& context : all.value())
        if (context.accountId == accountId)
            return context;
    FAIL("no member in account " << accountId.toStdString());
    return {};
}

QByteArray TestWorkspace::fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString TestWorkspace::dump(const Workspace& workspace)
{
    QSqlQuery tables(workspace.database());
    REQUIRE(tables.exec(workspace.engine() == SqlEngine::Postgres
                            ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE "
                                             "schemaname = current_schema() ORDER BY 1")
                            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                             "ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QString text;
    for (const QString& table : std::as_const(names)) {
        QSqlQuery rows(workspace.database());
        // Table names come from sqlite_schema, not from input.
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << rows.value(i).toString();
            lines << cells.join(QLatin1Char('|'));
        }
        lines.sort();
        text += QStringLiteral("## %1\n").arg(table) + lines.join(QLatin1Char('\n')) +
                QLatin1Char('\n');
    }
    return text;
}

namespace {

/// sql run with values bound, which must succeed.
QSqlQuery ranQuery(const Workspace& workspace, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(workspace.database());
    if (!query.prepare(sql))
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    return query;
}

} // namespace

QString TestWorkspace::scalar(const Workspace& workspace, const QString& sql,
                              const QVariantList& values)
{
    QSqlQuery query = ranQuery(workspace, sql, values);
    REQUIRE(query.next());
    return query.value(0).toString();
}

int TestWorkspace::count(const Workspace& workspace, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = ranQuery(workspace, sql, values);
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QStringList TestWorkspace::texts(const Workspace& workspace, const QString& sql,
                                 const QVariantList& values)
{
    QSqlQuery query = ranQuery(workspace, sql, values);
    QStringList texts;
    while (query.next())
        texts << query.value(0).toString();
    return texts;
}

void TestWorkspace::addCompanies(const Workspace& workspace, int count)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("BEGIN")));
    REQUIRE(query.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
            "INSERT INTO companies(id, name, tin, created_at) "
            "SELECT %2, (CASE i % 3 WHEN 0 THEN 'Alpine' WHEN 1 THEN 'Atlas' ELSE 'Harbor' END) "
            "|| ' Health ' || i, %3, 1 FROM n")
            .arg(count)
            .arg(workspace.engine() == SqlEngine::Postgres
                     ? QStringLiteral("'CO-9' || lpad((i / 1000)::text, 2, '0') || '-' "
                                      "|| lpad((i % 1000)::text, 3, '0')")
                     : QStringLiteral("printf('CO-9%02d-%03d', i / 1000, i % 1000)"),
                 workspace.engine() == SqlEngine::Postgres
                     ? QStringLiteral("lpad(i::text, 10, '0')")
                     : QStringLiteral("printf('%010d', i)"))));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO contacts(id, first_name, last_name, email, company_id, created_at) "
        "SELECT 'CT-9' || substr(id, 5), 'Ada', 'Adams', 'ada@' || substr(id, 4) || '.example', "
        "id, 1 FROM companies WHERE id LIKE 'CO-9%'")));
    REQUIRE(query.exec(QStringLiteral("COMMIT")));
}

void TestWorkspace::failWrites(const Workspace& workspace, const QString& name,
                               const QString& event, const QString& table, const QString& condition,
                               const QString& message)
{
    // Every piece is a test's own constant, never input.
    const QString when =
        condition.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(condition);
    QStringList statements;
    if (workspace.engine() == SqlEngine::Postgres) {
        statements << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$BEGIN RAISE EXCEPTION '%2'; END$$")
                          .arg(name, message)
                   << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW%4 "
                                     "EXECUTE FUNCTION %1()")
                          .arg(name, event, table, when);
    } else {
        statements << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3%4 "
                                     "BEGIN SELECT RAISE(ABORT, '%5'); END")
                          .arg(name, event, table, when, message);
    }
    QSqlQuery query(workspace.database());
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement))
            FAIL(statement.toStdString() << ": " << query.lastError().text().toStdString());
    }
}
