#pragma once

#include "common/Result.h"
#include "partners/PartnerCreation.h"
#include "partners/PartnerDraft.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

/// Adds partners (SPEC 4.3): the partner account, its agreements and contracts, its users or
/// its invitation, all in one transaction.
class PartnerService {
    Q_DECLARE_TR_FUNCTIONS(PartnerService)

public:
    static constexpr int maxNameLength = 200;
    static constexpr int maxExternalIdLength = 100;
    static constexpr int invitationDays = 14;

    /// Reasons keyed by "name", "externalId", "technicalContactEmail", "businessContactEmail",
    /// "agreement" (an existing one), "agreement.<key>" (AgreementWriter's keys of a new one),
    /// "marketplaces", "syndication", "users"; empty when valid. Reads no database.
    static QMap<QString, QString> validate(const PartnerDraft& draft);
    /// Whether the acting user may add partners (distributor account, crm_admin/crm_manager).
    static bool canAddPartners(const ActingContext& acting);
    static Result<PartnerCreation> create(const QSqlDatabase& database, const ActingContext& acting,
                                          const PartnerDraft& draft);
    /// The link a partner opens to accept an invitation.
    static QString activationLink(const QString& token);
};
