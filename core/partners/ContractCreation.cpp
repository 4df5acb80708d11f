#include "partners/ContractCreation.h"

#include "partners/AgreementInput.h"
#include "partners/ContractStatus.h"
#include "partners/ContractWriter.h"
#include "partners/PartnerStatus.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

Error invalid(const QString& message)
{
    return {ErrorCode::Invalid, message};
}

ContractStatus firstStatus(AgreementType type)
{
    return type == AgreementType::Distribution || type == AgreementType::Syndication
               ? ContractStatus::Enrolling
               : ContractStatus::Pending;
}

/// The agreement's active version as the content of a new distribution agreement.
Result<AgreementInput> activeContent(const QSqlDatabase& database, const QString& agreementId)
{
    auto query =
        SqlError::select(database,
                         QStringLiteral("SELECT description, document_source, document_url, "
                                        "coalesce(file_id, 0) FROM agreement_versions "
                                        "WHERE agreement_id = ? AND active = 1"),
                         {agreementId});
    if (!query)
        return query.error();
    if (!query->next())
        return invalid(
            ContractCreation::tr("The agreement %1 has no active version.").arg(agreementId));
    AgreementInput content;
    content.descriptionHtml = query->value(0).toString();
    content.source =
        documentSources.fromKey(query->value(1).toString()).value_or(DocumentSource::None);
    content.documentUrl = query->value(2).toString();
    content.storedFileId = query->value(3).toLongLong();
    return content;
}

} // namespace

bool ContractCreation::canCreate(const ActingContext& acting)
{
    return !acting.accountId.isEmpty() && acting.canManagePartners();
}

QList<AgreementType> ContractCreation::typesFor(AccountRole role)
{
    switch (role) {
    case AccountRole::Vendor:
        return {AgreementType::Program, AgreementType::Distribution, AgreementType::Referral};
    case AccountRole::Reseller:
        return {AgreementType::Service, AgreementType::Syndication, AgreementType::Referral};
    case AccountRole::Distributor:
        break;
    }
    return {AgreementType::Referral};
}

QString ContractCreation::marketplaceReason(const NewContractOption& marketplace,
                                            const QString& programId)
{
    if (marketplace.distributionId.isEmpty() || marketplace.distributionParent == programId)
        return {};
    return tr("Already has the distribution agreement %1 of another program (%2); a marketplace "
              "has one distribution agreement.")
        .arg(marketplace.distributionId, marketplace.distributionParent);
}

Result<NewContractChoices> ContractCreation::choices(const QSqlDatabase& database,
                                                     const ActingContext& acting)
{
    NewContractChoices choices;
    auto partners = SqlError::select(database, QStringLiteral(R"(
        SELECT a.id, a.name, a.role, p.status FROM partnerships p
          JOIN accounts a ON a.id = p.partner_account_id
         WHERE p.owner_account_id = ? ORDER BY a.name COLLATE NOCASE, a.id)"),
                                     {acting.accountId});
    if (!partners)
        return partners.error();
    while (partners->next()) {
        NewContractOption option;
        option.id = partners->value(0).toString();
        option.name = partners->value(1).toString();
        option.roleKey = partners->value(2).toString();
        if (partners->value(3).toString() == partnerStatuses.key(PartnerStatus::Removed))
            option.reason = tr("Removed: restore the partner first.");
        choices.partners << option;
    }
    auto agreements = SqlError::select(database, QStringLiteral(R"(
        SELECT a.id, a.name, a.type FROM agreements a
         WHERE a.owner_account_id = ?
           AND EXISTS (SELECT 1 FROM agreement_versions v WHERE v.agreement_id = a.id AND v.active = 1)
         ORDER BY a.name COLLATE NOCASE, a.id)"),
                                       {acting.accountId});
    if (!agreements)
        return agreements.error();
    while (agreements->next()) {
        NewContractOption option;
        option.id = agreements->value(0).toString();
        option.name = agreements->value(1).toString();
        option.typeKey = agreements->value(2).toString();
        choices.agreements << option;
    }
    auto marketplaces = SqlError::select(database, QStringLiteral(R"(
        SELECT m.id, m.name, coalesce(d.id, ''), coalesce(d.parent_agreement_id, '')
          FROM marketplaces m
          LEFT JOIN agreements d ON d.marketplace_id = m.id AND d.type = 'distribution'
         WHERE m.owner_account_id = ? ORDER BY m.name COLLATE NOCASE, m.id)"),
                                         {acting.accountId});
    if (!marketplaces)
        return marketplaces.error();
    while (marketplaces->next()) {
        NewContractOption option;
        option.id = marketplaces->value(0).toString();
        option.name = marketplaces->value(1).toString();
        option.distributionId = marketplaces->value(2).toString();
        option.distributionParent = marketplaces->value(3).toString();
        choices.marketplaces << option;
    }
    return choices;
}

