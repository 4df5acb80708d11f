#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

/// Prepared statements of one connection, each prepared on first use and then reused: for code
/// that runs the same statements many times (imports write thousands of rows per transaction).
class StatementCache {
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(QSqlDatabase database);
    ~StatementCache();

    /// The statement for sql, prepared; bind and exec it as usual. sql is a constant of the
    /// caller, never built from input. The pointer lives as long as the cache.
    Result<QSqlQuery*> prepared(const QString& sql);
    QSqlDatabase database() const { return m_database; }

private:
    QSqlDatabase m_database;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};
