#include "catalog/ProductService.h"

#include "catalog/CatalogAccess.h"
#include "common/IdGenerator.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QStringList fieldOrder = {QStringLiteral("name"), QStringLiteral("description"),
                                QStringLiteral("status")};

const QString selectRows = QStringLiteral(R"(
    SELECT p.id, p.name, p.description, p.status,
           (SELECT count(*) FROM listings l WHERE l.product_id = p.id),
           (SELECT count(*) FROM listings l WHERE l.product_id = p.id AND l.status = 'listed'),
           (SELECT count(*) FROM product_group_products g WHERE g.product_id = p.id),
           (SELECT count(*) FROM leads d WHERE d.product_id = p.id),
           p.created_at
      FROM products p
     WHERE p.vendor_account_id = ? %1
     ORDER BY p.name COLLATE NOCASE, p.id)");

Result<QList<ProductRow>> readRows(const QSqlDatabase& database, const QString& accountId,
                                   const QString& productId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QVariantList values{accountId};
    QString condition;
    if (!productId.isEmpty()) {
        condition = QStringLiteral("AND p.id = ?");
        values << productId;
    }
    if (auto done = SqlError::exec(query, selectRows.arg(condition), values); !done)
        return done.error();
    QList<ProductRow> rows;
    while (query.next()) {
        ProductRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.description = query.value(2).toString();
        row.statusKey = query.value(3).toString();
        row.listings = query.value(4).toInt();
        row.listed = query.value(5).toInt();
        row.groups = query.value(6).toInt();
        row.leads = query.value(7).toInt();
        row.createdAt = query.value(8).toLongLong();
        rows << row;
    }
    return rows;
}

} // namespace

QMap<QString, QString> ProductService::validate(const QSqlDatabase& database,
                                                const ActingContext& acting,
                                                const ProductInput& input, const QString& productId)
{
    QMap<QString, QString> reasons;
    if (QString problem = CatalogAccess::textProblem(input.name, maxNameLength, true);
        !problem.isEmpty())
        reasons.insert(QStringLiteral("name"), problem);
    if (QString problem = CatalogAccess::textProblem(input.description, maxDescriptionLength, false,
                                                     PlainText::Lines::Multiple);
        !problem.isEmpty())
        reasons.insert(QStringLiteral("description"), problem);
    if (!reasons.contains(QStringLiteral("name")))
        if (QString taken = CatalogAccess::nameTaken(
                database, QStringLiteral("products"), QStringLiteral("vendor_account_id"),
                acting.accountId, input.name, productId,
                tr("You already have a product named \u201c%1\u201d."));
            !taken.isEmpty())
            reasons.insert(QStringLiteral("name"), taken);
    if (!productId.isEmpty() && input.status == ProductStatus::Draft) {
        auto listed = CatalogAccess::count(
            database,
            QStringLiteral(
                "SELECT count(*) FROM listings WHERE product_id = ? AND status = 'listed'"),
            {productId});
        if (listed && listed.value() > 0)
            reasons.insert(QStringLiteral("status"),
                           tr("It is listed on %n marketplace(s): it stays published until the "
                              "marketplace owners unlist it.",
                              nullptr, listed.value()));
    }
    return reasons;
}

Result<QList<ProductRow>> ProductService::list(const QSqlDatabase& database,
                                               const ActingContext& acting)
{
    if (acting.accountRole != AccountRole::Vendor)
        return QList<ProductRow>();
    return readRows(database, acting.accountId, {});
}

Result<ProductRow> ProductService::product(const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& productId)
{
    return CatalogAccess::single(readRows(database, acting.accountId, productId),
                                 tr("There is no product %1 of yours.").arg(productId));
}

Result<QString> ProductService::create(const QSqlDatabase& database, const ActingContext& acting,
                                       const ProductInput& input)
{
    if (!CatalogAccess::canManageProducts(acting))
        return CatalogAccess::productsDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto reasons = validate(database, acting, input); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    IdGenerator ids(database);
    auto id = ids.next(IdKind::Product);
    if (!id)
        return id.error();
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral("INSERT INTO products(id, name, vendor_account_id, description, status, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id.value(), CatalogAccess::trimmed(input.name), acting.accountId,
             CatalogAccess::trimmed(input.description), productStatuses.key(input.status),
             CatalogAccess::now()},
            QStringLiteral("product"), id.value(), QStringLiteral("created"),
            {{QStringLiteral("name"), CatalogAccess::trimmed(input.name)},
             {QStringLiteral("status"), productStatuses.key(input.status)}});
        !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> ProductService::update(const QSqlDatabase& database, const ActingContext& acting,
                                    const QString& productId, const ProductInput& input)
{
    if (!CatalogAccess::canManageProducts(acting))
        return CatalogAccess::productsDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto before = product(database, acting, productId);
    if (!before)
        return before.error();
    if (auto reasons = validate(database, acting, input, productId); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    QJsonObject changes;
    if (before->name != CatalogAccess::trimmed(input.name))
        changes.insert(QStringLiteral("name"), CatalogAccess::trimmed(input.name));
    if (before->description != CatalogAccess::trimmed(input.description))
        changes.insert(QStringLiteral("description"), CatalogAccess::trimmed(input.description));
    if (before->statusKey != productStatuses.key(input.status))
        changes.insert(QStringLiteral("status"), productStatuses.key(input.status));
    if (changes.isEmpty())
        return {};
    const bool published =
        changes.contains(QStringLiteral("status")) && input.status == ProductStatus::Published;
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral(
                "UPDATE products SET name = ?, description = ?, status = ? WHERE id = ?"),
            {CatalogAccess::trimmed(input.name), CatalogAccess::trimmed(input.description),
             productStatuses.key(input.status), productId},
            QStringLiteral("product"), productId,
            published ? QStringLiteral("published") : QStringLiteral("updated"), changes);
        !written)
        return written;
    return transaction.commit();
}

Result<void> ProductService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                    const QString& productId)
{
    if (!CatalogAccess::canManageProducts(acting))
        return CatalogAccess::productsDenied();
    return CatalogAccess::removeRecord(
        database, acting, QStringLiteral("products"), QStringLiteral("product"), productId,
        QStringLiteral("deleted"), [&] { return product(database, acting, productId); },
        &ProductService::deleteRefusal,
        [](const auto& row) {
            return QJsonObject{{QStringLiteral("name"), row.name}};
        });
}

QString ProductService::deleteRefusal(const ProductRow& row)
{
    if (row.leads > 0)
        return tr("%1 cannot be deleted: %n lead(s) are for it.", nullptr, row.leads).arg(row.name);
    if (row.listings > 0)
        return tr("%1 cannot be deleted: it has %n listing(s) on marketplaces.", nullptr,
                  row.listings)
            .arg(row.name);
    if (row.groups > 0)
        return tr("%1 cannot be deleted: it is in %n product group(s) of distributors.", nullptr,
                  row.groups)
            .arg(row.name);
    return {};
}
