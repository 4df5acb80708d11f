#include "partners/PartnerService.h"

#include "common/EmailAddress.h"
#include "common/PlainText.h"
#include "partners/AgreementWriter.h"
#include "partners/PartnerWriter.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSet>

#include <tuple>

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
    using Lines = PlainText::Lines;
    for (const auto& [key, text, lines] :
         {std::tuple{QStringLiteral("name"), draft.name, Lines::Single},
          std::tuple{QStringLiteral("externalId"), draft.externalId, Lines::Single},
          std::tuple{QStringLiteral("description"), draft.description, Lines::Multiple},
          std::tuple{QStringLiteral("countries"), draft.countries, Lines::Single},
          std::tuple{QStringLiteral("industry"), draft.industry, Lines::Single},
          std::tuple{QStringLiteral("technicalContactName"), draft.technicalContactName,
                     Lines::Single},
          std::tuple{QStringLiteral("technicalContactEmail"), draft.technicalContactEmail,
                     Lines::Single},
          std::tuple{QStringLiteral("businessContactName"), draft.businessContactName,
                     Lines::Single},
          std::tuple{QStringLiteral("businessContactEmail"), draft.businessContactEmail,
                     Lines::Single}})
        if (const QString problem = PlainText::problem(text.trimmed(), lines); !problem.isEmpty())
            reasons.insert(key, problem);

    if (!draft.createAgreement) {
        if (draft.existingAgreementId.isEmpty())
            reasons.insert(QStringLiteral("agreement"),
                           draft.type == AccountRole::Vendor
                               ? tr("Pick the program agreement, or create a new one.")
                               : tr("Pick the service agreement, or create a new one."));
    } else {
        const auto agreement = AgreementWriter::validate(PartnerWriter::newAgreement(draft));
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
        } else if (QSet<QString>(draft.marketplaceIds.cbegin(), draft.marketplaceIds.cend())
                       .size() != draft.marketplaceIds.size()) {
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
    PartnerWriter writer(database, acting);
    auto created = writer.insert(draft, QDateTime::currentMSecsSinceEpoch());
    if (!created)
        return created.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}
