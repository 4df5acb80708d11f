#pragma once

#include "common/Result.h"
#include "leads/LeadOption.h"
#include "partners/AgreementType.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// A marketplace the Add partner wizard offers, with why it may not be picked for a vendor.
struct MarketplaceChoice {
    QString id;
    QString name;
    QString detail;           ///< countries and currency
    QString takenByAgreement; ///< the distribution agreement it already has, or empty
};

/// What the Add partner wizard's steps offer, read for the acting account.
class PartnerCatalog {
    Q_DECLARE_TR_FUNCTIONS(PartnerCatalog)

public:
    /// The acting account's agreements of type (detail: active version), by name.
    static Result<QList<LeadOption>> agreements(const QSqlDatabase& database,
                                                const ActingContext& acting, AgreementType type);
    static Result<QList<MarketplaceChoice>> marketplaces(const QSqlDatabase& database,
                                                         const ActingContext& acting);
    /// The acting account's product groups (detail: number of products).
    static Result<QList<LeadOption>> productGroups(const QSqlDatabase& database,
                                                   const ActingContext& acting);
};
