#include "catalog/ListingService.h"

#include "catalog/CatalogAccess.h"
#include "catalog/ListingStatus.h"
#include "common/IdGenerator.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

/// The Active distribution contract of the product's vendor for the marketplace, issued by its
/// owner (the newest when there are several).
const QString activeContractSql = QStringLiteral(
    "SELECT c.id FROM contracts c JOIN marketplaces m ON m.id = c.marketplace_id "
    "WHERE c.marketplace_id = ? AND c.partner_account_id = ? AND c.status = 'active' "
    "AND c.type = 'distribution' AND c.issuer_account_id = m.owner_account_id "
    "ORDER BY c.updated_at DESC, c.id LIMIT 1");

Result<QString> activeContract(const QSqlDatabase& database, const QString& marketplaceId,
                               const QString& vendorId)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query, activeContractSql, {marketplaceId, vendorId}); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<QList<ListingRow>> readRows(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& listingId)
{
    // A vendor sees the listings of its products, others the listings on their marketplaces.
    const QString visible = acting.accountRole == AccountRole::Vendor
                                ? QStringLiteral("p.vendor_account_id = ?")
                                : QStringLiteral("m.owner_account_id = ?");
    QVariantList values{acting.accountId};
    QString condition;
    if (!listingId.isEmpty()) {
        condition = QStringLiteral("AND l.id = ?");
        values << listingId;
    }
    const QString sql = QStringLiteral(R"(
        SELECT l.id, p.id, p.name, v.id, v.name, m.id, m.name, o.id, o.name,
               coalesce(l.contract_id, ''), coalesce(c.status, ''), l.status,
               (SELECT count(*) FROM leads d WHERE d.listing_id = l.id),
               (SELECT count(*) FROM lead_form_listings f WHERE f.listing_id = l.id),
               l.created_at
          FROM listings l
          JOIN products p ON p.id = l.product_id
          JOIN accounts v ON v.id = p.vendor_account_id
          JOIN marketplaces m ON m.id = l.marketplace_id
          JOIN accounts o ON o.id = m.owner_account_id
          LEFT JOIN contracts c ON c.id = l.contract_id
         WHERE %1 %2
         ORDER BY p.name COLLATE NOCASE, m.name COLLATE NOCASE, l.id)")
                            .arg(visible, condition);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done.error();
    QList<ListingRow> rows;
    while (query.next()) {
        ListingRow row;
        row.id = query.value(0).toString();
        row.productId = query.value(1).toString();
        row.productName = query.value(2).toString();
        row.vendorId = query.value(3).toString();
        row.vendorName = query.value(4).toString();
        row.marketplaceId = query.value(5).toString();
        row.marketplaceName = query.value(6).toString();
        row.ownerId = query.value(7).toString();
        row.ownerName = query.value(8).toString();
        row.contractId = query.value(9).toString();
        row.contractStatusKey = query.value(10).toString();
        row.statusKey = query.value(11).toString();
        row.leads = query.value(12).toInt();
        row.leadForms = query.value(13).toInt();
        row.createdAt = query.value(14).toLongLong();
        rows << row;
    }
    return rows;
}

} // namespace

Result<QList<ListingRow>> ListingService::list(const QSqlDatabase& database,
                                               const ActingContext& acting)
{
    return readRows(database, acting, {});
}

Result<ListingRow> ListingService::listing(const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& listingId)
{
    return CatalogAccess::single(readRows(database, acting, listingId),
                                 tr("There is no listing %1 in your portal.").arg(listingId));
}

Result<QList<ListingChoice>> ListingService::productChoices(const QSqlDatabase& database,
                                                            const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT id, name FROM products WHERE vendor_account_id = ? "
                           "AND status = 'published' ORDER BY name COLLATE NOCASE, id"),
            {acting.accountId});
        !done)
        return done.error();
    QList<ListingChoice> choices;
    while (query.next())
        choices << ListingChoice{query.value(0).toString(), query.value(1).toString(), {}, {}};
    return choices;
}

Result<QList<ListingChoice>> ListingService::marketplaceChoices(const QSqlDatabase& database,
                                                                const ActingContext& acting,
                                                                const QString& productId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, QStringLiteral(R"(
        SELECT m.id, m.name, o.name,
               (SELECT l.status FROM listings l WHERE l.product_id = ? AND l.marketplace_id = m.id)
          FROM marketplaces m
          JOIN accounts o ON o.id = m.owner_account_id
         WHERE m.id IN (SELECT c.marketplace_id FROM contracts c
                         WHERE c.partner_account_id = ? AND c.type = 'distribution'
                           AND c.status = 'active' AND c.issuer_account_id = m.owner_account_id)
         ORDER BY m.name COLLATE NOCASE, m.id)"),
                                   {productId, acting.accountId});
        !done)
        return done.error();
    QList<ListingChoice> choices;
    while (query.next()) {
        ListingChoice choice{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}};
        if (!query.isNull(3))
            choice.unavailableReason =
                query.value(3).toString() == QLatin1String("listed")
                    ? tr("The product is listed there already.")
                    : tr("The product's listing there is requested already.");
        choices << choice;
    }
    return choices;
}

