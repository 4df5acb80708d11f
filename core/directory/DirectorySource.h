#pragma once

#include "common/Result.h"
#include "directory/DirectoryIndex.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySpec.h"
#include "directory/DirectoryStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

/// Reads a directory in windows: the rows the acting account may see, filtered, searched and
/// sorted by SQL with bound values, addressed by keys. Immutable, so one source serves any
/// number of threads (each with its own connection).
class DirectorySource {
    Q_DECLARE_TR_FUNCTIONS(DirectorySource)

public:
    explicit DirectorySource(DirectorySpec spec);

    const DirectorySpec& spec() const { return m_spec; }
    const QList<DirectoryColumn>& columns() const { return m_spec.columns; }
    int columnIndex(const QString& key) const;
    QStringList branchesFor(const ActingContext& acting) const;

    /// The query with its sort, filters and ranges checked against the columns (unknown or
    /// unsortable columns, and ranges that are not days in order, are refused with Invalid) and
    /// an empty sort replaced by the default.
    Result<DirectoryQuery> checked(const DirectoryQuery& query) const;

    /// Up to limit rows in the query's order, starting at from (or just after it when
    /// !inclusive), or at the first row when there is no from.
    Result<QList<DirectoryRow>> page(const QSqlDatabase& database, const ActingContext& acting,
                                     const DirectoryQuery& query,
                                     const std::optional<DirectoryKey>& from, bool inclusive,
                                     int limit) const;
    /// The SQL and bindings page() runs (reversed: from the end), for benchmarks and plans.
    Result<DirectoryStatement> pageStatement(const ActingContext& acting,
                                             const DirectoryQuery& query,
                                             const std::optional<DirectoryKey>& from,
                                             bool inclusive, bool reversed, int limit) const;
    /// The last limit rows, in the query's order.
    Result<QList<DirectoryRow>> lastPage(const QSqlDatabase& database, const ActingContext& acting,
                                         const DirectoryQuery& query, int limit) const;
    /// The number of rows and the key of every stride-th row.
    Result<DirectoryIndex> index(const QSqlDatabase& database, const ActingContext& acting,
                                 const DirectoryQuery& query, int stride) const;
    Result<qint64> count(const QSqlDatabase& database, const ActingContext& acting,
                         const DirectoryQuery& query) const;
    /// Where the row of the object id stands in the query's result, or nullopt when the query
    /// does not show it (filtered out, or not visible to acting).
    Result<std::optional<qint64>> positionOf(const QSqlDatabase& database,
                                             const ActingContext& acting,
                                             const DirectoryQuery& query, const QString& id) const;
    /// Every row of the query in order, read window by window; each returns false to stop.
    Result<void> forEach(const QSqlDatabase& database, const ActingContext& acting,
                         const DirectoryQuery& query,
                         const std::function<bool(const DirectoryRow&)>& each) const;
    /// The values the column can be filtered on (empty for a column without filter).
    Result<QList<DirectoryChoice>>
    choices(const QSqlDatabase& database, const ActingContext& acting, const QString& column) const;

private:
    struct Plan;
    Result<Plan> plan(const DirectoryQuery& query) const;
    DirectoryStatement pageStatement(const ActingContext& acting, const Plan& plan,
                                     const std::optional<DirectoryKey>& from, bool inclusive,
                                     bool reversed, int limit) const;
    Result<QList<DirectoryRow>> runPage(const QSqlDatabase& database, const ActingContext& acting,
                                        const Plan& plan, const std::optional<DirectoryKey>& from,
                                        bool inclusive, bool reversed, int limit) const;

    DirectorySpec m_spec;
};
