#pragma once

#include "common/Result.h"
#include "storage/ServerAddress.h"
#include "storage/SqlEngine.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class IntegrityCheck;
class QObject;
class QThread;

/// One open workspace: a PostgreSQL database on a team server (a `postgresql://` URL, see
/// ServerWorkspace.cpp), or a SQLite file with WAL, foreign keys and a busy timeout, migrated to
/// the latest schema. A file is changed only once it is known to be ours (our application id, the
/// tables our migrations made for its version, no damage) or new: an empty, foreign, damaged,
/// newer or read-only file is refused byte-for-byte untouched, with nothing left beside it.
/// It owns the connections to the file, one per thread (ui holds it as a WorkspaceHandle).
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    enum class Mode {
        OpenExisting, ///< the file must exist
        CreateNew,    ///< the file must not exist
        OpenOrCreate, ///< either
    };
    enum class Access {
        ReadWrite,
        /// Reading only, for a file ChannelDesk may not write (read-only file, folder or disk):
        /// nothing is written or created beside it; a file of an older schema is refused.
        ReadOnly,
    };

    struct Options {
        Mode mode = Mode::OpenExisting;
        Access access = Access::ReadWrite;
        int busyTimeoutMs = 5000;
        /// Stop migrating at this version (tests build older workspaces); -1 = latest.
        int targetVersion = -1;
        /// A file up to this size is checked for damage before it is opened; a larger one in
        /// the background, and writes are refused until that check has passed.
        qint64 checkBeforeOpenBytes = 32 * 1024 * 1024;
        /// The statements of each migration; empty for Migrations::statements (tests inject a
        /// failing one).
        std::function<QStringList(int version)> migrationStatements;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path,
                                                   Mode mode = Mode::OpenExisting);

    ~Workspace();

    /// The file, or the server's URL without its password.
    QString path() const { return m_path; }
    SqlEngine engine() const { return m_engine; }
    /// The team server's address (with the login's password); empty for a file.
    const ServerAddress& server() const { return m_server; }
    /// The calling thread's connection: the one open() made on its own thread, else one opened
    /// on first use with the same options and closed when that thread ends. Invalid once closed.
    QSqlDatabase connection() const;
    QSqlDatabase database() const { return connection(); }
    /// Closes the connection of open()'s thread (on that thread) and makes connection() invalid
    /// everywhere; a thread's own connection closes on its next connection() or when it ends.
    void close();
    bool isClosed() const { return m_closed; }
    int schemaVersion() const;
    /// Whether open() created the file (a caller may then fill it, or delete it on failure).
    bool isNew() const { return m_isNew; }
    bool isReadOnly() const { return m_readOnly; }

    /// Whether changes can be saved now: not in a read-only workspace, not while the background
    /// check for damage runs, not after it found damage. Transaction asks this first.
    Result<void> admitsWrites() const;
    /// admitsWrites() of the workspace whose connection database is; ok for other connections.
    static Result<void> admitsWrites(const QSqlDatabase& database);
    /// Whether the background check for damage is still running.
    bool isChecking() const;
    /// Blocks until the background check (if any) has finished; admitsWrites() then.
    Result<void> waitForCheck() const;
    /// Calls done on the application's thread once the background check has finished (soon,
    /// when none runs); dropped if context is destroyed first.
    void whenChecked(QObject* context, std::function<void()> done) const;

    /// Whether the file or its folder cannot be written (by permissions, also when running as
    /// root, which ignores them; or a read-only disk).
    static bool isReadOnlyLocation(const QString& path);
    /// Removes a workspace file and its -wal / -shm companions.
    static void removeFiles(const QString& path);
    /// The default workspace in the user's data directory.
    static QString defaultPath();

    /// How each connection to the file is opened (QSQLITE database name and connect options)
    /// and the statements that prepare it (pragmas).
    struct ConnectionOptions {
        QString databaseName;
        QString connectOptions;
        QStringList setup;
        SqlEngine engine = SqlEngine::Sqlite;
        ServerAddress server; ///< for PostgreSQL, instead of databaseName and connectOptions
    };
    /// Registers (does not open) a connection named name as options say.
    static QSqlDatabase addConnection(const QString& name, const ConnectionOptions& options);

private:
    Workspace(QString path, QString connectionName, ConnectionOptions threadOptions, bool isNew,
              bool readOnly, std::shared_ptr<IntegrityCheck> check);
    static Result<std::unique_ptr<Workspace>> openServer(const QString& url,
                                                         const Options& options);

    QString m_path;
    QString m_connectionName;
    ConnectionOptions m_threadOptions;
    QThread* m_ownerThread = nullptr;
    std::atomic<bool> m_closed{false};
    bool m_isNew = false;
    bool m_readOnly = false;
    std::shared_ptr<IntegrityCheck> m_check;
    SqlEngine m_engine = SqlEngine::Sqlite;
    ServerAddress m_server;
};
