#include "storage/Workspace.h"

#include "live/ChangeFeed.h"
#include "storage/CompanionFiles.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"
#include "storage/Reconnection.h"
#include "storage/SchemaInventory.h"
#include "storage/ScopedConnection.h"
#include "storage/SqliteHeader.h"
#include "storage/postgres/PostgresMigrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>

#include <algorithm>

namespace {

// 'CDK1': marks a SQLite file as a ChannelDesk workspace.
constexpr qint64 applicationId = 0x43444B31;
// At most this many unexpected or missing tables are named in a refusal.
constexpr int shownObjects = 5;

// SQLite primary result codes as QSQLITE reports them in nativeErrorCode().
int sqliteCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

Error damaged(const QString& path)
{
    return {ErrorCode::Corrupt,
            Workspace::tr("The workspace %1 is damaged and cannot be opened. It was left "
                          "unchanged; restore it from a backup.")
                .arg(path)};
}

Error classify(const QSqlError& error, const QString& path)
{
    switch (sqliteCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorCode::Locked,
                Workspace::tr("The workspace %1 is locked by another program. Close it there and "
                              "try again.")
                    .arg(path)};
    case 26: // SQLITE_NOTADB
        return {
            ErrorCode::NotADatabase,
            Workspace::tr("%1 is not a ChannelDesk workspace (it is not a database).").arg(path)};
    case 11: // SQLITE_CORRUPT
        return damaged(path);
    case 8: // SQLITE_READONLY
        return {ErrorCode::ReadOnly,
                Workspace::tr("The workspace %1 cannot be written to.").arg(path)};
    case 14: // SQLITE_CANTOPEN
        return {ErrorCode::CannotCreate,
                Workspace::tr("The workspace %1 cannot be opened or created here.").arg(path)};
    default:
        return {ErrorCode::Storage,
                Workspace::tr("The workspace %1 could not be read: %2").arg(path, error.text())};
    }
}

Error foreignFile(const QString& path)
{
    return {ErrorCode::NotADatabase,
            Workspace::tr("%1 is a database of another program, not a ChannelDesk workspace. It "
                          "was left unchanged.")
                .arg(path)};
}

Error newerSchema(const QString& path, qint64 version)
{
    return {ErrorCode::NewerSchema,
            Workspace::tr("The workspace %1 was written by a newer version of ChannelDesk (schema "
                          "%2; this version reads up to %3). Update ChannelDesk to open it.")
                .arg(path)
                .arg(version)
                .arg(Migrations::latestVersion())};
}

} // namespace

QSqlDatabase Workspace::addConnection(const QString& name, const ConnectionOptions& options)
{
    if (options.engine == SqlEngine::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(options.server.host);
        db.setPort(options.server.port);
        db.setDatabaseName(options.server.database);
        db.setUserName(options.server.login);
        db.setPassword(options.server.password);
        db.setConnectOptions(options.server.connectOptions());
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(options.databaseName);
    db.setConnectOptions(options.connectOptions);
    return db;
}

namespace {

Workspace::ConnectionOptions writerOptions(const QString& path, int busyTimeoutMs)
{
    Workspace::ConnectionOptions options;
    options.databaseName = path;
    options.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    options.setup = {QStringLiteral("PRAGMA foreign_keys = ON")};
    return options;
}

/// A connection that reads path and creates nothing beside it. A WAL file without a -wal is
/// read as immutable: a plain read-only connection would create -wal and -shm files and, being
/// read-only, could not remove them when it closes.
Workspace::ConnectionOptions readerOptions(const QString& path, const SqliteHeader& header,
                                           bool walExisted, int busyTimeoutMs)
{
    Workspace::ConnectionOptions options;
    options.databaseName = path;
    options.connectOptions =
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (header.walMode && !walExisted) {
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("immutable=1"));
        options.databaseName = uri.toString(QUrl::FullyEncoded);
        options.connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    return options;
}

/// The connections a thread other than a workspace's own opened to it, by the workspace's
/// connection name; closed on that thread when it ends.
class ThreadConnections {
public:
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(m_names))
            closeConnection(name);
    }
    QString nameFor(const QString& workspace) const { return m_names.value(workspace); }
    void add(const QString& workspace, const QString& name) { m_names.insert(workspace, name); }
    /// Reconnection::epoch() when the connection was opened.
    int epochOf(const QString& workspace) const { return m_epochs.value(workspace); }
    void setEpoch(const QString& workspace, int epoch) { m_epochs.insert(workspace, epoch); }
    void close(const QString& workspace)
    {
        m_epochs.remove(workspace);
        const QString name = m_names.take(workspace);
        if (!name.isEmpty())
            closeConnection(name);
    }

private:
    QHash<QString, QString> m_names;
    QHash<QString, int> m_epochs;
};

