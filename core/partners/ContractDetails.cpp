#include "partners/ContractDetails.h"

#include "partners/ContractService.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

Result<ContractRecord> ContractDetails::load(const QSqlDatabase& database,
                                             const ActingContext& acting, const QString& contractId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, QStringLiteral(R"(
            SELECT c.id, c.type, c.status, c.status_note, i.id, i.name, p.id, p.name, a.id, a.name,
                   coalesce(v.version, 0),
                   coalesce((SELECT av.version FROM agreement_versions av
                              WHERE av.agreement_id = a.id AND av.active = 1), 0),
                   coalesce(m.id, ''), coalesce(m.name, ''), c.created_at, c.updated_at,
                   coalesce(c.signed_at, 0), c.version
              FROM contracts c
              JOIN accounts i ON i.id = c.issuer_account_id
              JOIN accounts p ON p.id = c.partner_account_id
              JOIN agreements a ON a.id = c.agreement_id
              LEFT JOIN agreement_versions v ON v.id = c.agreement_version_id
              LEFT JOIN marketplaces m ON m.id = c.marketplace_id
             WHERE c.id = ? AND (c.issuer_account_id = ? OR c.partner_account_id = ?))"),
                                   {contractId, acting.accountId, acting.accountId});
        !done)
        return done.error();
    if (acting.accountId.isEmpty() || !query.next())
        return Error{ErrorCode::NotFound, tr("The contract %1 does not exist.").arg(contractId)};
    ContractRecord record;
    int column = 0;
    const auto text = [&] { return query.value(column++).toString(); };
    record.id = text();
    record.typeKey = text();
    record.statusKey = text();
    record.statusNote = text();
    record.issuerId = text();
    record.issuerName = text();
    record.partnerId = text();
    record.partnerName = text();
    record.agreementId = text();
    record.agreementName = text();
    record.version = query.value(column++).toInt();
    record.activeVersion = query.value(column++).toInt();
    record.marketplaceId = text();
    record.marketplaceName = text();
    record.createdAt = query.value(column++).toLongLong();
    record.updatedAt = query.value(column++).toLongLong();
    record.signedAt = query.value(column++).toLongLong();
    record.rowVersion = query.value(column++).toLongLong();
    query.finish();

    auto history = EventLog::forObject(database, contractId);
    if (!history)
        return history.error();
    record.history = history.value();
    for (const Event& event : std::as_const(record.history)) {
        if (event.userId.isEmpty() || record.userNames.contains(event.userId))
            continue;
        QSqlQuery user(database);
        if (auto done = SqlError::exec(user, QStringLiteral("SELECT name FROM users WHERE id = ?"),
                                       {event.userId});
            !done)
            return done.error();
        record.userNames.insert(event.userId,
                                user.next() ? user.value(0).toString() : event.userId);
    }
    auto actions = ContractService::allowedActions(database, acting, contractId);
    if (!actions)
        return actions.error();
    record.actions = actions.value();
    return record;
}