QMap<QString, QString> ContractCreation::validate(const NewContractDraft& draft)
{
    QMap<QString, QString> reasons;
    if (draft.partnerAccountId.trimmed().isEmpty())
        reasons.insert(QStringLiteral("partner"), tr("Pick the partner."));
    if (draft.agreementId.trimmed().isEmpty())
        reasons.insert(
            QStringLiteral("agreement"),
            draft.type == AgreementType::Distribution
                ? tr("Pick the program agreement the distribution contract is part of.")
                : tr("Pick the \u201c%1\u201d agreement.").arg(agreementTypes.label(draft.type)));
    if (draft.type == AgreementType::Distribution && draft.marketplaceId.trimmed().isEmpty())
        reasons.insert(QStringLiteral("marketplace"),
                       tr("Pick the marketplace of the distribution contract."));
    return reasons;
}

Result<NewContractCreated> ContractCreation::create(const QSqlDatabase& database,
                                                    const ActingContext& acting,
                                                    const NewContractDraft& draft)
{
    if (!canCreate(acting))
        return Error{ErrorCode::PermissionDenied,
                     tr("Adding contracts needs the CRM admin or manager role.")};
    if (const auto reasons = validate(draft); !reasons.isEmpty())
        return invalid(reasons.first());

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();

    auto partner = SqlError::select(database, QStringLiteral(R"(
        SELECT a.name, a.role, p.status FROM partnerships p
          JOIN accounts a ON a.id = p.partner_account_id
         WHERE p.owner_account_id = ? AND p.partner_account_id = ?)"),
                                    {acting.accountId, draft.partnerAccountId});
    if (!partner)
        return partner.error();
    if (!partner->next())
        return invalid(tr("%1 is not one of your partners.").arg(draft.partnerAccountId));
    const QString partnerName = partner->value(0).toString();
    if (partner->value(2).toString() == partnerStatuses.key(PartnerStatus::Removed))
        return invalid(
            tr("%1 is removed. Restore the partner before adding contracts.").arg(partnerName));
    const AccountRole role =
        accountRoles.fromKey(partner->value(1).toString()).value_or(AccountRole::Vendor);
    if (!typesFor(role).contains(draft.type))
        return invalid(
            tr("A \u201c%1\u201d contract is not for a \u201c%2\u201d partner; %3 may get: %4.")
                .arg(agreementTypes.label(draft.type), accountRoles.label(role), partnerName, [&] {
                    QStringList names;
                    for (AgreementType type : typesFor(role))
                        names << tr("\u201c%1\u201d").arg(agreementTypes.label(type));
                    return names.join(QStringLiteral(", "));
                }()));

    const bool distribution = draft.type == AgreementType::Distribution;
    const AgreementType agreementType = distribution ? AgreementType::Program : draft.type;
    auto agreement =
        SqlError::select(database, QStringLiteral(R"(
        SELECT a.name, coalesce(a.marketplace_id, ''), v.id FROM agreements a
          JOIN agreement_versions v ON v.agreement_id = a.id AND v.active = 1
         WHERE a.id = ? AND a.owner_account_id = ? AND a.type = ?)"),
                         {draft.agreementId, acting.accountId, agreementTypes.key(agreementType)});
    if (!agreement)
        return agreement.error();
    if (!agreement->next())
        return invalid(tr("%1 is not one of your \u201c%2\u201d agreements with an active version.")
                           .arg(draft.agreementId, agreementTypes.label(agreementType)));
    const QString agreementName = agreement->value(0).toString();
    QString marketplaceId =
        draft.type == AgreementType::Service ? agreement->value(1).toString() : QString();
    AgreementRef ref{draft.agreementId, agreement->value(2).toLongLong()};

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IdGenerator ids(database);
    NewContractCreated created;
    if (distribution) {
        auto program =
            SqlError::select(database, QStringLiteral(R"(
            SELECT 1 FROM contracts WHERE issuer_account_id = ? AND partner_account_id = ?
               AND agreement_id = ? AND status IN ('pending', 'active'))"),
                             {acting.accountId, draft.partnerAccountId, draft.agreementId});
        if (!program)
            return program.error();
        if (!program->next())
            return invalid(tr("%1 has no pending or active contract on the program agreement "
                              "%2; a distribution contract is part of the partner's program.")
                               .arg(partnerName, agreementName));
        auto marketplace = SqlError::select(database, QStringLiteral(R"(
            SELECT m.owner_account_id, coalesce(d.id, ''), coalesce(d.parent_agreement_id, ''),
                   coalesce(v.id, 0)
              FROM marketplaces m
              LEFT JOIN agreements d ON d.marketplace_id = m.id AND d.type = 'distribution'
              LEFT JOIN agreement_versions v ON v.agreement_id = d.id AND v.active = 1
             WHERE m.id = ?)"),
                                            {draft.marketplaceId});
        if (!marketplace)
            return marketplace.error();
        if (!marketplace->next() || marketplace->value(0).toString() != acting.accountId)
            return invalid(
                tr("The marketplace %1 is not one of your marketplaces.").arg(draft.marketplaceId));
        NewContractOption option;
        option.distributionId = marketplace->value(1).toString();
        option.distributionParent = marketplace->value(2).toString();
        if (const QString reason = marketplaceReason(option, draft.agreementId); !reason.isEmpty())
            return Error{ErrorCode::AlreadyExists, reason};
        marketplaceId = draft.marketplaceId;
        if (!option.distributionId.isEmpty()) {
            if (marketplace->value(3).toLongLong() == 0)
                return invalid(
                    tr("The agreement %1 has no active version.").arg(option.distributionId));
            ref = {option.distributionId, marketplace->value(3).toLongLong()};
        } else {
            auto content = activeContent(database, draft.agreementId);
            if (!content)
                return content.error();
            auto inserted = ContractWriter::insertDistribution(database, ids, content.value(),
                                                               draft.agreementId, agreementName,
                                                               marketplaceId, acting, now);
            if (!inserted)
                return inserted.error();
            ref = inserted.value();
            created.agreementCreated = true;
        }
    }

    auto open = SqlError::select(database, QStringLiteral(R"(
        SELECT id, status FROM contracts WHERE issuer_account_id = ? AND partner_account_id = ?
           AND agreement_id = ? AND status IN ('enrolling', 'pending', 'active'))"),
                                 {acting.accountId, draft.partnerAccountId, ref.agreementId});
    if (!open)
        return open.error();
    if (open->next())
        return invalid(tr("%1 already has the contract %2 (%3) on this agreement.")
                           .arg(partnerName, open->value(0).toString(),
                                contractStatuses.labelForKey(open->value(1).toString())));

    const ContractStatus status = firstStatus(draft.type);
    StatementCache statements(database);
    auto contractId = ContractWriter::insert(
        statements, ids,
        {draft.type, ref, acting.accountId, draft.partnerAccountId, marketplaceId, status}, acting,
        now);
    if (!contractId)
        return contractId.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    created.contractId = contractId.value();
    created.statusKey = contractStatuses.key(status);
    created.agreementId = ref.agreementId;
    return created;
}
