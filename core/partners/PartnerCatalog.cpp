#include "partners/PartnerCatalog.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<LeadOption>> PartnerCatalog::agreements(const QSqlDatabase& database,
                                                     const ActingContext& acting,
                                                     AgreementType type)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.name, coalesce((SELECT version FROM agreement_versions "
        "WHERE agreement_id = a.id AND active = 1), 0) FROM agreements a "
        "WHERE a.owner_account_id = ? AND a.type = ? ORDER BY a.name COLLATE NOCASE, a.id"));
    query.addBindValue(acting.accountId);
    query.addBindValue(agreementTypes.key(type));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadOption> list;
    while (query.next())
        list << LeadOption{
            query.value(0).toString(), query.value(1).toString(),
            tr("%1 \u00b7 version %2").arg(query.value(0).toString()).arg(query.value(2).toInt())};
    return list;
}

Result<QList<MarketplaceChoice>> PartnerCatalog::marketplaces(const QSqlDatabase& database,
                                                              const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.name, replace(m.countries, ',', ', ') || ' \u00b7 ' || m.currency, "
        "coalesce(a.name, '') FROM marketplaces m "
        "LEFT JOIN agreements a ON a.marketplace_id = m.id AND a.type = 'distribution' "
        "WHERE m.owner_account_id = ? ORDER BY m.name COLLATE NOCASE, m.id"));
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<MarketplaceChoice> list;
    while (query.next())
        list << MarketplaceChoice{query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString()};
    return list;
}

Result<QList<LeadOption>> PartnerCatalog::productGroups(const QSqlDatabase& database,
                                                        const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT g.id, g.name, (SELECT count(*) FROM product_group_products WHERE group_id = g.id) "
        "FROM product_groups g WHERE g.owner_account_id = ? ORDER BY g.name COLLATE NOCASE, g.id"));
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadOption> list;
    while (query.next())
        list << LeadOption{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toInt() == 1
                               ? tr("1 product")
                               : tr("%1 products").arg(query.value(2).toInt())};
    return list;
}