QThreadStorage<ThreadConnections>& threadConnections()
{
    static QThreadStorage<ThreadConnections> connections;
    return connections;
}

/// The workspace connection name of a thread's connection ("workspace-3/thread-7").
QString workspaceConnectionName(const QString& connectionName)
{
    return connectionName.section(QLatin1Char('/'), 0, 0);
}

Result<qint64> pragma(QSqlDatabase& db, const QString& name, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return classify(query.lastError(), path);
    return query.value(0).toLongLong();
}

/// The tables a file has that its version's migrations did not make, and the ones it lacks.
Result<void> checkInventory(QSqlDatabase& db, int version, const QString& path)
{
    auto expected = SchemaInventory::expected(version);
    if (!expected)
        return expected.error();
    auto actual = SchemaInventory::of(db);
    if (!actual)
        return actual.error().code == ErrorCode::Corrupt ? damaged(path) : actual.error();
    if (actual.value() == expected.value())
        return {};
    QStringList unexpected;
    for (const QString& object : std::as_const(actual.value()))
        if (!expected->contains(object))
            unexpected << object;
    QStringList missing;
    for (const QString& object : std::as_const(expected.value()))
        if (!actual->contains(object))
            missing << object;
    const auto shown = [](const QStringList& objects) {
        return objects.mid(0, shownObjects).join(QStringLiteral(", ")) +
               (objects.size() > shownObjects ? QStringLiteral(", \u2026") : QString());
    };
    QString details;
    if (!unexpected.isEmpty())
        details = Workspace::tr("it has %1 that ChannelDesk did not create").arg(shown(unexpected));
    if (!missing.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("; ")) +
                   Workspace::tr("it lacks %1 of schema %2").arg(shown(missing)).arg(version);
    return Error{ErrorCode::NotADatabase,
                 Workspace::tr("%1 carries the ChannelDesk mark but is not a workspace ChannelDesk "
                               "made (%2). It was left unchanged.")
                     .arg(path, details)};
}

struct Probe {
    int userVersion = 0;
    bool checked = false; ///< quick_check has passed
};

/// Reads an existing file through a read-only connection: nothing here can change it.
Result<Probe> probe(const QString& path, const QString& shown, const SqliteHeader& header,
                    bool walExisted, bool checkNow, int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    QSqlDatabase db =
        Workspace::addConnection(name, readerOptions(path, header, walExisted, busyTimeoutMs));
    if (!db.open())
        return classify(db.lastError(), shown);
    const auto appId = pragma(db, QStringLiteral("application_id"), shown);
    if (!appId)
        return appId.error();
    const auto userVersion = pragma(db, QStringLiteral("user_version"), shown);
    if (!userVersion)
        return userVersion.error();
    if (appId.value() != applicationId)
        return foreignFile(shown);
    if (userVersion.value() > Migrations::latestVersion())
        return newerSchema(shown, userVersion.value());
    Probe result;
    result.userVersion = int(userVersion.value());
    if (auto ours = checkInventory(db, result.userVersion, shown); !ours)
        return ours.error();
    if (checkNow) {
        if (auto intact = IntegrityCheck::run(db, shown); !intact)
            return intact.error();
        result.checked = true;
    }
    return result;
}

