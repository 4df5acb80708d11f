#include "directory/DirectorySource.h"

#include "directory/DayRange.h"
#include "directory/SearchText.h"
#include "storage/SqlError.h"
#include "storage/StatementReader.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

struct DirectorySource::Plan {
    QList<DirectorySortTerm> sort;
    bool descending = false;
    QStringList conditions; ///< filters and search, on the directory's table only
    QList<QPair<QString, QVariant>> bindings;
    bool matchesNothing = false; ///< a search with no word to look for
};

namespace {

QString collated(const DirectorySortTerm& term)
{
    return term.noCase ? term.expression + QStringLiteral(" COLLATE NOCASE") : term.expression;
}

QString sortKeyName(int index)
{
    return QStringLiteral("k%1").arg(index);
}

/// "k0 COLLATE NOCASE DESC, k1 DESC, r DESC" (with prefix "page." when given; without the
/// collations when !collate, for a compound whose key columns carry them).
QString orderBy(const QList<DirectorySortTerm>& sort, const QString& prefix, bool descending,
                const QString& rowId, bool collate = true)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList terms;
    for (int i = 0; i < sort.size(); ++i)
        terms << prefix + sortKeyName(i) +
                     (sort[i].noCase && collate ? QStringLiteral(" COLLATE NOCASE") : QString()) +
                     direction;
    terms << rowId + direction;
    return terms.join(QStringLiteral(", "));
}

/// A branch's own condition, parenthesised, then the query's.
QStringList branchConditions(const QString& branch, const QStringList& conditions)
{
    return QStringList{QStringLiteral("(%1)").arg(branch)} + conditions;
}

} // namespace

DirectorySource::DirectorySource(DirectorySpec spec)
    : m_spec(std::move(spec))
{
}

QStringList DirectorySource::branchesFor(const ActingContext& acting) const
{
    return m_spec.branchesFor ? m_spec.branchesFor(acting) : m_spec.branches;
}

int DirectorySource::columnIndex(const QString& key) const
{
    for (int i = 0; i < m_spec.columns.size(); ++i)
        if (m_spec.columns[i].key == key)
            return i;
    return -1;
}

Result<DirectoryQuery> DirectorySource::checked(const DirectoryQuery& query) const
{
    DirectoryQuery result = query;
    if (result.sortColumn.isEmpty()) {
        result.sortColumn = m_spec.defaultSortColumn;
        result.descending = m_spec.defaultDescending;
    }
    const int sortIndex = columnIndex(result.sortColumn);
    if (sortIndex < 0 || !m_spec.columns[sortIndex].sortable()) {
        QStringList sortable;
        for (const DirectoryColumn& column : m_spec.columns)
            if (column.sortable())
                sortable << column.key;
        return Error{ErrorCode::Invalid,
                     tr("The rows cannot be sorted by \u201c%1\u201d; they "
                        "can be sorted by %2.")
                         .arg(result.sortColumn, sortable.join(QStringLiteral(", ")))};
    }
    for (auto it = result.filters.cbegin(); it != result.filters.cend(); ++it) {
        const int index = columnIndex(it.key());
        if (index < 0 || !m_spec.columns[index].filterable())
            return Error{ErrorCode::Invalid,
                         tr("The rows cannot be filtered by \u201c%1\u201d.").arg(it.key())};
    }
    for (auto it = result.ranges.cbegin(); it != result.ranges.cend(); ++it) {
        const int index = columnIndex(it.key());
        if (index < 0 || !m_spec.columns[index].takesDayRange())
            return Error{
                ErrorCode::Invalid,
                tr("The rows cannot be filtered by a range of \u201c%1\u201d.").arg(it.key())};
        if (auto days = DayRange::parse(it.value()); !days)
            return days.error();
    }
    return result;
}

