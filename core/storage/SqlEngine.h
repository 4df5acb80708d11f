#pragma once

class QSqlDatabase;
class QSqlDriver;

/// The database engines a workspace can live in.
enum class SqlEngine {
    Sqlite,   ///< a local file (QSQLITE), the embedded default
    Postgres, ///< a team server (QPSQL)
};

/// The engine behind a connection, from its Qt driver.
SqlEngine sqlEngineOf(const QSqlDatabase& database);
SqlEngine sqlEngineOf(const QSqlDriver* driver);
