#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;
struct sqlite3_stmt;

/// The current row of a StatementReader: values by column, typed as QSqlQuery types them.
class StatementRow {
public:
    QVariant value(int column) const;

private:
    friend class StatementReader;
    sqlite3_stmt* m_statement = nullptr;
    const QSqlQuery* m_query = nullptr;
};

/// Reads the rows of one SELECT with named values. On SQLite the statement is stepped through
/// the C API on the connection Qt's driver opened: QSqlQuery copies every value through UTF-16
/// into a row cache, which costs about as much as the statement itself on a 128-row directory
/// page. Other engines read through QSqlQuery.
class StatementReader {
public:
    using Bindings = QList<QPair<QString, QVariant>>;

    /// Calls each for every row in order. sql is built by core from whitelisted parts; every
    /// value comes in bindings (names with their colon, ":account"); a name the SQL does not
    /// use is ignored.
    static Result<void> read(const QSqlDatabase& database, const QString& sql,
                             const Bindings& bindings,
                             const std::function<void(const StatementRow&)>& each);

private:
    static Result<void> readSqlite(const QSqlDatabase& database, const QString& sql,
                                   const Bindings& bindings,
                                   const std::function<void(const StatementRow&)>& each);
    static Result<void> readQuery(const QSqlDatabase& database, const QString& sql,
                                  const Bindings& bindings,
                                  const std::function<void(const StatementRow&)>& each);
};
