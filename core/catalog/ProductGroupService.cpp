#include "catalog/ProductGroupService.h"

#include "catalog/CatalogAccess.h"
#include "common/IdGenerator.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QStringList fieldOrder = {QStringLiteral("name"), QStringLiteral("description"),
                                QStringLiteral("products")};

QStringList unique(const QStringList& ids)
{
    QStringList result;
    for (const QString& id : ids)
        if (!id.isEmpty() && !result.contains(id))
            result << id;
    return result;
}

Result<QList<ProductGroupRow>> readRows(const QSqlDatabase& database, const QString& accountId,
                                        const QString& groupId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QVariantList values{accountId};
    QString condition;
    if (!groupId.isEmpty()) {
        condition = QStringLiteral("AND g.id = ?");
        values << groupId;
    }
    const QString sql = QStringLiteral(R"(
        SELECT g.id, g.name, g.description,
               (SELECT count(*) FROM agreement_product_groups a WHERE a.group_id = g.id),
               g.created_at
          FROM product_groups g
         WHERE g.owner_account_id = ? %1
         ORDER BY g.name COLLATE NOCASE, g.id)")
                            .arg(condition);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done.error();
    QList<ProductGroupRow> rows;
    while (query.next()) {
        ProductGroupRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.description = query.value(2).toString();
        row.agreements = query.value(3).toInt();
        row.createdAt = query.value(4).toLongLong();
        rows << row;
    }
    QSqlQuery products(database);
    products.setForwardOnly(true);
    if (auto prepared = SqlError::prepare(
            products, QStringLiteral("SELECT p.id, p.name FROM product_group_products gp "
                                     "JOIN products p ON p.id = gp.product_id "
                                     "WHERE gp.group_id = ? ORDER BY p.name COLLATE NOCASE, p.id"));
        !prepared)
        return prepared.error();
    for (ProductGroupRow& row : rows) {
        products.addBindValue(row.id);
        if (auto done = SqlError::exec(products); !done)
            return done.error();
        while (products.next()) {
            row.productIds << products.value(0).toString();
            row.productNames << products.value(1).toString();
        }
    }
    return rows;
}

Result<void> writeProducts(const QSqlDatabase& database, const QString& groupId,
                           const QStringList& productIds)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query, QStringLiteral("DELETE FROM product_group_products WHERE group_id = ?"),
            {groupId});
        !done)
        return done;
    if (auto prepared = SqlError::prepare(
            query, QStringLiteral(
                       "INSERT INTO product_group_products(group_id, product_id) VALUES (?, ?)"));
        !prepared)
        return prepared;
    for (const QString& productId : productIds) {
        query.addBindValue(groupId);
        query.addBindValue(productId);
        if (auto done = SqlError::exec(query); !done)
            return done;
    }
    return {};
}

} // namespace

Result<QList<GroupProductChoice>> ProductGroupService::productChoices(const QSqlDatabase& database,
                                                                      const ActingContext& acting,
                                                                      const QString& groupId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, QStringLiteral(R"(
        SELECT p.id, p.name, v.name FROM products p JOIN accounts v ON v.id = p.vendor_account_id
         WHERE (p.status = 'published' AND p.vendor_account_id IN (
                    SELECT partner_account_id FROM partner_links
                     WHERE viewer_account_id = ? AND status <> 'removed'))
            OR p.id IN (SELECT product_id FROM product_group_products WHERE group_id = ?)
         ORDER BY p.name COLLATE NOCASE, v.name COLLATE NOCASE, p.id)"),
                                   {acting.accountId, groupId});
        !done)
        return done.error();
    QList<GroupProductChoice> choices;
    while (query.next())
        choices << GroupProductChoice{query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toString()};
    return choices;
}

