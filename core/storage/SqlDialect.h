#pragma once

#include "storage/SqlEngine.h"

#include <QString>

class QSqlDatabase;

/// The few places where one SQL text cannot serve both engines. Core writes SQLite's spelling
/// of these constructs; adapt() rewrites them for the connection's engine, so every engine
/// difference in a statement is decided here (the schemas themselves are in Migrations and
/// PostgresMigrations):
///  - `TABLE MATCH :p` (FTS5) becomes a test of the search table's tsvector on PostgreSQL, with
///    the same FTS5 query text turned into a tsquery by the schema's channeldesk_search_query(),
///    and `[alias.]rowid IN (SELECT rowid FROM X_search WHERE …` joins on the record's id, which
///    PostgreSQL's search tables hold where FTS5's hold the rowid;
///  - `json_each(X)` becomes json_array_elements_text (whose column is also named value);
///  - `json_array_length(COLUMN, '$.key')` becomes the length of COLUMN's key.
/// Case-insensitive comparison (COLLATE NOCASE) and the directories' rowid keys need no
/// rewriting: the PostgreSQL schema has a nocase collation and a rowid column on leads and
/// partner_links.
class SqlDialect {
public:
    static QString adapt(SqlEngine engine, const QString& sql);
    static QString adapt(const QSqlDatabase& database, const QString& sql);
};
