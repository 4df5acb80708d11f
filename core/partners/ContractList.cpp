#include "partners/ContractList.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<ContractListRow>> ContractList::of(const QSqlDatabase& database,
                                                const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT c.id, c.type, ag.id, ag.name, v.version, other.id, other.name,
               coalesce(m.name, ''), c.status, c.updated_at, c.version
          FROM contracts c
          JOIN agreements ag ON ag.id = c.agreement_id
          JOIN agreement_versions v ON v.id = c.agreement_version_id
          JOIN accounts other ON other.id = CASE WHEN c.issuer_account_id = :account
                                                 THEN c.partner_account_id
                                                 ELSE c.issuer_account_id END
          LEFT JOIN marketplaces m ON m.id = c.marketplace_id
         WHERE c.id IN (SELECT id FROM contracts WHERE issuer_account_id = :account
                        UNION SELECT id FROM contracts WHERE partner_account_id = :account)
         ORDER BY c.updated_at DESC, c.id)"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<ContractListRow> rows;
    while (query.next()) {
        ContractListRow row;
        row.id = query.value(0).toString();
        row.typeKey = query.value(1).toString();
        row.agreementId = query.value(2).toString();
        row.agreementName = query.value(3).toString();
        row.agreementVersion = query.value(4).toInt();
        row.partnerAccountId = query.value(5).toString();
        row.partnerName = query.value(6).toString();
        row.marketplace = query.value(7).toString();
        row.statusKey = query.value(8).toString();
        row.updatedAt = query.value(9).toLongLong();
        row.rowVersion = query.value(10).toLongLong();
        rows << row;
    }
    return rows;
}
