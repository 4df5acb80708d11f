#pragma once

#include <QString>

class QSqlError;

/// What a PostgreSQL error says, as QPSQL reports it.
class PostgresError {
public:
    /// The primary message, without what QPSQL puts around it ("ERROR:  message\nCONTEXT: …
    /// \n(23514)"): for a rule of the schema, the same text as SQLite's RAISE gives.
    static QString message(const QSqlError& error);
    /// The SQLSTATE ("23514"; class "23" for every broken constraint or rule).
    static QString state(const QSqlError& error);
};