Result<void> exec(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return classify(query.lastError(), path);
    return {};
}

/// Every migration from `from` to `to` in one transaction, with the version and our mark: if
/// one fails, the file is left as it was.
Result<void> migrate(QSqlDatabase& db, const QString& path, int from, int to,
                     const std::function<QStringList(int)>& statementsOf)
{
    if (auto begun = exec(db, QStringLiteral("BEGIN IMMEDIATE"), path); !begun)
        return begun;
    auto fail = [&](Error error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // Another program may have changed the file since it was probed.
    const auto current = pragma(db, QStringLiteral("user_version"), path);
    if (!current)
        return fail(current.error());
    if (current.value() != from)
        return fail({ErrorCode::Locked,
                     Workspace::tr("The workspace %1 was changed by another program while it was "
                                   "being opened. Try again.")
                         .arg(path)});
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements =
            statementsOf ? statementsOf(version) : Migrations::statements(version);
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                Error error = classify(query.lastError(), path);
                if (error.code == ErrorCode::Storage)
                    error.message = Workspace::tr("Upgrading the workspace %1 to schema %2 failed: "
                                                  "%3. The workspace was left as it was.")
                                        .arg(path)
                                        .arg(version)
                                        .arg(query.lastError().text());
                return fail(error);
            }
        }
    }
    for (const QString& mark : {QStringLiteral("PRAGMA user_version = %1").arg(to),
                                QStringLiteral("PRAGMA application_id = %1").arg(applicationId)})
        if (auto marked = exec(db, mark, path); !marked)
            return fail(marked.error());
    if (auto committed = exec(db, QStringLiteral("COMMIT"), path); !committed)
        return fail(committed.error());
    return {};
}

/// The open workspaces by connection name, for Transaction's question whether it may write.
QMutex registryMutex;
QHash<QString, const Workspace*>& registry()
{
    static QHash<QString, const Workspace*> workspaces;
    return workspaces;
}

} // namespace

Workspace::Workspace(QString path, QString connectionName, ConnectionOptions threadOptions,
                     bool isNew, bool readOnly, std::shared_ptr<IntegrityCheck> check)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_threadOptions(std::move(threadOptions))
    , m_ownerThread(QThread::currentThread())
    , m_isNew(isNew)
    , m_readOnly(readOnly)
    , m_check(std::move(check))
{
    const QMutexLocker lock(&registryMutex);
    registry().insert(m_connectionName, this);
}

Workspace::~Workspace()
{
    close();
}

void Workspace::close()
{
    if (m_closed.exchange(true))
        return;
    {
        const QMutexLocker lock(&registryMutex);
        registry().remove(m_connectionName);
    }
    ChangeFeed::release(*this);
    // The check's reader goes first: the last connection to close removes -wal and -shm.
    m_check.reset();
    if (threadConnections().hasLocalData())
        threadConnections().localData().close(m_connectionName);
    closeConnection(m_connectionName);
}