Result<DirectorySource::Plan> DirectorySource::plan(const DirectoryQuery& query) const
{
    auto valid = checked(query);
    if (!valid)
        return valid.error();
    const DirectoryQuery& q = valid.value();
    Plan plan;
    plan.sort = m_spec.columns[columnIndex(q.sortColumn)].sort;
    plan.descending = q.descending;
    int filterNumber = 0;
    for (auto it = q.filters.cbegin(); it != q.filters.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QString name = QStringLiteral(":f%1").arg(filterNumber++);
        plan.conditions << m_spec.columns[columnIndex(it.key())].filter + QStringLiteral(" = ") +
                               name;
        plan.bindings.append({name, it.value()});
    }
    int rangeNumber = 0;
    for (auto it = q.ranges.cbegin(); it != q.ranges.cend(); ++it) {
        const DayRange days = DayRange::parse(it.value()).value();
        const QString expression = m_spec.columns[columnIndex(it.key())].dayRange;
        for (const auto& [end, comparison] : {std::pair{days.startMs(), QStringLiteral(" >= ")},
                                              std::pair{days.endMs(), QStringLiteral(" < ")}}) {
            if (!end)
                continue;
            const QString name = QStringLiteral(":r%1").arg(rangeNumber++);
            plan.conditions << expression + comparison + name;
            plan.bindings.append({name, *end});
        }
    }
    if (!q.search.trimmed().isEmpty()) {
        const QString match = SearchText::toMatchQuery(q.search);
        if (match.isEmpty())
            plan.matchesNothing = true;
        plan.conditions << m_spec.searchCondition;
        plan.bindings.append({QStringLiteral(":search"), match});
    }
    return plan;
}

Result<QList<DirectoryRow>> DirectorySource::page(const QSqlDatabase& database,
                                                  const ActingContext& acting,
                                                  const DirectoryQuery& query,
                                                  const std::optional<DirectoryKey>& from,
                                                  bool inclusive, int limit) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    return runPage(database, acting, planned.value(), from, inclusive, false, limit);
}

Result<QList<DirectoryRow>> DirectorySource::lastPage(const QSqlDatabase& database,
                                                      const ActingContext& acting,
                                                      const DirectoryQuery& query, int limit) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    auto rows = runPage(database, acting, planned.value(), std::nullopt, true, true, limit);
    if (rows)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

