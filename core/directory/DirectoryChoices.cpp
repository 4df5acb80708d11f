#include "directory/DirectoryChoices.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

Result<QList<DirectoryChoice>> DirectoryChoices::fromSql(const QSqlDatabase& database,
                                                         const ActingContext& acting,
                                                         const QString& sql)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto prepared = SqlError::prepare(query, sql); !prepared)
        return prepared.error();
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<DirectoryChoice> choices;
    while (query.next())
        choices << DirectoryChoice{query.value(0).toString(), query.value(1).toString()};
    if (auto read = SqlError::readToEnd(query); !read)
        return read.error();
    return choices;
}
