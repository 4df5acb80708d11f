#include "partners/PartnerService.h"

#include "common/EmailAddress.h"
#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "partners/AgreementWriter.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace {

constexpr int tokenBytes = 32; // 256 bits

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value.trimmed());
}

Result<void> run(const QSqlDatabase& database, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return SqlError::exec(query);
}

AgreementType agreementTypeFor(const PartnerDraft& draft)
{
    return draft.type == AccountRole::Vendor ? AgreementType::Program : AgreementType::Service;
}

/// The draft's new agreement with what the wizard's other steps decide about it.
AgreementInput newAgreement(const PartnerDraft& draft)
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

struct ExistingAgreement {
    QString id;
    QString name;
    qint64 versionId = 0;
};

Result<ExistingAgreement> existingAgreement(const QSqlDatabase& database, const ActingContext& acting,
                                            const QString& id, AgreementType type)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.name, v.id FROM agreements a JOIN agreement_versions v "
        "ON v.agreement_id = a.id AND v.active = 1 "
        "WHERE a.id = ? AND a.owner_account_id = ? AND a.type = ?"));
    query.addBindValue(id);
    query.addBindValue(acting.accountId);
    query.addBindValue(agreementTypes.key(type));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::Invalid,
                     PartnerService::tr("Pick one of your %1 agreements.")
                         .arg(agreementTypes.label(type).toLower())};
    return ExistingAgreement{query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toLongLong()};
}

} // namespace

bool PartnerService::canAddPartners(const ActingContext& acting)
{
    return acting.accountRole == AccountRole::Distributor && acting.canManagePartners();
}

QMap<QString, QString> PartnerService::validate(const PartnerDraft& draft)
{
    QMap<QString, QString> reasons;
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        reasons.insert(QStringLiteral("name"), tr("Enter the partner's name."));
    else if (name.size() > maxNameLength)
        reasons.insert(QStringLiteral("name"),
                       tr("At most %1 characters (now %2).").arg(maxNameLength).arg(name.size()));
    if (draft.externalId.trimmed().size() > maxExternalIdLength)
        reasons.insert(QStringLiteral("externalId"),
                       tr("At most %1 characters.").arg(maxExternalIdLength));
    if (draft.type != AccountRole::Vendor && draft.type != AccountRole::Reseller)
        reasons.insert(QStringLiteral("type"), tr("A partner is a vendor or a reseller."));
    for (const auto& [key, email] :
         {std::pair{QStringLiteral("technicalContactEmail"), draft.technicalContactEmail},
          std::pair{QStringLiteral("businessContactEmail"), draft.businessContactEmail}})
        if (!email.trimmed().isEmpty() && !EmailAddress::isValid(email.trimmed()))
            reasons.insert(key, tr("This is not a valid e-mail address."));

    if (!draft.createAgreement) {
        if (draft.existingAgreementId.isEmpty())
            reasons.insert(QStringLiteral("agreement"),
                           draft.type == AccountRole::Vendor
                               ? tr("Pick the program agreement, or create a new one.")
                               : tr("Pick the service agreement, or create a new one."));
    } else {
        const auto agreement = AgreementWriter::validate(newAgreement(draft));
        for (auto it = agreement.cbegin(); it != agreement.cend(); ++it) {
            if (it.key() == QLatin1String("marketplace") || it.key() == QLatin1String("sourcing"))
                continue; // said below, on the wizard's own steps
            reasons.insert(QStringLiteral("agreement.") + it.key(), it.value());
        }
        if (draft.type == AccountRole::Reseller) {
            if (draft.marketplaceIds.size() != 1)
                reasons.insert(QStringLiteral("marketplaces"),
                               tr("Pick the marketplace the service agreement is linked to."));
            if (draft.syndicationAgreementId.isEmpty())
                reasons.insert(QStringLiteral("syndication"),
                               tr("Pick the syndication agreement for this reseller."));
        } else if (QSet<QString>(draft.marketplaceIds.cbegin(), draft.marketplaceIds.cend()).size()
                   != draft.marketplaceIds.size()) {
            reasons.insert(QStringLiteral("marketplaces"), tr("A marketplace is picked twice."));
        }
    }
    if (draft.action == PartnerAction::CreateAccount && draft.userIds.isEmpty())
        reasons.insert(QStringLiteral("users"), tr("Add at least one user to the new account."));
    return reasons;
}