QSqlDatabase Workspace::connection() const
{
    if (QThread::currentThread() == m_ownerThread)
        return QSqlDatabase::database(m_connectionName, false);
    ThreadConnections& opened = threadConnections().localData();
    if (m_closed) {
        opened.close(m_connectionName);
        return {};
    }
    QString name = opened.nameFor(m_connectionName);
    if (name.isEmpty()) {
        static QAtomicInteger<quint64> counter;
        name =
            QStringLiteral("%1/thread-%2").arg(m_connectionName).arg(counter.fetchAndAddRelaxed(1));
        addConnection(name, m_threadOptions);
        opened.add(m_connectionName, name);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // After Reconnection::reconnect(): the old connection may be broken; open it anew.
    if (const int epoch = Reconnection::epoch(m_connectionName);
        opened.epochOf(m_connectionName) != epoch) {
        db.close();
        opened.setEpoch(m_connectionName, epoch);
    }
    if (!db.isOpen() && db.open()) {
        const QStringList& setup = m_threadOptions.setup;
        if (!std::all_of(setup.begin(), setup.end(),
                         [&db](const QString& statement) { return QSqlQuery(db).exec(statement); }))
            db.close();
    }
    return db;
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    const QString sql = m_engine == SqlEngine::Postgres ? PostgresMigrations::versionQuery()
                                                        : QStringLiteral("PRAGMA user_version");
    if (query.exec(sql) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> Workspace::admitsWrites() const
{
    if (m_readOnly)
        return Error{ErrorCode::ReadOnly,
                     tr("The workspace %1 is open read-only: changes cannot be saved. Make the "
                        "file and its folder writable, or copy it elsewhere, and open it again.")
                         .arg(QDir::toNativeSeparators(m_path))};
    return m_check ? m_check->outcome() : Result<void>();
}

Result<void> Workspace::admitsWrites(const QSqlDatabase& database)
{
    const QMutexLocker lock(&registryMutex);
    const Workspace* workspace =
        registry().value(workspaceConnectionName(database.connectionName()));
    return workspace ? workspace->admitsWrites() : Result<void>();
}

bool Workspace::isChecking() const
{
    return m_check && m_check->state() == IntegrityCheck::State::Running;
}

Result<void> Workspace::waitForCheck() const
{
    if (m_check)
        (void)m_check->wait();
    return admitsWrites();
}

void Workspace::whenChecked(QObject* context, std::function<void()> done) const
{
    if (m_check)
        m_check->whenFinished(context, std::move(done));
    else
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
}

bool Workspace::isReadOnlyLocation(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    constexpr auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    for (const QFileInfo& info : {file, folder})
        if (info.exists() && (!info.isWritable() || !(info.permissions() & writeBits)))
            return true;
    return QStorageInfo(folder.absoluteFilePath()).isReadOnly();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Options& options)
{
    if (path.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("No workspace file was given.")};
    if (ServerAddress::isServerUrl(path))
        return openServer(path, options);
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    const bool exists = info.exists();
    const bool readOnly = options.access == Access::ReadOnly;

    if (exists && info.isDir())
        return Error{ErrorCode::Invalid, tr("%1 is a folder, not a workspace file.").arg(shown)};
    if (!exists && (options.mode == Mode::OpenExisting || readOnly))
        return Error{ErrorCode::NotFound, tr("The workspace %1 does not exist.").arg(shown)};
    if (exists && options.mode == Mode::CreateNew)
        return Error{
            ErrorCode::AlreadyExists,
            tr("%1 already exists; choose another name for the new workspace.").arg(shown)};
    if (!exists && !info.dir().exists())
        return Error{ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};

    const int target =
        options.targetVersion < 0 ? Migrations::latestVersion() : options.targetVersion;
    const CompanionFiles companions(file);
    int fromVersion = 0;
    bool checked = !exists;
    if (exists) {
        if (!info.isReadable())
            return Error{ErrorCode::ReadOnly, tr("The workspace %1 cannot be read.").arg(shown)};
        auto header = SqliteHeader::read(file);
        if (!header)
            return header.error();
        if (header->kind == SqliteHeader::Kind::Empty)
            return Error{ErrorCode::NotADatabase,
                         tr("%1 is an empty file, not a ChannelDesk workspace. It was left "
                            "unchanged: delete it, or choose another name for a new workspace.")
                             .arg(shown)};
        if (header->kind == SqliteHeader::Kind::NotSqlite)
            return Error{
                ErrorCode::NotADatabase,
                tr("%1 is not a ChannelDesk workspace (it is not a database).").arg(shown)};
        // Committed changes in a -wal may not have reached the file's header yet.
        const bool walExisted = companions.existed(QStringLiteral("-wal"));
        if (!walExisted || QFileInfo(file + QStringLiteral("-wal")).size() == 0) {
            if (header->applicationId != applicationId)
                return foreignFile(shown);
            if (header->userVersion > Migrations::latestVersion())
                return newerSchema(shown, header->userVersion);
            if (header->isTruncated())
                return Error{ErrorCode::Corrupt,
                             tr("The workspace %1 is damaged: the file is shorter than its header "
                                "says (it was cut off). It was left unchanged; restore it from a "
                                "backup.")
                                 .arg(shown)};
        }
        if (!readOnly && isReadOnlyLocation(file))
            return Error{
                ErrorCode::ReadOnly,
                tr("The workspace %1 is read-only (the file, its folder or its disk cannot "
                   "be written), so ChannelDesk cannot work in it. Make it writable or "
                   "copy it to a writable folder; `channeldesk export` can still read it.")
                    .arg(shown)};
        // A file to upgrade is checked first, whatever its size: migrations write.
        const bool checkNow = header->fileSize <= options.checkBeforeOpenBytes ||
                              (!readOnly && header->userVersion < target);
        auto probed =
            probe(file, shown, header.value(), walExisted, checkNow, options.busyTimeoutMs);
        if (!probed) {
            companions.removeCreated();
            return probed.error();
        }
        fromVersion = probed->userVersion;
        checked = probed->checked || readOnly;
        if (readOnly && fromVersion < Migrations::latestVersion())
            return Error{ErrorCode::ReadOnly,
                         tr("The workspace %1 was written by an older version of ChannelDesk "
                            "(schema %2) and must be upgraded before it can be read, which "
                            "needs it writable.")
                             .arg(shown)
                             .arg(fromVersion)};
        if (readOnly) {
            const QString name = nextConnectionName();
            ScopedConnection guard(name);
            ConnectionOptions reader =
                readerOptions(file, header.value(), walExisted, options.busyTimeoutMs);
            reader.setup << QStringLiteral("PRAGMA query_only = ON");
            QSqlDatabase db = addConnection(name, reader);
            if (!db.open())
                return classify(db.lastError(), shown);
            for (const QString& statement : std::as_const(reader.setup))
                if (auto done = exec(db, statement, shown); !done)
                    return done.error();
            guard.release();
            return std::unique_ptr<Workspace>(
                new Workspace(file, name, std::move(reader), false, true, nullptr));
        }
    }

    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    ConnectionOptions writer = writerOptions(file, options.busyTimeoutMs);
    QSqlDatabase db = addConnection(name, writer);
    auto failCreated = [&](Error error) -> Result<std::unique_ptr<Workspace>> {
        db.close();
        if (!exists) {
            QFile::remove(file);
            companions.removeCreated();
        }
        return error;
    };
    if (!db.open()) {
        Error error = classify(db.lastError(), shown);
        if (!exists)
            error = {
                ErrorCode::CannotCreate,
                tr("The workspace %1 cannot be created: %2").arg(shown, db.lastError().text())};
        return failCreated(error);
    }
    for (const QString& statement : std::as_const(writer.setup))
        if (auto done = exec(db, statement, shown); !done)
            return failCreated(done.error());
    if (!exists || fromVersion < target) {
        if (auto migrated = migrate(db, shown, fromVersion, target, options.migrationStatements);
            !migrated) {
            Error error = migrated.error();
            if (!exists && error.code == ErrorCode::ReadOnly)
                error = {ErrorCode::CannotCreate,
                         tr("The workspace %1 cannot be created here.").arg(shown)};
            return failCreated(error);
        }
    }
    // WAL only now that the file is known to be ours (it stays WAL for every connection).
    const QString synchronous = QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = WAL"), synchronous})
        if (auto done = exec(db, pragma, shown); !done)
            return failCreated(done.error());
    writer.setup << synchronous;

    std::shared_ptr<IntegrityCheck> check;
    if (!checked)
        check = IntegrityCheck::inBackground(file, shown, options.busyTimeoutMs);
    guard.release();
    return std::unique_ptr<Workspace>(
        new Workspace(file, name, std::move(writer), !exists, false, std::move(check)));
}

void Workspace::removeFiles(const QString& path)
{
    QFile::remove(path);
    for (const QString& suffix : CompanionFiles::suffixes())
        QFile::remove(path + suffix);
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.channeldesk"));
}
