#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// Writes a new workspace under a temporary name in the same folder and renames it to its path
/// only when it is complete and closed (its WAL checkpointed and gone), so that the path never
/// holds a half-written workspace, even if the process is killed. Used by the demo writers.
///
/// The temporary file is stagingPath(path); while a run writes it, that run holds the lock file
/// lockPath(path) (QLockFile: process ID, program and host). A run killed part-way leaves both
/// behind: the next run for the same path finds the lock stale (its process is gone), takes it
/// over and removes the temporary file. A file at the temporary name without a lock file beside
/// it was not left by us: it is refused and never removed. A lock held by a live process means
/// another run is writing the same path: refused too.
class StagedWorkspace {
    Q_DECLARE_TR_FUNCTIONS(StagedWorkspace)

public:
    /// Fills the open, migrated, empty temporary workspace; an error abandons it.
    using Fill = std::function<Result<void>(const QSqlDatabase&)>;

    /// Creates the workspace file path filled by fill. Refuses an existing path; on failure
    /// leaves neither path nor the temporary file.
    static Result<void> create(const QString& path, const Fill& fill);

    static QString stagingPath(const QString& path);
    static QString lockPath(const QString& path);
};
