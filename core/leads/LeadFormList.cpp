#include "leads/LeadFormList.h"

#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<LeadFormListRow>> LeadFormList::of(const QSqlDatabase& database,
                                                const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(database, QStringLiteral(R"(
        SELECT f.id, f.name, f.status,
               (SELECT count(*) FROM lead_form_listings WHERE form_id = f.id),
               coalesce(json_array_length(f.schema, '$.customFields'), 0),
               f.updated_at
          FROM lead_forms f
         WHERE f.vendor_account_id = :account
         ORDER BY f.status, f.name COLLATE NOCASE, f.id)")));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadFormListRow> rows;
    while (query.next()) {
        LeadFormListRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.statusKey = query.value(2).toString();
        row.products = query.value(3).toInt();
        row.customFields = query.value(4).toInt();
        row.updatedAt = query.value(5).toLongLong();
        rows << row;
    }
    return rows;
}
