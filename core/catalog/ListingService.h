#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// One listing as the vendor and the marketplace's owner see it.
struct ListingRow {
    QString id;
    QString productId;
    QString productName;
    QString vendorId;
    QString vendorName;
    QString marketplaceId;
    QString marketplaceName;
    QString ownerId; ///< the marketplace's owner
    QString ownerName;
    QString contractId;
    QString contractStatusKey;
    QString statusKey;
    int leads = 0;
    int leadForms = 0;
    qint64 createdAt = 0;
};

/// Something a listing request may pick: a product, or a marketplace (detail: its owner).
struct ListingChoice {
    QString id;
    QString name;
    QString detail;
    QString unavailableReason; ///< why it cannot be picked; empty when it can
};

/// Listings (SPEC 2, 8): a vendor requests the listing of one of its published products on a
/// marketplace where it has an Active distribution contract (the listing starts unlisted, with
/// that contract); the marketplace's owner lists or unlists it; the vendor may withdraw a
/// request that nothing uses yet. Managers only; one transaction with an event each.
class ListingService {
    Q_DECLARE_TR_FUNCTIONS(ListingService)

public:
    /// The vendor's listings (of its products) or the owner's (on its marketplaces), by product
    /// and marketplace.
    static Result<QList<ListingRow>> list(const QSqlDatabase& database,
                                          const ActingContext& acting);
    static Result<ListingRow> listing(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& listingId);
    /// The acting vendor's published products, by name.
    static Result<QList<ListingChoice>> productChoices(const QSqlDatabase& database,
                                                       const ActingContext& acting);
    /// The marketplaces where the acting vendor has an Active distribution contract, by name;
    /// those where productId has a listing already are unavailable, with the reason.
    static Result<QList<ListingChoice>> marketplaceChoices(const QSqlDatabase& database,
                                                           const ActingContext& acting,
                                                           const QString& productId);
    /// Creates the listing, unlisted, with the distribution contract; returns its ID.
    static Result<QString> request(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& productId, const QString& marketplaceId);
    /// By the marketplace's owner. Listing needs a published product and the vendor's Active
    /// distribution contract for the marketplace.
    static Result<void> setListed(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& listingId, bool listed);
    /// The vendor takes back an unlisted listing no lead or lead form uses.
    static Result<void> withdraw(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& listingId);
    /// Why the listing may not be withdrawn, or an empty string.
    static QString withdrawRefusal(const ListingRow& row);
};
