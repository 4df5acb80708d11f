#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

/// Inside one transaction of many lead inserts (an import batch, a large demo): the search rows of
/// the new leads, companies and contacts are written once, by finish(), instead of once per row.
/// begin() and finish() belong to the same transaction; a rollback undoes both, and no other
/// connection ever sees the deferral. SQLite only: on PostgreSQL both are no-ops (its triggers keep
/// the search rows at once).
class SearchDeferral {
public:
    static Result<void> begin(const QSqlDatabase& database);
    /// Indexes the queued leads, companies and contacts, then ends the deferral. Call before the
    /// commit.
    static Result<void> finish(const QSqlDatabase& database);

    /// The SQL of begin() and of finish(), for a caller outside Qt (the import benchmark).
    static QString beginStatement();
    static QStringList finishStatements();
};
