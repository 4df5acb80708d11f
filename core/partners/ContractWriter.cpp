#include "partners/ContractWriter.h"

#include "history/EventLog.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QString> ContractWriter::insert(StatementCache& statements, IdGenerator& ids,
                                       const ContractInput& input, const ActingContext& acting,
                                       qint64 now)
{
    auto contractId = ids.next(contractIdKind(input.type));
    if (!contractId)
        return contractId.error();
    auto query = statements.prepared(QStringLiteral(
        "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, issuer_account_id, "
        "partner_account_id, marketplace_id, status, created_at, updated_at, signed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    const QVariantList values{contractId.value(),
                              agreementTypes.key(input.type),
                              input.agreement.agreementId,
                              input.agreement.versionId,
                              input.issuerAccountId,
                              input.partnerAccountId,
                              input.marketplaceId.isEmpty() ? QVariant()
                                                            : QVariant(input.marketplaceId),
                              contractStatuses.key(input.status),
                              now,
                              now,
                              input.status == ContractStatus::Active ? QVariant(now) : QVariant()};
    for (int i = 0; i < values.size(); ++i)
        query.value()->bindValue(i, values.at(i));
    if (auto done = SqlError::exec(*query.value()); !done)
        return done.error();
    QJsonObject changes{{QStringLiteral("status"), contractStatuses.key(input.status)}};
    if (auto logged = EventLog::record(statements, {now, acting.userId, acting.accountId,
                                                    QStringLiteral("contract"), contractId.value(),
                                                    QStringLiteral("created"), changes});
        !logged)
        return logged.error();
    return contractId.value();
}

QString ContractWriter::distributionName(const QString& programName, const QString& marketplaceName)
{
    return tr("%1 \u2014 %2")
        .arg(programName.trimmed(), marketplaceName)
        .left(AgreementWriter::maxNameLength);
}

Result<AgreementRef>
ContractWriter::insertDistribution(const QSqlDatabase& database, IdGenerator& ids,
                                   AgreementInput content, const QString& programId,
                                   const QString& programName, const QString& marketplaceId,
                                   const ActingContext& acting, qint64 now, QString* name)
{
    QSqlQuery marketplace(database);
    if (auto done = SqlError::exec(marketplace,
                                   QStringLiteral("SELECT name FROM marketplaces WHERE id = ?"),
                                   {marketplaceId});
        !done)
        return done.error();
    const QString marketplaceName =
        marketplace.next() ? marketplace.value(0).toString() : marketplaceId;
    content.type = AgreementType::Distribution;
    content.parentAgreementId = programId;
    content.marketplaceId = marketplaceId;
    content.sourcingAgreementId.clear();
    content.productGroupIds.clear();
    content.name = distributionName(programName, marketplaceName);
    if (name)
        *name = content.name;
    return AgreementWriter::insert(database, ids, content, acting.accountId, acting, now);
}

Result<void> ContractWriter::remove(const QSqlDatabase& database, const QString& contractId)
{
    for (const QString& sql :
         {QStringLiteral("DELETE FROM invitations WHERE contract_id = ?"),
          QStringLiteral("UPDATE listings SET contract_id = NULL, status = 'unlisted' "
                         "WHERE contract_id = ?"),
          QStringLiteral("DELETE FROM contracts WHERE id = ?")})
        if (auto done = SqlError::run(database, sql, {contractId}); !done)
            return done;
    return {};
}
