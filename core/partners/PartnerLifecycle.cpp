#include "partners/PartnerLifecycle.h"

#include "history/EventLog.h"
#include "history/RecordVersion.h"
#include "partners/ContractWriter.h"
#include "partners/PartnerStatus.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

const QString removedKey = QStringLiteral("removed");

struct Partnership {
    QString name;
    QString status;
    qint64 id = 0;
};

Error permissionDenied()
{
    return {ErrorCode::PermissionDenied,
            PartnerLifecycle::tr("Removing and restoring partners needs the CRM admin or manager "
                                 "role.")};
}

/// acting's partnership with the partner, or NotFound.
Result<Partnership> partnership(const QSqlDatabase& database, const ActingContext& acting,
                                const QString& partnerAccountId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT a.name, p.status, p.id FROM partnerships p "
                           "JOIN accounts a ON a.id = p.partner_account_id "
                           "WHERE p.owner_account_id = ? AND p.partner_account_id = ?"),
            {acting.accountId, partnerAccountId});
        !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     PartnerLifecycle::tr("%1 is not one of your partners.").arg(partnerAccountId)};
    return Partnership{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toLongLong()};
}

/// acting's partnership with the partner when it is removed (or not, as wanted) and, when
/// readVersion is given, not changed since, else why not.
Result<Partnership> partnershipIn(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& partnerAccountId, bool removed,
                                  std::optional<qint64> readVersion = std::nullopt)
{
    auto found = partnership(database, acting, partnerAccountId);
    if (!found)
        return found.error();
    const VersionedRow row{QStringLiteral("partnerships"),
                           {QStringLiteral("id")},
                           {found->id},
                           QStringLiteral("partner"),
                           partnerAccountId,
                           PartnerLifecycle::tr("The partner %1").arg(found->name)};
    if (auto claimed = RecordVersion::claim(database, row, readVersion); !claimed)
        return claimed.error();
    if ((found->status == removedKey) != removed)
        return Error{ErrorCode::Invalid,
                     removed ? PartnerLifecycle::tr("%1 is not removed.").arg(found->name)
                             : PartnerLifecycle::tr("%1 is removed already.").arg(found->name)};
    return found;
}

Result<RemovalPlan> plan(const QSqlDatabase& database, const ActingContext& acting,
                         const QString& partnerAccountId, const Partnership& found)
{
    RemovalPlan plan;
    plan.partnerAccountId = partnerAccountId;
    plan.partnerName = found.name;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, QStringLiteral(R"(
            SELECT c.id, c.type, c.status, a.name FROM contracts c
              JOIN agreements a ON a.id = c.agreement_id
             WHERE c.issuer_account_id = ? AND c.partner_account_id = ?
               AND c.status IN ('enrolling', 'pending', 'active')
             ORDER BY c.status = 'active', c.created_at, c.id)"),
                                   {acting.accountId, partnerAccountId});
        !done)
        return done.error();
    while (query.next())
        plan.contracts << RemovalContract{query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString()};
    QSqlQuery listings(database);
    if (auto done = SqlError::exec(listings, QStringLiteral(R"(
            SELECT count(*) FROM listings l JOIN contracts c ON c.id = l.contract_id
             WHERE c.issuer_account_id = ? AND c.partner_account_id = ?
               AND c.status = 'active' AND l.status = 'listed')"),
                                   {acting.accountId, partnerAccountId});
        !done)
        return done.error();
    plan.listingsToUnlist = listings.next() ? listings.value(0).toInt() : 0;
    return plan;
}

Result<void> record(const QSqlDatabase& database, const ActingContext& acting, qint64 now,
                    const QString& type, const QString& id, const QString& action,
                    const QJsonObject& changes)
{
    return EventLog::record(database,
                            {now, acting.userId, acting.accountId, type, id, action, changes});
}

} // namespace

bool PartnerLifecycle::canChange(const ActingContext& acting)
{
    return !acting.accountId.isEmpty() && acting.canManagePartners();
}

