#pragma once

#include "common/Result.h"
#include "directory/DirectoryChoice.h"
#include "directory/DirectoryColumn.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

/// How one directory reads its rows from SQL. Every piece is a fixed string written in code
/// (never user input); values reach SQL only as bound parameters (:account, :search, …).
struct DirectorySpec {
    QString table; ///< "leads l": the table whose rows the directory lists, with its alias
    QString rowId; ///< "l.rowid"
    QString id;    ///< "l.id": the object's ID
    /// Conditions selecting the rows the acting account (:account) may see. Each uses its own
    /// index and no row satisfies two of them, so their results are simply merged.
    QStringList branches;
    /// When set, the branches for one acting account instead of `branches` (e.g. to put the
    /// condition that keeps branches apart on the branch that is empty for its role).
    std::function<QStringList(const ActingContext&)> branchesFor;
    QString joins; ///< joins the displayed columns need
    /// Condition true for rows matching the full-text query bound as :search.
    QString searchCondition;
    QList<DirectoryColumn> columns;
    QString defaultSortColumn;
    bool defaultDescending = false;
    /// The values a filterable column offers to the acting account.
    std::function<Result<QList<DirectoryChoice>>(const QSqlDatabase&, const ActingContext&,
                                                 const QString& column)>
        choices;
};
