#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "session/Memberships.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

TestWorkspace::TestWorkspace()
{
    REQUIRE(m_dir.isValid());
}

QString TestWorkspace::path(const QString& fileName) const
{
    return m_dir.filePath(fileName);
}

std::unique_ptr<Workspace> TestWorkspace::createDemo(const QString& fileName)
{
    auto created = DemoWorkspace::create(path(fileName));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    auto opened = Workspace::open(path(fileName));
    REQUIRE(opened);
    return std::move(opened).value();
}

std::unique_ptr<Workspace> TestWorkspace::createEmpty(const QString& fileName)
{
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
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
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
        text += QStringLiteral("## %1\n").arg(table) + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return text;
}

QString TestWorkspace::scalar(const Workspace& workspace, const QString& sql,
                             const QVariantList& values)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toString();
}

int TestWorkspace::count(const Workspace& workspace, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void TestWorkspace::addCompanies(const Workspace& workspace, int count)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("BEGIN")));
    REQUIRE(query.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
        "INSERT INTO companies(id, name, tin, created_at) "
        "SELECT printf('CO-9%02d-%03d', i / 1000, i % 1000), "
        "(CASE i % 3 WHEN 0 THEN 'Alpine' WHEN 1 THEN 'Atlas' ELSE 'Harbor' END) "
        "|| ' Health ' || i, printf('%010d', i), 1 FROM n")
                           .arg(count)));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO contacts(id, first_name, last_name, email, company_id, created_at) "
        "SELECT 'CT-9' || substr(id, 5), 'Ada', 'Adams', 'ada@' || substr(id, 4) || '.example', "
        "id, 1 FROM companies WHERE id LIKE 'CO-9%'")));
    REQUIRE(query.exec(QStringLiteral("COMMIT")));
}