Result<RemovalPlan> PartnerLifecycle::removalPlan(const QSqlDatabase& database,
                                                  const ActingContext& acting,
                                                  const QString& partnerAccountId)
{
    if (!canChange(acting))
        return permissionDenied();
    auto found = partnershipIn(database, acting, partnerAccountId, false);
    if (!found)
        return found.error();
    return plan(database, acting, partnerAccountId, found.value());
}

Result<RemovalPlan> PartnerLifecycle::remove(const QSqlDatabase& database,
                                             const ActingContext& acting,
                                             const QString& partnerAccountId,
                                             std::optional<qint64> readVersion)
{
    if (!canChange(acting))
        return permissionDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto found = partnershipIn(database, acting, partnerAccountId, false, readVersion);
    if (!found)
        return found.error();
    auto removal = plan(database, acting, partnerAccountId, found.value());
    if (!removal)
        return removal.error();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray deleted;
    QJsonArray terminated;
    for (const RemovalContract& contract : removal->contracts) {
        QJsonObject changes{{QStringLiteral("from"), contract.statusKey},
                            {QStringLiteral("partner_removed"), partnerAccountId}};
        if (contract.deleted()) {
            if (auto done = ContractWriter::remove(database, contract.contractId); !done)
                return done.error();
            changes.insert(QStringLiteral("to"), QJsonValue::Null);
            deleted << contract.contractId;
        } else {
            if (auto done =
                    SqlError::run(database,
                                  QStringLiteral("UPDATE contracts SET status = 'terminated', "
                                                 "updated_at = ? WHERE id = ?"),
                                  {now, contract.contractId});
                !done)
                return done.error();
            if (auto done =
                    SqlError::run(database,
                                  QStringLiteral("UPDATE listings SET status = 'unlisted' "
                                                 "WHERE contract_id = ? AND status = 'listed'"),
                                  {contract.contractId});
                !done)
                return done.error();
            changes.insert(QStringLiteral("to"), QStringLiteral("terminated"));
            terminated << contract.contractId;
        }
        if (auto logged = record(
                database, acting, now, QStringLiteral("contract"), contract.contractId,
                contract.deleted() ? QStringLiteral("deleted") : QStringLiteral("terminated"),
                changes);
            !logged)
            return logged.error();
    }
    if (auto done = SqlError::run(
            database,
            QStringLiteral("UPDATE partnerships SET status = 'removed', updated_at = ? "
                           "WHERE owner_account_id = ? AND partner_account_id = ?"),
            {now, acting.accountId, partnerAccountId});
        !done)
        return done.error();
    if (auto logged = record(database, acting, now, QStringLiteral("partner"), partnerAccountId,
                             QStringLiteral("removed"),
                             {{QStringLiteral("from"), found->status},
                              {QStringLiteral("to"), removedKey},
                              {QStringLiteral("deleted_contracts"), deleted},
                              {QStringLiteral("terminated_contracts"), terminated}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return removal;
}

Result<void> PartnerLifecycle::restore(const QSqlDatabase& database, const ActingContext& acting,
                                       const QString& partnerAccountId,
                                       std::optional<qint64> readVersion)
{
    if (!canChange(acting))
        return permissionDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto found = partnershipIn(database, acting, partnerAccountId, true, readVersion);
    if (!found)
        return found.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto done = SqlError::run(
            database,
            QStringLiteral("UPDATE partnerships SET status = 'active', updated_at = ? "
                           "WHERE owner_account_id = ? AND partner_account_id = ?"),
            {now, acting.accountId, partnerAccountId});
        !done)
        return done;
    if (auto logged = record(database, acting, now, QStringLiteral("partner"), partnerAccountId,
                             QStringLiteral("restored"),
                             {{QStringLiteral("from"), removedKey},
                              {QStringLiteral("to"), QStringLiteral("active")}});
        !logged)
        return logged;
    return transaction.commit();
}
