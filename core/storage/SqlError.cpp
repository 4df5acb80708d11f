#include "storage/SqlError.h"

#include "storage/ConnectionLoss.h"
#include "storage/SqlDialect.h"
#include "storage/SqlLog.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLink.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {

/// PostgreSQL reports a five-character SQLSTATE; SQLite a number of at most four digits.
bool isSqlState(const QString& code)
{
    return code.size() == 5 && !(code.at(0) == QLatin1Char('0') && code.at(1) == QLatin1Char('0'));
}

/// A statement on a connection libpq already knows is gone fails with no words of its own.
Error errorOf(const QSqlQuery& query)
{
    if (PostgresLink::isBroken(query.driver()))
        return ConnectionLoss::report(QString());
    return SqlError::toError(query.lastError());
}

} // namespace

Error SqlError::toError(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (isSqlState(code))
        return fromSqlState(code, PostgresError::message(error));
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (ConnectionLoss::isLoss(QString(), message) ||
        ConnectionLoss::isLoss(QString(), error.driverText()))
        return ConnectionLoss::report(message);
    return fromNative(code.toInt(), message);
}

Error SqlError::fromSqlState(const QString& state, const QString& message)
{
    const QStringView stateClass = QStringView(state).left(2);
    if (state == QLatin1String("P0001") || stateClass == QLatin1String("23"))
        return {ErrorCode::Invalid,
                tr("The change breaks a rule of the workspace: %1").arg(message)};
    if (state == QLatin1String("42501"))
        return {ErrorCode::PermissionDenied,
                tr("The team server refused this: your login may not see or change it (%1).")
                    .arg(message)};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return {ErrorCode::Locked,
                tr("Another user was changing the same records at the same moment. Try again.")};
    if (ConnectionLoss::isLoss(state, message))
        return ConnectionLoss::report(message);
    if (stateClass == QLatin1String("28"))
        return {ErrorCode::PermissionDenied,
                tr("The team server did not accept the login: %1").arg(message)};
    if (state == QLatin1String("25006"))
        return {ErrorCode::ReadOnly, tr("The workspace cannot be written to.")};
    return {ErrorCode::Storage, tr("The workspace could not be read or written: %1").arg(message)};
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
        return {ErrorCode::Invalid,
                tr("The change breaks a rule of the workspace: %1").arg(message)};
    default:
        return {ErrorCode::Storage,
                tr("The workspace could not be read or written: %1").arg(message)};
    }
}

Result<void> SqlError::exec(QSqlQuery& query)
{
    if (!sqlLog().isDebugEnabled()) {
        if (!query.exec())
            return errorOf(query);
        return {};
    }
    QElapsedTimer clock;
    clock.start();
    const bool done = query.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    qCDebug(sqlLog).noquote() << QStringLiteral("%1 ms %2 [%3 bound]%4")
                                     .arg(ms, 0, 'f', 3)
                                     .arg(query.lastQuery().simplified())
                                     .arg(query.boundValues().size())
                                     .arg(done ? QString() : QStringLiteral(" FAILED"));
    if (!done)
        return errorOf(query);
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
    if (!query.prepare(SqlDialect::adapt(sqlEngineOf(query.driver()), sql)))
        return errorOf(query);
    return {};
}

Result<void> SqlError::readToEnd(const QSqlQuery& query)
{
    if (query.lastError().isValid())
        return toError(query.lastError());
    return {};
}

Result<qint64> SqlError::returnedId(QSqlQuery& query)
{
    if (!query.next()) {
        if (auto read = readToEnd(query); !read)
            return read.error();
        return Error{ErrorCode::Storage, tr("The database did not return the new record's ID.")};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}
