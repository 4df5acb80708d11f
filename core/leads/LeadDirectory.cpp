#include "leads/LeadDirectory.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

namespace {
// Two indexed branches instead of one OR, so each uses its own index.
const QString visibleLeadIds = QStringLiteral(
    "SELECT id FROM leads WHERE vendor_account_id = :account "
    "UNION SELECT id FROM leads WHERE distributor_account_id = :account");
} // namespace

Result<QList<LeadDirectoryRow>> LeadDirectory::visibleTo(const QSqlDatabase& database,
                                                         const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.name, co.name, trim(ct.first_name || ' ' || "
        "CASE WHEN ct.middle_name <> '' THEN ct.middle_name || ' ' ELSE '' END || ct.last_name), l.source, "
        "p.name, m.name, l.status, coalesce(u.name, ''), l.created_at "
        "FROM leads l "
        "JOIN companies co ON co.id = l.company_id "
        "JOIN contacts ct ON ct.id = l.contact_id "
        "JOIN products p ON p.id = l.product_id "
        "JOIN marketplaces m ON m.id = l.marketplace_id "
        "LEFT JOIN users u ON u.id = l.owner_user_id "
        "WHERE l.id IN (") + visibleLeadIds + QStringLiteral(") ORDER BY l.created_at DESC, l.id"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadDirectoryRow> rows;
    while (query.next()) {
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
        rows << row;
    }
    return rows;
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
