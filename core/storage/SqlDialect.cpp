#include "storage/SqlDialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>

SqlEngine sqlEngineOf(const QSqlDriver* driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? SqlEngine::Postgres
                                                                  : SqlEngine::Sqlite;
}

SqlEngine sqlEngineOf(const QSqlDatabase& database)
{
    return sqlEngineOf(database.driver());
}

QString SqlDialect::adapt(SqlEngine engine, const QString& sql)
{
    if (engine == SqlEngine::Sqlite)
        return sql;
    static const QRegularExpression match(
        QStringLiteral("\\b([a-z_]+) MATCH (\\?|:[A-Za-z_][A-Za-z0-9_]*)"));
    static const QRegularExpression jsonEach(QStringLiteral("\\bjson_each\\(([^()]+)\\)"));
    static const QRegularExpression jsonLength(QStringLiteral(
        "\\bjson_array_length\\(([A-Za-z_][A-Za-z0-9_.]*), '\\$\\.([A-Za-z_]+)'\\)"));
    // The search tables hold the record's id where FTS5's hold its rowid.
    static const QRegularExpression rowidSearch(
        QStringLiteral("\\b([a-z]+\\.)?rowid IN \\(SELECT rowid FROM ([a-z_]+_search) WHERE"));
    QString adapted = sql;
    adapted.replace(rowidSearch, QStringLiteral("\\1id IN (SELECT id FROM \\2 WHERE"));
    adapted.replace(match, QStringLiteral("\\1.document @@ channeldesk_search_query(\\2)"));
    adapted.replace(jsonEach, QStringLiteral("json_array_elements_text(CAST(\\1 AS json))"));
    adapted.replace(jsonLength, QStringLiteral("json_array_length(CAST(\\1 AS json) -> '\\2')"));
    return adapted;
}

QString SqlDialect::adapt(const QSqlDatabase& database, const QString& sql)
{
    return adapt(sqlEngineOf(database), sql);
}
