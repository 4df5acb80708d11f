#include "history/RecordVersion.h"

#include "common/DisplayFormat.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {

/// The time of a change as people say it: the time alone today, else date and time.
QString whenText(qint64 at)
{
    if (QDateTime::fromMSecsSinceEpoch(at).toLocalTime().date() == QDate::currentDate())
        return DisplayFormat::time(at);
    return DisplayFormat::dateTime(at);
}

QString whereKeys(const VersionedRow& row)
{
    QStringList terms;
    for (const QString& column : row.keyColumns)
        terms << column + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

Result<void> RecordVersion::claim(const QSqlDatabase& database, const VersionedRow& row,
                                  std::optional<qint64> readVersion)
{
    if (!readVersion)
        return {};
    QSqlQuery query(database);
    QVariantList values = row.keys;
    values << *readVersion;
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("UPDATE %1 SET version = version + 1 "
                                                  "WHERE %2 AND version = ?")
                                       .arg(row.table, whereKeys(row)),
                                   values);
        !done)
        return done;
    if (query.numRowsAffected() == 1)
        return {};
    auto exists = SqlError::select(
        database, QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(row.table, whereKeys(row)),
        row.keys);
    if (!exists)
        return exists.error();
    const LastChange change = lastChange(database, row);
    return exists->next() ? changedMeanwhile(change, row) : deletedMeanwhile(change, row);
}

Error RecordVersion::unlessDeleted(const QSqlDatabase& database, const VersionedRow& row,
                                   std::optional<qint64> readVersion, const Error& notFound)
{
    if (!readVersion || notFound.code != ErrorCode::NotFound)
        return notFound;
    const LastChange change = lastChange(database, row);
    if (!change.found || change.action != QLatin1String("deleted"))
        return notFound;
    return deletedMeanwhile(change, row);
}

RecordVersion::LastChange RecordVersion::lastChange(const QSqlDatabase& database,
                                                    const VersionedRow& row)
{
    LastChange change;
    auto query =
        SqlError::select(database,
                         QStringLiteral("SELECT e.at, coalesce(u.name, ''), e.action FROM events e "
                                        "LEFT JOIN users u ON u.id = e.user_id "
                                        "WHERE e.object_id = ? AND e.object_type = ? "
                                        "ORDER BY e.at DESC, e.id DESC LIMIT 1"),
                         {row.objectId, row.objectType});
    if (query && query->next()) {
        change.found = true;
        change.at = query->value(0).toLongLong();
        change.userName = query->value(1).toString();
        change.action = query->value(2).toString();
    }
    return change;
}

Error RecordVersion::changedMeanwhile(const LastChange& change, const VersionedRow& row)
{
    // A creation came before the user read the record: the change was written without an event.
    if (!change.found || change.userName.isEmpty() || change.action == QLatin1String("created"))
        return {ErrorCode::Conflict,
                tr("%1 was changed by someone else meanwhile, so your change was not saved. "
                   "Check what it is now and try again if it is still needed.")
                    .arg(row.label)};
    return {ErrorCode::Conflict,
            tr("%1 was changed by %2 at %3 meanwhile, so your change was not saved. Check what "
               "it is now and try again if it is still needed.")
                .arg(row.label, change.userName, whenText(change.at))};
}

Error RecordVersion::deletedMeanwhile(const LastChange& change, const VersionedRow& row)
{
    if (!change.found || change.userName.isEmpty())
        return {ErrorCode::Conflict,
                tr("%1 was deleted meanwhile, so your change was not saved.").arg(row.label)};
    return {ErrorCode::Conflict,
            tr("%1 was deleted by %2 at %3 meanwhile, so your change was not saved.")
                .arg(row.label, change.userName, whenText(change.at))};
}
