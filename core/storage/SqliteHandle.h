#pragma once

#include <QSqlDatabase>

struct sqlite3;

/// The SQLite C API connection behind a QSQLITE connection (Qt's driver and core link the same
/// system library), or nullptr for any other engine.
class SqliteHandle {
public:
    static sqlite3* of(const QSqlDatabase& database);
};