Result<QString> ListingService::request(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& productId, const QString& marketplaceId)
{
    if (!CatalogAccess::canManageProducts(acting))
        return CatalogAccess::productsDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery product(database);
    if (auto done = SqlError::exec(
            product,
            QStringLiteral(
                "SELECT name, status FROM products WHERE id = ? AND vendor_account_id = ?"),
            {productId, acting.accountId});
        !done)
        return done.error();
    if (!product.next())
        return Error{ErrorCode::NotFound, tr("Pick one of your products.")};
    if (product.value(1).toString() != QLatin1String("published"))
        return Error{ErrorCode::Invalid,
                     tr("%1 is a draft: publish it before requesting its listing.")
                         .arg(product.value(0).toString())};
    auto contract = activeContract(database, marketplaceId, acting.accountId);
    if (!contract)
        return contract.error();
    if (contract->isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("You have no Active distribution contract for this marketplace: a product "
                        "can be listed only where its vendor's distribution contract is "
                        "Active.")};
    auto existing = CatalogAccess::count(
        database,
        QStringLiteral("SELECT count(*) FROM listings WHERE product_id = ? AND marketplace_id = ?"),
        {productId, marketplaceId});
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{
            ErrorCode::AlreadyExists,
            tr("%1 has a listing on this marketplace already.").arg(product.value(0).toString())};
    IdGenerator ids(database);
    auto id = ids.next(IdKind::Listing);
    if (!id)
        return id.error();
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral("INSERT INTO listings(id, product_id, marketplace_id, contract_id, "
                           "status, created_at) VALUES (?, ?, ?, ?, 'unlisted', ?)"),
            {id.value(), productId, marketplaceId, contract.value(), CatalogAccess::now()},
            QStringLiteral("listing"), id.value(), QStringLiteral("requested"),
            {{QStringLiteral("product"), productId},
             {QStringLiteral("marketplace"), marketplaceId},
             {QStringLiteral("contract"), contract.value()}});
        !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> ListingService::setListed(const QSqlDatabase& database, const ActingContext& acting,
                                       const QString& listingId, bool listed)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto row = listing(database, acting, listingId);
    if (!row)
        return row.error();
    if (row->ownerId != acting.accountId)
        return Error{
            ErrorCode::PermissionDenied,
            tr("Only the owner of %1 may list or unlist its products.").arg(row->marketplaceName)};
    const QString status =
        listingStatuses.key(listed ? ListingStatus::Listed : ListingStatus::Unlisted);
    if (row->statusKey == status)
        return {};
    QString contractId = row->contractId;
    if (listed) {
        auto published = CatalogAccess::count(
            database,
            QStringLiteral("SELECT count(*) FROM products WHERE id = ? AND status = 'published'"),
            {row->productId});
        if (!published)
            return published.error();
        if (published.value() == 0)
            return Error{ErrorCode::Invalid, tr("%1 is a draft: its vendor must publish it before "
                                                "it can be listed.")
                                                 .arg(row->productName)};
        if (row->contractStatusKey != QLatin1String("active")) {
            auto contract = activeContract(database, row->marketplaceId, row->vendorId);
            if (!contract)
                return contract.error();
            if (contract->isEmpty())
                return Error{ErrorCode::Invalid,
                             tr("%1 has no Active distribution contract for %2: approve or renew "
                                "it before listing.")
                                 .arg(row->vendorName, row->marketplaceName)};
            contractId = contract.value();
        }
    }
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral("UPDATE listings SET status = ?, contract_id = ? WHERE id = ?"),
            {status, contractId.isEmpty() ? QVariant() : QVariant(contractId), listingId},
            QStringLiteral("listing"), listingId, status, {{QStringLiteral("status"), status}});
        !written)
        return written;
    return transaction.commit();
}

Result<void> ListingService::withdraw(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& listingId)
{
    if (!CatalogAccess::canManageProducts(acting))
        return CatalogAccess::productsDenied();
    return CatalogAccess::removeRecord(
        database, acting, QStringLiteral("listings"), QStringLiteral("listing"), listingId,
        QStringLiteral("withdrawn"), [&] { return listing(database, acting, listingId); },
        &ListingService::withdrawRefusal,
        [](const auto& row) {
            return QJsonObject{{QStringLiteral("product"), row.productId},
                               {QStringLiteral("marketplace"), row.marketplaceId}};
        });
}

QString ListingService::withdrawRefusal(const ListingRow& row)
{
    if (row.statusKey == QLatin1String("listed"))
        return tr("The listing is listed: only an unlisted listing can be withdrawn (ask %1 to "
                  "unlist it).")
            .arg(row.ownerName);
    if (row.leads > 0)
        return tr("The listing cannot be withdrawn: %n lead(s) came in through it.", nullptr,
                  row.leads);
    if (row.leadForms > 0)
        return tr("The listing cannot be withdrawn: %n lead form(s) apply to it.", nullptr,
                  row.leadForms);
    return {};
}
