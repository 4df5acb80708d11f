#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

/// Turns QSqlError into our Error, and runs prepared queries returning Result.
class SqlError {
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static Error toError(const QSqlError& error);
    /// The same for an SQLite result code and message read through the C API.
    static Error fromNative(int code, const QString& message);
    /// The same for a PostgreSQL SQLSTATE ("23505", "P0001", "42501"…) and its message.
    static Error fromSqlState(const QString& state, const QString& message);
    /// exec() on an already prepared and bound query.
    static Result<void> exec(QSqlQuery& query);
    /// Prepares sql on query, binds values in order and executes it.
    static Result<void> exec(QSqlQuery& query, const QString& sql, const QVariantList& values);
    /// A forward-only query of sql with values on database, executed; read it with next().
    static Result<QSqlQuery> select(const QSqlDatabase& database, const QString& sql,
                                    const QVariantList& values);
    /// Runs sql (a statement without rows) with values on database.
    static Result<void> run(const QSqlDatabase& database, const QString& sql,
                            const QVariantList& values);
    /// prepare() returning Result, with sql adapted to the connection's engine (SqlDialect).
    static Result<void> prepare(QSqlQuery& query, const QString& sql);
    /// After next() returned false: an error when the read broke off (I/O, interrupted) rather
    /// than reaching the last row.
    static Result<void> readToEnd(const QSqlQuery& query);
    /// The ID an executed "INSERT … RETURNING id" returned (both engines; QSqlQuery's
    /// lastInsertId() has no meaning on PostgreSQL). Finishes the query.
    static Result<qint64> returnedId(QSqlQuery& query);
};
