#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

/// The tables of a workspace that hold its rows, each with its stored columns in order, on
/// either engine: on SQLite without the full-text (FTS5) tables and their shadow tables, on
/// PostgreSQL without generated columns (the search tables' tsvector). Every name is a plain
/// lower-case identifier (PostgresBulkLoad::isIdentifier), so it may be written into SQL.
class TableColumns {
public:
    static Result<QMap<QString, QStringList>> of(const QSqlDatabase& database);
};