DirectoryStatement DirectorySource::pageStatement(const ActingContext& acting, const Plan& plan,
                                                  const std::optional<DirectoryKey>& from,
                                                  bool inclusive, bool reversed, int limit) const
{
    const bool descending = plan.descending != reversed;

    QStringList keyTerms;
    QStringList keyValues;
    QStringList selectKeys;
    for (int i = 0; i < plan.sort.size(); ++i) {
        keyTerms << collated(plan.sort[i]);
        keyValues << QStringLiteral(":") + sortKeyName(i);
        // The key column carries its collation: the branches' compound is ordered by column
        // names only (PostgreSQL allows nothing else there).
        selectKeys << collated(plan.sort[i]) + QStringLiteral(" AS ") + sortKeyName(i);
    }
    keyTerms << m_spec.rowId;
    keyValues << QStringLiteral(":kr");
    QStringList conditions = plan.conditions;
    if (from) {
        const QString comparison = descending
                                       ? (inclusive ? QStringLiteral("<=") : QStringLiteral("<"))
                                       : (inclusive ? QStringLiteral(">=") : QStringLiteral(">"));
        // A case-insensitive first term is not matched against its index inside a row value:
        // say it on its own too, so the index gives the range.
        if (plan.sort.first().noCase)
            conditions << QStringLiteral("%1 %2 :%3")
                              .arg(keyTerms.first(), comparison.left(1) + QStringLiteral("="),
                                   sortKeyName(0));
        conditions << QStringLiteral("(%1) %2 (%3)")
                          .arg(keyTerms.join(QStringLiteral(", ")), comparison,
                               keyValues.join(QStringLiteral(", ")));
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList innerOrder;
    for (const QString& term : std::as_const(keyTerms))
        innerOrder << term + direction;

    QStringList branchSelects;
    for (const QString& branch : branchesFor(acting)) {
        const QStringList where = branchConditions(branch, conditions);
        branchSelects << QStringLiteral("SELECT * FROM (SELECT %1 AS r, %2 FROM %3 WHERE %4 "
                                        "ORDER BY %5 LIMIT :limit) AS branch%6")
                             .arg(m_spec.rowId, selectKeys.join(QStringLiteral(", ")), m_spec.table,
                                  where.join(QStringLiteral(" AND ")),
                                  innerOrder.join(QStringLiteral(", ")))
                             .arg(branchSelects.size());
    }
    QString keys = branchSelects.join(QStringLiteral(" UNION ALL "));
    if (branchSelects.size() > 1)
        keys += QStringLiteral(" ORDER BY ") +
                orderBy(plan.sort, QString(), descending, QStringLiteral("r"), false) +
                QStringLiteral(" LIMIT :limit");

    QStringList pageColumns{QStringLiteral("r")};
    QStringList outerKeys;
    for (int i = 0; i < plan.sort.size(); ++i) {
        pageColumns << sortKeyName(i);
        outerKeys << QStringLiteral("page.") + sortKeyName(i);
    }
    QStringList selects{m_spec.id};
    for (const DirectoryColumn& column : m_spec.columns)
        selects << column.select;
    DirectoryStatement statement;
    statement.sql =
        QStringLiteral("WITH page(%1) AS (%2) SELECT page.r, %3%4 FROM page "
                       "JOIN %5 ON %6 = page.r %7 ORDER BY %8")
            .arg(pageColumns.join(QStringLiteral(", ")), keys,
                 outerKeys.isEmpty() ? QString()
                                     : outerKeys.join(QStringLiteral(", ")) + QStringLiteral(", "),
                 selects.join(QStringLiteral(", ")), m_spec.table, m_spec.rowId, m_spec.joins,
                 orderBy(plan.sort, QStringLiteral("page."), descending, QStringLiteral("page.r")));

    statement.bindings.append({QStringLiteral(":account"), acting.accountId});
    statement.bindings.append({QStringLiteral(":limit"), limit});
    statement.bindings.append(plan.bindings);
    if (from) {
        for (int i = 0; i < from->values.size(); ++i)
            statement.bindings.append({QStringLiteral(":") + sortKeyName(i), from->values[i]});
        statement.bindings.append({QStringLiteral(":kr"), from->rowId});
    }
    return statement;
}

Result<DirectoryStatement> DirectorySource::pageStatement(const ActingContext& acting,
                                                          const DirectoryQuery& query,
                                                          const std::optional<DirectoryKey>& from,
                                                          bool inclusive, bool reversed,
                                                          int limit) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    return pageStatement(acting, planned.value(), from, inclusive, reversed, limit);
}

Result<QList<DirectoryRow>> DirectorySource::runPage(const QSqlDatabase& database,
                                                     const ActingContext& acting, const Plan& plan,
                                                     const std::optional<DirectoryKey>& from,
                                                     bool inclusive, bool reversed, int limit) const
{
    if (plan.matchesNothing || limit <= 0)
        return QList<DirectoryRow>();
    if (from && from->values.size() != plan.sort.size())
        return Error{ErrorCode::Invalid, tr("The position does not fit the sort.")};
    const DirectoryStatement statement =
        pageStatement(acting, plan, from, inclusive, reversed, limit);
    const int keyCount = static_cast<int>(plan.sort.size());
    const int columnCount = static_cast<int>(m_spec.columns.size());
    QList<DirectoryRow> rows;
    rows.reserve(limit);
    auto read = StatementReader::read(database, statement.sql, statement.bindings,
                                      [&](const StatementRow& sqlRow) {
                                          DirectoryRow row;
                                          row.key.rowId = sqlRow.value(0).toLongLong();
                                          row.key.values.reserve(keyCount);
                                          for (int i = 0; i < keyCount; ++i)
                                              row.key.values << sqlRow.value(1 + i);
                                          row.id = sqlRow.value(1 + keyCount).toString();
                                          row.values.reserve(columnCount);
                                          for (int i = 0; i < columnCount; ++i)
                                              row.values << sqlRow.value(2 + keyCount + i);
                                          rows << std::move(row);
                                      });
    if (!read)
        return read.error();
    return rows;
}

