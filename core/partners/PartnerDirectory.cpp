#include "partners/PartnerDirectory.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<PartnerDirectoryRow>> PartnerDirectory::of(const QSqlDatabase& database,
                                                        const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        WITH me(id) AS (SELECT :account),
        partners(account_id, status) AS (
            SELECT partner_account_id, status FROM partnerships
             WHERE owner_account_id = (SELECT id FROM me)
            UNION ALL
            SELECT owner_account_id, status FROM partnerships theirs
             WHERE partner_account_id = (SELECT id FROM me)
               AND NOT EXISTS (SELECT 1 FROM partnerships mine
                                WHERE mine.owner_account_id = (SELECT id FROM me)
                                  AND mine.partner_account_id = theirs.owner_account_id)),
        contract_counts(other, program, distribution, service, syndication) AS (
            SELECT partner_account_id, sum(type = 'program'), sum(type = 'distribution'),
                   sum(type = 'service'), sum(type = 'syndication')
              FROM contracts WHERE issuer_account_id = (SELECT id FROM me)
             GROUP BY partner_account_id
            UNION ALL
            SELECT issuer_account_id, sum(type = 'program'), sum(type = 'distribution'),
                   sum(type = 'service'), sum(type = 'syndication')
              FROM contracts WHERE partner_account_id = (SELECT id FROM me)
             GROUP BY issuer_account_id),
        listing_counts(other, listings) AS (
            SELECT m.owner_account_id, count(*) FROM listings l
              JOIN products p ON p.id = l.product_id
              JOIN marketplaces m ON m.id = l.marketplace_id
             WHERE p.vendor_account_id = (SELECT id FROM me) AND l.status = 'listed'
             GROUP BY m.owner_account_id
            UNION ALL
            SELECT p.vendor_account_id, count(*) FROM listings l
              JOIN products p ON p.id = l.product_id
              JOIN marketplaces m ON m.id = l.marketplace_id
             WHERE m.owner_account_id = (SELECT id FROM me) AND l.status = 'listed'
             GROUP BY p.vendor_account_id)
        SELECT a.id, a.name, a.role, a.technical_contact_name, a.technical_contact_email,
               a.business_contact_name, a.business_contact_email,
               (SELECT coalesce(sum(program), 0) FROM contract_counts WHERE other = a.id),
               (SELECT coalesce(sum(distribution), 0) FROM contract_counts WHERE other = a.id),
               (SELECT coalesce(sum(service), 0) FROM contract_counts WHERE other = a.id),
               (SELECT coalesce(sum(syndication), 0) FROM contract_counts WHERE other = a.id),
               (SELECT coalesce(sum(listings), 0) FROM listing_counts WHERE other = a.id),
               p.status
          FROM partners p JOIN accounts a ON a.id = p.account_id
         ORDER BY a.name COLLATE NOCASE, a.id)"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<PartnerDirectoryRow> rows;
    while (query.next()) {
        PartnerDirectoryRow row;
        row.accountId = query.value(0).toString();
        row.name = query.value(1).toString();
        row.roleKey = query.value(2).toString();
        row.technicalContactName = query.value(3).toString();
        row.technicalContactEmail = query.value(4).toString();
        row.businessContactName = query.value(5).toString();
        row.businessContactEmail = query.value(6).toString();
        row.programContracts = query.value(7).toInt();
        row.distributionContracts = query.value(8).toInt();
        row.serviceContracts = query.value(9).toInt();
        row.syndicationContracts = query.value(10).toInt();
        row.listings = query.value(11).toInt();
        row.statusKey = query.value(12).toString();
        rows << row;
    }
    return rows;
}
