#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

Error SqlError::toError(const QSqlError& error)
{
    return fromNative(error.nativeErrorCode().toInt(),
                      error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Error SqlError::fromNative(int code, const QString& message)
{
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorCode::Locked,
                tr("The workspace is busy: another program is writing to it. Try again.")};
    case 11: // SQLITE_CORRUPT
        return {ErrorCode::Corrupt, tr("The workspace is damaged: %1").arg(message)};
    case 8: // SQLITE_READONLY
        return {ErrorCode::ReadOnly, tr("The workspace cannot be written to.")};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorCode::Invalid, tr("The change breaks a rule of the workspace: %1").arg(message)};
    default:
        return {ErrorCode::Storage, tr("The workspace could not be read or written: %1").arg(message)};
    }
}

Result<void> SqlError::exec(QSqlQuery& query)
{
    if (!query.exec())
        return toError(query.lastError());
    return {};
}

Result<void> SqlError::exec(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (auto prepared = prepare(query, sql); !prepared)
        return prepared;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return exec(query);
}

Result<QSqlQuery> SqlError::select(const QSqlDatabase& database, const QString& sql,
                                   const QVariantList& values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = exec(query, sql, values); !done)
        return done.error();
    return query;
}

Result<void> SqlError::run(const QSqlDatabase& database, const QString& sql,
                           const QVariantList& values)
{
    QSqlQuery query(database);
    return exec(query, sql, values);
}

Result<void> SqlError::prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return toError(query.lastError());
    return {};
}

Result<void> SqlError::readToEnd(const QSqlQuery& query)
{
    if (query.lastError().isValid())
        return toError(query.lastError());
    return {};
}