Result<DirectoryIndex> DirectorySource::index(const QSqlDatabase& database,
                                              const ActingContext& acting,
                                              const DirectoryQuery& query, int stride) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    const Plan& p = planned.value();
    DirectoryIndex index;
    index.stride = qMax(1, stride);
    if (p.matchesNothing)
        return index;

    QStringList selectKeys;
    QStringList keyNames;
    for (int i = 0; i < p.sort.size(); ++i) {
        selectKeys << p.sort[i].expression + QStringLiteral(" AS ") + sortKeyName(i);
        keyNames << sortKeyName(i);
    }
    QStringList branchSelects;
    for (const QString& branch : branchesFor(acting)) {
        const QStringList where = branchConditions(branch, p.conditions);
        branchSelects << QStringLiteral("SELECT %1 AS r, %2 FROM %3 WHERE %4")
                             .arg(m_spec.rowId, selectKeys.join(QStringLiteral(", ")), m_spec.table,
                                  where.join(QStringLiteral(" AND ")));
    }
    const QString sql =
        QStringLiteral("SELECT r, %1 FROM (SELECT r, %1, row_number() OVER (ORDER BY %2) AS n "
                       "FROM (%3) AS page) AS numbered WHERE (n - 1) % :stride = 0 ORDER BY n")
            .arg(keyNames.join(QStringLiteral(", ")),
                 orderBy(p.sort, QString(), p.descending, QStringLiteral("r")),
                 branchSelects.join(QStringLiteral(" UNION ALL ")));
    StatementReader::Bindings bindings{{QStringLiteral(":account"), acting.accountId},
                                       {QStringLiteral(":stride"), index.stride}};
    bindings.append(p.bindings);
    const int keyCount = static_cast<int>(p.sort.size());
    auto read = StatementReader::read(database, sql, bindings, [&](const StatementRow& row) {
        DirectoryKey key;
        key.rowId = row.value(0).toLongLong();
        for (int i = 0; i < keyCount; ++i)
            key.values << row.value(1 + i);
        index.anchors << key;
    });
    if (!read)
        return read.error();
    if (index.anchors.isEmpty())
        return index;
    // The rows from the last anchor on are fewer than a stride: read them to finish the count.
    auto tail = runPage(database, acting, p, index.anchors.last(), true, false, index.stride);
    if (!tail)
        return tail.error();
    index.count = qint64(index.anchors.size() - 1) * index.stride + tail.value().size();
    return index;
}

Result<qint64> DirectorySource::count(const QSqlDatabase& database, const ActingContext& acting,
                                      const DirectoryQuery& query) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    const Plan& p = planned.value();
    if (p.matchesNothing)
        return qint64(0);
    QStringList counts;
    for (const QString& branch : branchesFor(acting)) {
        const QStringList where = branchConditions(branch, p.conditions);
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2)")
                      .arg(m_spec.table, where.join(QStringLiteral(" AND ")));
    }
    QSqlQuery sqlQuery(database);
    if (auto prepared = SqlError::prepare(sqlQuery, QStringLiteral("SELECT ") +
                                                        counts.join(QStringLiteral(" + ")));
        !prepared)
        return prepared.error();
    sqlQuery.bindValue(QStringLiteral(":account"), acting.accountId);
    for (const auto& [name, value] : p.bindings)
        sqlQuery.bindValue(name, value);
    if (auto done = SqlError::exec(sqlQuery); !done)
        return done.error();
    if (!sqlQuery.next())
        return SqlError::toError(sqlQuery.lastError());
    return sqlQuery.value(0).toLongLong();
}

Result<QList<DirectoryChoice>> DirectorySource::choices(const QSqlDatabase& database,
                                                        const ActingContext& acting,
                                                        const QString& column) const
{
    const int index = columnIndex(column);
    if (index < 0 || !m_spec.columns[index].filterable() || !m_spec.choices)
        return QList<DirectoryChoice>();
    return m_spec.choices(database, acting, column);
}