QMap<QString, QString> ProductGroupService::validate(const QSqlDatabase& database,
                                                     const ActingContext& acting,
                                                     const ProductGroupInput& input,
                                                     const QString& groupId)
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
                database, QStringLiteral("product_groups"), QStringLiteral("owner_account_id"),
                acting.accountId, input.name, groupId,
                tr("You already have a product group named \u201c%1\u201d."));
            !taken.isEmpty())
            reasons.insert(QStringLiteral("name"), taken);
    auto choices = productChoices(database, acting, groupId);
    if (!choices) {
        reasons.insert(QStringLiteral("products"), choices.error().message);
        return reasons;
    }
    for (const QString& productId : unique(input.productIds))
        if (std::none_of(choices->cbegin(), choices->cend(),
                         [&productId](const GroupProductChoice& c) { return c.id == productId; })) {
            reasons.insert(QStringLiteral("products"),
                           tr("The product %1 is not a published product of one of your "
                              "vendors.")
                               .arg(productId));
            break;
        }
    return reasons;
}

Result<QList<ProductGroupRow>> ProductGroupService::list(const QSqlDatabase& database,
                                                         const ActingContext& acting)
{
    if (acting.accountRole == AccountRole::Vendor)
        return QList<ProductGroupRow>();
    return readRows(database, acting.accountId, {});
}

Result<ProductGroupRow> ProductGroupService::group(const QSqlDatabase& database,
                                                   const ActingContext& acting,
                                                   const QString& groupId)
{
    return CatalogAccess::single(readRows(database, acting.accountId, groupId),
                                 tr("There is no product group %1 of yours.").arg(groupId));
}

Result<QString> ProductGroupService::create(const QSqlDatabase& database,
                                            const ActingContext& acting,
                                            const ProductGroupInput& input)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto reasons = validate(database, acting, input); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    IdGenerator ids(database);
    auto id = ids.next(IdKind::ProductGroup);
    if (!id)
        return id.error();
    const qint64 at = CatalogAccess::now();
    const QStringList products = unique(input.productIds);
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO product_groups(id, name, description, owner_account_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"),
            {id.value(), CatalogAccess::trimmed(input.name),
             CatalogAccess::trimmed(input.description), acting.accountId, at});
        !done)
        return done.error();
    if (auto written = writeProducts(database, id.value(), products); !written)
        return written.error();
    if (auto recorded = CatalogAccess::record(
            database, acting, QStringLiteral("product_group"), id.value(),
            QStringLiteral("created"),
            {{QStringLiteral("name"), CatalogAccess::trimmed(input.name)},
             {QStringLiteral("products"), QJsonArray::fromStringList(products)}},
            at);
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> ProductGroupService::update(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& groupId, const ProductGroupInput& input)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto before = group(database, acting, groupId);
    if (!before)
        return before.error();
    if (auto reasons = validate(database, acting, input, groupId); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    QStringList products = unique(input.productIds);
    QJsonObject changes;
    if (before->name != CatalogAccess::trimmed(input.name))
        changes.insert(QStringLiteral("name"), CatalogAccess::trimmed(input.name));
    if (before->description != CatalogAccess::trimmed(input.description))
        changes.insert(QStringLiteral("description"), CatalogAccess::trimmed(input.description));
    QStringList sortedBefore = before->productIds;
    QStringList sortedAfter = products;
    sortedBefore.sort();
    sortedAfter.sort();
    if (sortedBefore != sortedAfter)
        changes.insert(QStringLiteral("products"), QJsonArray::fromStringList(products));
    if (changes.isEmpty())
        return {};
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("UPDATE product_groups SET name = ?, description = ? WHERE id = ?"),
            {CatalogAccess::trimmed(input.name), CatalogAccess::trimmed(input.description),
             groupId});
        !done)
        return done;
    if (auto written = writeProducts(database, groupId, products); !written)
        return written;
    if (auto recorded =
            CatalogAccess::record(database, acting, QStringLiteral("product_group"), groupId,
                                  QStringLiteral("updated"), changes, CatalogAccess::now());
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<void> ProductGroupService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& groupId)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    return CatalogAccess::removeRecord(
        database, acting, QStringLiteral("product_groups"), QStringLiteral("product_group"),
        groupId, QStringLiteral("deleted"), [&] { return group(database, acting, groupId); },
        &ProductGroupService::deleteRefusal,
        [](const auto& row) {
            return QJsonObject{{QStringLiteral("name"), row.name}};
        });
}

QString ProductGroupService::deleteRefusal(const ProductGroupRow& row)
{
    if (row.agreements > 0)
        return tr("%1 cannot be deleted: %n agreement(s) offer it to partners.", nullptr,
                  row.agreements)
            .arg(row.name);
    return {};
}
