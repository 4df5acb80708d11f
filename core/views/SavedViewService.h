#pragma once

#include "common/Result.h"
#include "directory/DirectoryState.h"
#include "session/ActingContext.h"
#include "views/SavedView.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class DirectorySource;

/// The saved views of the directories: each user names states of a directory (search, filters,
/// ranges, sort, columns) and picks them again later. A view is personal: a user sees and
/// changes only their own, whatever their role (viewers too: a view is no business data), and
/// another user's view is NotFound. Every write is one transaction with its event.
class SavedViewService {
    Q_DECLARE_TR_FUNCTIONS(SavedViewService)

public:
    static constexpr int maxNameLength = 100;

    /// The directories that have saved views: "leads", "partners".
    static QStringList directories();
    /// The source whose columns a directory's views name, or nullptr for an unknown directory.
    static const DirectorySource* sourceOf(const QString& directory);
    /// The column keys the directory's table shows, in their default order.
    static QStringList tableColumns(const QString& directory);

    /// A translated reason why name cannot name a view (empty, too long), or an empty string.
    static QString nameProblem(const QString& name);
    /// The state as it would be stored (search trimmed, empty filters and ranges and widths of
    /// hidden columns left out), or Invalid naming the first column, filter, range or sort the
    /// directory does not have.
    static Result<DirectoryState> checkedState(const QString& directory,
                                               const DirectoryState& state);
    /// The parts of state the directory still has; each part left out is named in notes.
    static DirectoryState usableState(const QString& directory, const DirectoryState& state,
                                      QStringList* notes);

    /// The acting user's views of directory, by name.
    static Result<QList<SavedView>> list(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& directory);
    /// One of the acting user's views (NotFound for another user's view).
    static Result<SavedView> find(const QSqlDatabase& database, const ActingContext& acting,
                                  qint64 viewId);
    /// Saves state as a new view named name.
    static Result<SavedView> save(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& directory, const QString& name,
                                  const DirectoryState& state);
    /// Replaces the state of an existing view.
    static Result<SavedView> overwrite(const QSqlDatabase& database, const ActingContext& acting,
                                       qint64 viewId, const DirectoryState& state);
    static Result<SavedView> rename(const QSqlDatabase& database, const ActingContext& acting,
                                    qint64 viewId, const QString& name);
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               qint64 viewId);
};
