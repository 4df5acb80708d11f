#include "partners/PartnerWriter.h"

#include "history/EventLog.h"
#include "partners/AgreementWriter.h"
#include "partners/ContractStatus.h"
#include "partners/ContractWriter.h"
#include "partners/InvitationService.h"
#include "partners/PartnerService.h"
#include "partners/PartnerStatus.h"
#include "storage/SqlError.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value.trimmed());
}

AgreementType agreementTypeFor(const PartnerDraft& draft)
{
    return draft.type == AccountRole::Vendor ? AgreementType::Program : AgreementType::Service;
}

struct ExistingAgreement {
    QString id;
    QString name;
    qint64 versionId = 0;
};

} // namespace

PartnerWriter::PartnerWriter(QSqlDatabase database, ActingContext acting)
    : m_database(std::move(database))
    , m_acting(std::move(acting))
    , m_statements(m_database)
    , m_ids(m_database)
{
}

PartnerWriter::~PartnerWriter() = default;

AgreementInput PartnerWriter::newAgreement(const PartnerDraft& draft)
{
    AgreementInput input = draft.agreement;
    input.type = agreementTypeFor(draft);
    if (draft.type == AccountRole::Reseller) {
        input.marketplaceId = draft.marketplaceIds.value(0);
        input.sourcingAgreementId = draft.syndicationAgreementId;
        input.productGroupIds = draft.productGroupIds;
    } else {
        input.marketplaceId.clear();
    }
    return input;
}

Result<void> PartnerWriter::run(const QString& sql, const QVariantList& values)
{
    auto query = m_statements.prepared(sql);
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        query.value()->bindValue(i, values.at(i));
    return SqlError::exec(*query.value());
}

Result<void> PartnerWriter::event(const QString& type, const QString& id, qint64 now,
                                  const QJsonObject& changes)
{
    return EventLog::record(m_statements, {now, m_acting.userId, m_acting.accountId, type, id,
                                           QStringLiteral("created"), changes});
}

