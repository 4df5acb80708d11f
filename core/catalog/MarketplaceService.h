#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

/// A marketplace as its owner enters it.
struct MarketplaceInput {
    QString name;
    QStringList countries; ///< ISO 3166-1 alpha-2 codes
    QString currency;      ///< ISO 4217 code
};

/// One marketplace of the Marketplaces list, with what still uses it.
struct MarketplaceRow {
    QString id;
    QString name;
    QStringList countries;
    QString currency;
    int listings = 0;
    int listed = 0;
    int agreements = 0; ///< distribution or service agreements for it
    int contracts = 0;
    int leads = 0;
    qint64 createdAt = 0;
};

/// The acting distributor's or reseller's marketplaces (SPEC 2, 8): name unique per owner in any
/// case, countries and currency as ISO codes. Changed by its CRM admins and managers; every
/// change is one transaction with an event.
class MarketplaceService {
    Q_DECLARE_TR_FUNCTIONS(MarketplaceService)

public:
    static constexpr int maxNameLength = 100;

    /// A reason for each invalid field ("name", "countries", "currency"); empty when valid.
    static QMap<QString, QString> validate(const QSqlDatabase& database,
                                           const ActingContext& acting,
                                           const MarketplaceInput& input,
                                           const QString& marketplaceId = {});
    /// The acting account's marketplaces by name (none for a vendor).
    static Result<QList<MarketplaceRow>> list(const QSqlDatabase& database,
                                              const ActingContext& acting);
    static Result<MarketplaceRow> marketplace(const QSqlDatabase& database,
                                              const ActingContext& acting,
                                              const QString& marketplaceId);
    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const MarketplaceInput& input);
    static Result<void> update(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& marketplaceId, const MarketplaceInput& input);
    /// Refused while anything uses the marketplace (deleteRefusal()).
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& marketplaceId);
    static QString deleteRefusal(const MarketplaceRow& row);
};
