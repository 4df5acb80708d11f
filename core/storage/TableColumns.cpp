#include "storage/TableColumns.h"

#include "storage/SqlEngine.h"
#include "storage/SqlError.h"
#include "storage/postgres/PostgresBulkLoad.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Result<QList<QStringList>> rows(const QSqlDatabase& database, const QString& sql, int columns)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqlError::toError(query.lastError());
    QList<QStringList> result;
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < columns; ++column)
            row << query.value(column).toString();
        result << row;
    }
    if (auto complete = SqlError::readToEnd(query); !complete)
        return complete.error();
    return result;
}

Error unexpectedName(const QString& name)
{
    return {ErrorCode::NotADatabase,
            QCoreApplication::translate("TableColumns",
                                        "The workspace has a table or column named \u201c%1\u201d, "
                                        "which ChannelDesk never creates.")
                .arg(name)};
}

Result<QMap<QString, QStringList>> sqliteTables(const QSqlDatabase& database)
{
    auto tables = rows(database,
                       QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                       2);
    if (!tables)
        return tables.error();
    QStringList virtualTables;
    for (const QStringList& table : std::as_const(tables.value()))
        if (table.at(1).startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << table.at(0);
    QMap<QString, QStringList> result;
    for (const QStringList& table : std::as_const(tables.value())) {
        const QString& name = table.at(0);
        const bool derived = std::any_of(
            virtualTables.cbegin(), virtualTables.cend(), [&name](const QString& virtualTable) {
                return name == virtualTable || name.startsWith(virtualTable + QLatin1Char('_'));
            });
        if (derived)
            continue;
        if (!PostgresBulkLoad::isIdentifier(name))
            return unexpectedName(name);
        auto columns = rows(database, QStringLiteral("PRAGMA table_info(%1)").arg(name), 2);
        if (!columns)
            return columns.error();
        QStringList names;
        for (const QStringList& column : std::as_const(columns.value())) {
            if (!PostgresBulkLoad::isIdentifier(column.at(1)))
                return unexpectedName(column.at(1));
            names << column.at(1);
        }
        result.insert(name, names);
    }
    return result;
}

Result<QMap<QString, QStringList>> postgresTables(const QSqlDatabase& database)
{
    auto columns = rows(database, PostgresBulkLoad::columnsQuery(), 2);
    if (!columns)
        return columns.error();
    QMap<QString, QStringList> result;
    for (const QStringList& column : std::as_const(columns.value())) {
        for (const QString& name : column)
            if (!PostgresBulkLoad::isIdentifier(name))
                return unexpectedName(name);
        result[column.at(0)] << column.at(1);
    }
    return result;
}

} // namespace

Result<QMap<QString, QStringList>> TableColumns::of(const QSqlDatabase& database)
{
    return sqlEngineOf(database) == SqlEngine::Postgres ? postgresTables(database)
                                                        : sqliteTables(database);
}