Result<PartnerCreation> PartnerWriter::insert(const PartnerDraft& draft, qint64 now)
{
    const AgreementType mainType = agreementTypeFor(draft);
    const bool invite = draft.action == PartnerAction::GenerateInvitation;

    // What the database decides, before anything is written.
    ExistingAgreement existing;
    if (!draft.createAgreement) {
        auto query = m_statements.prepared(
            QStringLiteral("SELECT a.id, a.name, v.id FROM agreements a JOIN agreement_versions v "
                           "ON v.agreement_id = a.id AND v.active = 1 "
                           "WHERE a.id = ? AND a.owner_account_id = ? AND a.type = ?"));
        if (!query)
            return query.error();
        QSqlQuery& agreement = *query.value();
        agreement.bindValue(0, draft.existingAgreementId);
        agreement.bindValue(1, m_acting.accountId);
        agreement.bindValue(2, agreementTypes.key(mainType));
        if (auto done = SqlError::exec(agreement); !done)
            return done.error();
        if (!agreement.next())
            return Error{ErrorCode::Invalid,
                         PartnerService::tr("Pick one of your \u201c%1\u201d agreements.")
                             .arg(agreementTypes.label(mainType))};
        existing = {agreement.value(0).toString(), agreement.value(1).toString(),
                    agreement.value(2).toLongLong()};
        agreement.finish();
    }
    if (!invite) {
        for (const QString& userId : draft.userIds) {
            auto query = m_statements.prepared(
                QStringLiteral("SELECT 1 FROM memberships WHERE user_id = ? AND account_id = ?"));
            if (!query)
                return query.error();
            QSqlQuery& member = *query.value();
            member.bindValue(0, userId);
            member.bindValue(1, m_acting.accountId);
            if (auto done = SqlError::exec(member); !done)
                return done.error();
            const bool found = member.next();
            member.finish();
            if (!found)
                return Error{ErrorCode::Invalid,
                             PartnerService::tr("Only users of %1 can be added to the new account.")
                                 .arg(m_acting.accountName)};
        }
    }

    PartnerCreation created;
    const PartnerStatus partnerStatus = invite ? PartnerStatus::Invited : PartnerStatus::Active;
    created.partnerStatusKey = partnerStatuses.key(partnerStatus);

    // The partner account and the partnership.
    auto accountId = m_ids.next(draft.type == AccountRole::Vendor ? IdKind::VendorAccount
                                                                  : IdKind::PartnerAccount);
    if (!accountId)
        return accountId.error();
    created.accountId = accountId.value();
    if (auto done =
            run(QStringLiteral(
                    "INSERT INTO accounts(id, name, role, external_id, description, countries, "
                    "industry, "
                    "technical_contact_name, technical_contact_email, business_contact_name, "
                    "business_contact_email, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {created.accountId, text(draft.name), accountRoles.key(draft.type),
                 text(draft.externalId), text(draft.description), text(draft.countries),
                 text(draft.industry), text(draft.technicalContactName),
                 text(draft.technicalContactEmail), text(draft.businessContactName),
                 text(draft.businessContactEmail), now, now});
        !done)
        return done.error();
    auto partnership = m_statements.prepared(QStringLiteral(
        "INSERT INTO partnerships(owner_account_id, partner_account_id, status, external_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!partnership)
        return partnership.error();
    const QVariantList partnershipValues{m_acting.accountId,
                                         created.accountId,
                                         created.partnerStatusKey,
                                         text(draft.externalId),
                                         now,
                                         now};
    for (int i = 0; i < partnershipValues.size(); ++i)
        partnership.value()->bindValue(i, partnershipValues.at(i));
    if (auto done = SqlError::exec(*partnership.value()); !done)
        return done.error();
    const auto returned = SqlError::returnedId(*partnership.value());
    if (!returned)
        return returned.error();
    const qint64 partnershipId = returned.value();
    if (auto logged = event(QStringLiteral("account"), created.accountId, now,
                            {{QStringLiteral("name"), draft.name.trimmed()},
                             {QStringLiteral("status"), created.partnerStatusKey}});
        !logged)
        return logged.error();

    // The program or service agreement: new, or an existing one of ours.
    AgreementRef main;
    QString mainName;
    if (draft.createAgreement) {
        auto inserted = AgreementWriter::insert(m_database, m_ids, newAgreement(draft),
                                                m_acting.accountId, m_acting, now);
        if (!inserted)
            return inserted.error();
        main = inserted.value();
        mainName = draft.agreement.name.trimmed();
        created.agreements << PartnerCreation::Item{
            main.agreementId, agreementTypes.key(mainType), mainName, {}, true};
    } else {
        main = {existing.id, existing.versionId};
        mainName = existing.name;
        created.agreements << PartnerCreation::Item{
            main.agreementId, agreementTypes.key(mainType), mainName, {}, false};
    }

    auto addContract = [&](AgreementType type, const AgreementRef& agreement,
                           const QString& agreementName, const QString& marketplaceId,
                           ContractStatus status) -> Result<void> {
        auto contractId = ContractWriter::insert(
            m_statements, m_ids,
            {type, agreement, m_acting.accountId, created.accountId, marketplaceId, status},
            m_acting, now);
        if (!contractId)
            return contractId.error();
        created.contracts << PartnerCreation::Item{contractId.value(), agreementTypes.key(type),
                                                   agreementName, contractStatuses.key(status),
                                                   true};
        return {};
    };
    const ContractStatus mainStatus = invite ? ContractStatus::Pending : ContractStatus::Active;
    const QString mainMarketplace = mainType == AgreementType::Service && draft.createAgreement
                                        ? draft.marketplaceIds.value(0)
                                        : QString();
    if (auto added = addContract(mainType, main, mainName, mainMarketplace, mainStatus); !added)
        return added.error();
    const QString mainContractId = created.contracts.constLast().id;

    // A vendor with a new program agreement: one distribution agreement per marketplace, each
    // with a contract that starts Enrolling.
    if (draft.createAgreement && draft.type == AccountRole::Vendor) {
        for (const QString& marketplaceId : draft.marketplaceIds) {
            QString name;
            auto inserted = ContractWriter::insertDistribution(
                m_database, m_ids, draft.agreement, main.agreementId, draft.agreement.name,
                marketplaceId, m_acting, now, &name);
            if (!inserted)
                return inserted.error();
            created.agreements << PartnerCreation::Item{
                inserted->agreementId,
                agreementTypes.key(AgreementType::Distribution),
                name,
                {},
                true};
            if (auto added = addContract(AgreementType::Distribution, inserted.value(), name,
                                         marketplaceId, ContractStatus::Enrolling);
                !added)
                return added.error();
        }
    }

    if (invite) {
        auto issued = InvitationService::issue(m_database, partnershipId, mainContractId,
                                               m_acting.userId, now);
        if (!issued)
            return issued.error();
        created.activationLink = issued->link;
        created.invitationExpiresAt = issued->expiresAt;
    } else {
        for (const QString& userId : draft.userIds)
            if (auto done = run(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                               "VALUES (?, ?, 'crm_admin')"),
                                {userId, created.accountId});
                !done)
                return done.error();
    }
    return created;
}