Result<void> DirectorySource::forEach(const QSqlDatabase& database, const ActingContext& acting,
                                      const DirectoryQuery& query,
                                      const std::function<bool(const DirectoryRow&)>& each) const
{
    constexpr int window = 4096;
    std::optional<DirectoryKey> from;
    for (;;) {
        auto rows = page(database, acting, query, from, false, window);
        if (!rows)
            return rows.error();
        for (const DirectoryRow& row : std::as_const(rows.value()))
            if (!each(row))
                return {};
        if (rows.value().size() < window)
            return {};
        from = rows.value().last().key;
    }
}

Result<std::optional<qint64>> DirectorySource::positionOf(const QSqlDatabase& database,
                                                          const ActingContext& acting,
                                                          const DirectoryQuery& query,
                                                          const QString& id) const
{
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    const Plan& p = planned.value();
    if (p.matchesNothing)
        return std::optional<qint64>();
    QStringList selectKeys;
    QStringList keyTerms;
    QStringList keyValues;
    for (int i = 0; i < p.sort.size(); ++i) {
        selectKeys << p.sort[i].expression;
        keyTerms << collated(p.sort[i]);
        keyValues << QStringLiteral(":") + sortKeyName(i);
    }
    keyTerms << m_spec.rowId;
    keyValues << QStringLiteral(":kr");
    QStringList branches;
    for (const QString& branch : branchesFor(acting))
        branches << QStringLiteral("(%1)").arg(branch);
    QStringList where{m_spec.id + QStringLiteral(" = :id"),
                      QStringLiteral("(%1)").arg(branches.join(QStringLiteral(" OR ")))};
    where << p.conditions;
    QSqlQuery find(database);
    if (auto prepared =
            SqlError::prepare(find, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                                        .arg(m_spec.rowId, selectKeys.join(QStringLiteral(", ")),
                                             m_spec.table, where.join(QStringLiteral(" AND "))));
        !prepared)
        return prepared.error();
    find.bindValue(QStringLiteral(":id"), id);
    find.bindValue(QStringLiteral(":account"), acting.accountId);
    for (const auto& [name, value] : p.bindings)
        find.bindValue(name, value);
    if (auto done = SqlError::exec(find); !done)
        return done.error();
    if (!find.next()) {
        if (auto read = SqlError::readToEnd(find); !read)
            return read.error();
        return std::optional<qint64>();
    }
    const qint64 rowId = find.value(0).toLongLong();
    QVariantList key;
    for (int i = 0; i < p.sort.size(); ++i)
        key << find.value(1 + i);

    // The rows before it: those whose key sorts before its key.
    const QString before = QStringLiteral("(%1) %2 (%3)")
                               .arg(keyTerms.join(QStringLiteral(", ")),
                                    p.descending ? QStringLiteral(">") : QStringLiteral("<"),
                                    keyValues.join(QStringLiteral(", ")));
    QStringList counts;
    for (const QString& branch : branchesFor(acting)) {
        const QStringList conditions = branchConditions(branch, QStringList{before} + p.conditions);
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2)")
                      .arg(m_spec.table, conditions.join(QStringLiteral(" AND ")));
    }
    QSqlQuery count(database);
    if (auto prepared = SqlError::prepare(count, QStringLiteral("SELECT ") +
                                                     counts.join(QStringLiteral(" + ")));
        !prepared)
        return prepared.error();
    count.bindValue(QStringLiteral(":account"), acting.accountId);
    for (const auto& [name, value] : p.bindings)
        count.bindValue(name, value);
    for (int i = 0; i < key.size(); ++i)
        count.bindValue(QStringLiteral(":") + sortKeyName(i), key[i]);
    count.bindValue(QStringLiteral(":kr"), rowId);
    if (auto done = SqlError::exec(count); !done)
        return done.error();
    if (!count.next())
        return SqlError::toError(count.lastError());
    return std::optional<qint64>(count.value(0).toLongLong());
}
