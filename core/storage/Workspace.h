#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/// One open workspace: a SQLite file with WAL, foreign keys and a busy timeout, migrated to the
/// latest schema. Files that are not workspaces, corrupt, locked or newer are refused untouched.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class Mode {
        OpenExisting,    ///< the file must exist
        CreateNew,       ///< the file must not exist
        OpenOrCreate,    ///< either
    };

    struct Options {
        Mode mode = Mode::OpenExisting;
        int busyTimeoutMs = 5000;
        /// Stop migrating at this version (tests build older workspaces); -1 = latest.
        int targetVersion = -1;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Mode mode = Mode::OpenExisting);

    ~Workspace();

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    /// Whether open() created the file (a caller may then fill it, or delete it on failure).
    bool isNew() const { return m_isNew; }

    /// Removes a workspace file and its -wal / -shm companions.
    static void removeFiles(const QString& path);
    /// The default workspace in the user's data directory.
    static QString defaultPath();

private:
    Workspace(QString path, QString connectionName, bool isNew);

    QString m_path;
    QString m_connectionName;
    bool m_isNew = false;
};
