#include "leads/LeadDirectory.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

namespace {
// Two indexed branches instead of one OR, so each uses its own index.
const QString visibleLeadIds = QStringLiteral(
    "SELECT id FROM leads WHERE vendor_account_id = :account "
    "UNION SELECT id FROM leads WHERE distributor_account_id = :account");
} // namespace

namespace {

const QString selectRows = QStringLiteral(
    "SELECT l.id, l.name, co.name, trim(ct.first_name || ' ' || "
    "CASE WHEN ct.middle_name <> '' THEN ct.middle_name || ' ' ELSE '' END || ct.last_name), "
    "l.source, p.name, m.name, l.status, coalesce(u.name, ''), l.created_at, "
    "l.company_id, l.contact_id, l.product_id, l.marketplace_id, v.id, v.name "
    "FROM leads l "
    "JOIN companies co ON co.id = l.company_id "
    "JOIN contacts ct ON ct.id = l.contact_id "
    "JOIN products p ON p.id = l.product_id "
    "JOIN marketplaces m ON m.id = l.marketplace_id "
    "JOIN accounts v ON v.id = l.vendor_account_id "
    "LEFT JOIN users u ON u.id = l.owner_user_id ");

LeadDirectoryRow toRow(const QSqlQuery& query)
{
    LeadDirectoryRow row;
    row.id = query.value(0).toString();
    row.name = query.value(1).toString();
    row.company = query.value(2).toString();
    row.contact = query.value(3).toString();
    row.sourceKey = query.value(4).toString();
    row.product = query.value(5).toString();
    row.marketplace = query.value(6).toString();
    row.statusKey = query.value(7).toString();
    row.owner = query.value(8).toString();
    row.createdAt = query.value(9).toLongLong();
    row.companyId = query.value(10).toString();
    row.contactId = query.value(11).toString();
    row.productId = query.value(12).toString();
    row.marketplaceId = query.value(13).toString();
    row.vendorAccountId = query.value(14).toString();
    row.vendorName = query.value(15).toString();
    return row;
}

} // namespace

Result<QList<LeadDirectoryRow>> LeadDirectory::visibleTo(const QSqlDatabase& database,
                                                         const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(selectRows + QStringLiteral("WHERE l.id IN (") + visibleLeadIds
                  + QStringLiteral(") ORDER BY l.created_at DESC, l.id"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadDirectoryRow> rows;
    while (query.next())
        rows << toRow(query);
    return rows;
}

Result<LeadDirectoryRow> LeadDirectory::find(const QSqlDatabase& database,
                                             const ActingContext& acting, const QString& leadId)
{
    QSqlQuery query(database);
    query.prepare(selectRows + QStringLiteral(
        "WHERE l.id = :lead AND (l.vendor_account_id = :account "
        "OR l.distributor_account_id = :account)"));
    query.bindValue(QStringLiteral(":lead"), leadId);
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     LeadDirectory::tr("There is no lead %1 in your portal.").arg(leadId)};
    return toRow(query);
}

Result<int> LeadDirectory::countVisibleTo(const QSqlDatabase& database, const ActingContext& acting)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + visibleLeadIds + QStringLiteral(")"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    query.next();
    return query.value(0).toInt();
}