QString PartnerService::activationLink(const QString& token)
{
    return QStringLiteral("channeldesk://activate?token=") + token;
}

Result<PartnerCreation> PartnerService::create(const QSqlDatabase& database,
                                               const ActingContext& acting,
                                               const PartnerDraft& draft)
{
    if (!canAddPartners(acting))
        return Error{ErrorCode::PermissionDenied,
                     tr("Adding partners needs the CRM admin or manager role in a distributor "
                        "account.")};
    if (const auto reasons = validate(draft); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IdGenerator ids(database);
    PartnerCreation created;
    const bool invite = draft.action == PartnerAction::GenerateInvitation;
    const PartnerStatus partnerStatus = invite ? PartnerStatus::Invited : PartnerStatus::Active;
    created.partnerStatusKey = partnerStatuses.key(partnerStatus);
    auto event = [&](const QString& type, const QString& id, const QJsonObject& changes = {}) {
        return EventLog::record(database, {now, acting.userId, acting.accountId, type, id,
                                           QStringLiteral("created"), changes});
    };

    // The partner account and the partnership.
    auto accountId = ids.next(draft.type == AccountRole::Vendor ? IdKind::VendorAccount
                                                                : IdKind::PartnerAccount);
    if (!accountId)
        return accountId.error();
    created.accountId = accountId.value();
    if (auto done = run(database, QStringLiteral(
            "INSERT INTO accounts(id, name, role, external_id, description, countries, industry, "
            "technical_contact_name, technical_contact_email, business_contact_name, "
            "business_contact_email, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {created.accountId, text(draft.name), accountRoles.key(draft.type), text(draft.externalId),
             text(draft.description), text(draft.countries), text(draft.industry),
             text(draft.technicalContactName), text(draft.technicalContactEmail),
             text(draft.businessContactName), text(draft.businessContactEmail), now, now});
        !done)
        return done.error();
    if (auto done = run(database, QStringLiteral(
            "INSERT INTO partnerships(owner_account_id, partner_account_id, status, external_id, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {acting.accountId, created.accountId, created.partnerStatusKey, text(draft.externalId),
             now, now});
        !done)
        return done.error();
    QSqlQuery partnership(database);
    partnership.exec(QStringLiteral("SELECT last_insert_rowid()"));
    partnership.next();
    const qint64 partnershipId = partnership.value(0).toLongLong();
    if (auto logged = event(QStringLiteral("account"), created.accountId,
                            {{QStringLiteral("name"), draft.name.trimmed()},
                             {QStringLiteral("status"), created.partnerStatusKey}});
        !logged)
        return logged.error();

    // The program or service agreement: new, or an existing one of ours.
    const AgreementType mainType = agreementTypeFor(draft);
    AgreementRef main;
    QString mainName;
    if (draft.createAgreement) {
        auto inserted = AgreementWriter::insert(database, ids, newAgreement(draft), acting.accountId,
                                                acting, now);
        if (!inserted)
            return inserted.error();
        main = inserted.value();
        mainName = draft.agreement.name.trimmed();
        created.agreements << PartnerCreation::Item{main.agreementId, agreementTypes.key(mainType),
                                                    mainName, {}, true};
    } else {
        auto existing = existingAgreement(database, acting, draft.existingAgreementId, mainType);
        if (!existing)
            return existing.error();
        main = {existing->id, existing->versionId};
        mainName = existing->name;
        created.agreements << PartnerCreation::Item{main.agreementId, agreementTypes.key(mainType),
                                                    mainName, {}, false};
    }

    auto addContract = [&](AgreementType type, const AgreementRef& agreement, const QString& agreementName,
                           const QString& marketplaceId, ContractStatus status) -> Result<void> {
        auto contractId = ids.next(contractIdKind(type));
        if (!contractId)
            return contractId.error();
        if (auto done = run(database, QStringLiteral(
                "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, "
                "issuer_account_id, partner_account_id, marketplace_id, status, created_at, "
                "updated_at, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {contractId.value(), agreementTypes.key(type), agreement.agreementId,
                 agreement.versionId, acting.accountId, created.accountId,
                 marketplaceId.isEmpty() ? QVariant() : QVariant(marketplaceId),
                 contractStatuses.key(status), now, now,
                 status == ContractStatus::Active ? QVariant(now) : QVariant()});
            !done)
            return done.error();
        created.contracts << PartnerCreation::Item{contractId.value(), agreementTypes.key(type),
                                                   agreementName, contractStatuses.key(status), true};
        return event(QStringLiteral("contract"), contractId.value(),
                     {{QStringLiteral("status"), contractStatuses.key(status)}});
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
            AgreementInput distribution = draft.agreement;
            distribution.type = AgreementType::Distribution;
            distribution.parentAgreementId = main.agreementId;
            distribution.marketplaceId = marketplaceId;
            QSqlQuery marketplace(database);
            marketplace.prepare(QStringLiteral("SELECT name FROM marketplaces WHERE id = ?"));
            marketplace.addBindValue(marketplaceId);
            if (auto done = SqlError::exec(marketplace); !done)
                return done.error();
            const QString marketplaceName = marketplace.next() ? marketplace.value(0).toString()
                                                               : marketplaceId;
            distribution.name = tr("%1 \u2014 %2").arg(draft.agreement.name.trimmed(), marketplaceName)
                                    .left(AgreementWriter::maxNameLength);
            auto inserted = AgreementWriter::insert(database, ids, distribution, acting.accountId,
                                                    acting, now);
            if (!inserted)
                return inserted.error();
            created.agreements << PartnerCreation::Item{inserted->agreementId,
                                                        agreementTypes.key(AgreementType::Distribution),
                                                        distribution.name, {}, true};
            if (auto added = addContract(AgreementType::Distribution, inserted.value(),
                                         distribution.name, marketplaceId, ContractStatus::Enrolling);
                !added)
                return added.error();
        }
    }

    if (invite) {
        QByteArray token(tokenBytes, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(token.data()),
                                              tokenBytes / int(sizeof(quint32)));
        const QString tokenText = QString::fromLatin1(
            token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (auto done = run(database, QStringLiteral(
                "INSERT INTO invitations(token_sha256, partnership_id, contract_id, created_by, "
                "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {QString::fromLatin1(QCryptographicHash::hash(tokenText.toUtf8(),
                                                              QCryptographicHash::Sha256).toHex()),
                 partnershipId, mainContractId, acting.userId, now,
                 now + qint64(invitationDays) * 24 * 3600 * 1000});
            !done)
            return done.error();
        created.activationLink = activationLink(tokenText);
    } else {
        for (const QString& userId : draft.userIds) {
            QSqlQuery member(database);
            member.prepare(QStringLiteral("SELECT 1 FROM memberships WHERE user_id = ? AND account_id = ?"));
            member.addBindValue(userId);
            member.addBindValue(acting.accountId);
            if (auto done = SqlError::exec(member); !done)
                return done.error();
            if (!member.next())
                return Error{ErrorCode::Invalid,
                             tr("Only users of %1 can be added to the new account.").arg(acting.accountName)};
            if (auto done = run(database, QStringLiteral(
                    "INSERT INTO memberships(user_id, account_id, role) VALUES (?, ?, 'crm_admin')"),
                    {userId, created.accountId});
                !done)
                return done.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}
