#include "catalog/CatalogAccess.h"

#include "history/EventLog.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QSqlQuery>

bool CatalogAccess::isManager(const ActingContext& acting)
{
    return !acting.userId.isEmpty() && roleCanManagePartners(acting.userRole);
}

bool CatalogAccess::canManageProducts(const ActingContext& acting)
{
    return acting.accountRole == AccountRole::Vendor && isManager(acting);
}

bool CatalogAccess::canManageMarketplaces(const ActingContext& acting)
{
    return acting.accountRole != AccountRole::Vendor && isManager(acting);
}

Error CatalogAccess::productsDenied()
{
    return {ErrorCode::PermissionDenied,
            tr("Only a CRM admin or manager of a vendor account may change its products and "
               "request listings.")};
}

Error CatalogAccess::marketplacesDenied()
{
    return {ErrorCode::PermissionDenied,
            tr("Only a CRM admin or manager of a distributor or reseller account may change its "
               "marketplaces, product groups and listings.")};
}

qint64 CatalogAccess::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<void> CatalogAccess::record(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& objectType, const QString& objectId,
                                   const QString& action, const QJsonObject& changes, qint64 at)
{
    Event event;
    event.at = at;
    event.userId = acting.userId;
    event.accountId = acting.accountId;
    event.objectType = objectType;
    event.objectId = objectId;
    event.action = action;
    event.changes = changes;
    return EventLog::record(database, event);
}

Result<int> CatalogAccess::count(const QSqlDatabase& database, const QString& sql,
                                 const QVariantList& values)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

QString CatalogAccess::textProblem(const QString& text, int maxLength, bool required,
                                   PlainText::Lines lines)
{
    const QString trimmed = text.trimmed();
    if (required && trimmed.isEmpty())
        return tr("Required.");
    if (trimmed.size() > maxLength)
        return tr("At most %1 characters (now %2).").arg(maxLength).arg(trimmed.size());
    return PlainText::problem(trimmed, lines);
}

Error CatalogAccess::invalid(const QMap<QString, QString>& reasons, const QStringList& fields)
{
    for (const QString& field : fields)
        if (reasons.contains(field))
            return {ErrorCode::Invalid, reasons.value(field)};
    return {ErrorCode::Invalid, reasons.isEmpty() ? QString() : reasons.first()};
}

QString CatalogAccess::trimmed(const QString& text)
{
    const QString result = text.trimmed();
    return result.isNull() ? QStringLiteral("") : result;
}

QString CatalogAccess::nameTaken(const QSqlDatabase& database, const QString& table,
                                 const QString& ownerColumn, const QString& ownerId,
                                 const QString& name, const QString& exceptId,
                                 const QString& reasonIfTaken)
{
    auto taken = count(database,
                       QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? "
                                      "AND name = ? COLLATE NOCASE AND id IS DISTINCT FROM ?")
                           .arg(table, ownerColumn),
                       {ownerId, trimmed(name), exceptId});
    if (!taken)
        return taken.error().message;
    return taken.value() > 0 ? reasonIfTaken.arg(trimmed(name)) : QString();
}

Result<void> CatalogAccess::write(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& sql, const QVariantList& values,
                                  const QString& objectType, const QString& objectId,
                                  const QString& action, const QJsonObject& changes)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done;
    return record(database, acting, objectType, objectId, action, changes, now());
}
