#include "partners/AgreementList.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<AgreementListRow>> AgreementList::of(const QSqlDatabase& database,
                                                  const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT a.id, a.type, a.name,
               coalesce((SELECT version FROM agreement_versions
                          WHERE agreement_id = a.id AND active = 1), 0),
               (SELECT count(*) FROM agreement_versions WHERE agreement_id = a.id),
               coalesce(parent.name, ''), coalesce(m.name, ''),
               (SELECT count(*) FROM contracts WHERE agreement_id = a.id),
               a.updated_at
          FROM agreements a
          LEFT JOIN agreements parent ON parent.id = a.parent_agreement_id
          LEFT JOIN marketplaces m ON m.id = a.marketplace_id
         WHERE a.owner_account_id = :account
         ORDER BY CASE a.type WHEN 'program' THEN 0 WHEN 'distribution' THEN 1
                  WHEN 'service' THEN 2 WHEN 'syndication' THEN 3 ELSE 4 END,
                  a.name COLLATE NOCASE, a.id)"));
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<AgreementListRow> rows;
    while (query.next()) {
        AgreementListRow row;
        row.id = query.value(0).toString();
        row.typeKey = query.value(1).toString();
        row.name = query.value(2).toString();
        row.activeVersion = query.value(3).toInt();
        row.versionCount = query.value(4).toInt();
        row.parentName = query.value(5).toString();
        row.marketplace = query.value(6).toString();
        row.contracts = query.value(7).toInt();
        row.updatedAt = query.value(8).toLongLong();
        rows << row;
    }
    return rows;
}
