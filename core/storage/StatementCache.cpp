#include "storage/StatementCache.h"

#include "storage/SqlError.h"

#include <QSqlError>

StatementCache::StatementCache(QSqlDatabase database)
    : m_database(std::move(database))
{
}

StatementCache::~StatementCache() = default;

Result<QSqlQuery*> StatementCache::prepared(const QString& sql)
{
    if (auto found = m_queries.find(sql); found != m_queries.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_database);
    if (!query->prepare(sql))
        return SqlError::toError(query->lastError());
    QSqlQuery* result = query.get();
    m_queries.emplace(sql, std::move(query));
    return result;
}
