#include "storage/Workspace.h"

#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// 'CDK1': marks a SQLite file as a ChannelDesk workspace.
constexpr qint64 applicationId = 0x43444B31;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite primary result codes as QSQLITE reports them in nativeErrorCode().
int sqliteCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
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
        return {ErrorCode::NotADatabase,
                Workspace::tr("%1 is not a ChannelDesk workspace (it is not a database).").arg(path)};
    case 11: // SQLITE_CORRUPT
        return {ErrorCode::Corrupt,
                Workspace::tr("The workspace %1 is damaged and cannot be opened. Restore it from a "
                              "backup.")
                    .arg(path)};
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

/// Closes and unregisters a connection when it goes out of scope.
class ScopedConnection {
public:
    explicit ScopedConnection(const QString& name) : m_name(name) {}
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    void release() { m_name.clear(); }

private:
    QString m_name;
};

QSqlDatabase addConnection(const QString& name, const QString& path, const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db;
}

struct Probe {
    int userVersion = 0;
};

/// Reads an existing file through a read-only connection: nothing here can change it.
Result<Probe> probe(const QString& path, int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    QSqlDatabase db = addConnection(
        name, path,
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return classify(db.lastError(), path);

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return classify(query.lastError(), path);
    const int objectCount = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return classify(query.lastError(), path);
    const qint64 appId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return classify(query.lastError(), path);
    Probe result;
    result.userVersion = query.value(0).toInt();

    if (objectCount > 0 && appId != applicationId)
        return Error{ErrorCode::NotADatabase,
                     Workspace::tr("%1 is a database of another program, not a ChannelDesk "
                                   "workspace.")
                         .arg(path)};
    if (result.userVersion > Migrations::latestVersion())
        return Error{ErrorCode::NewerSchema,
                     Workspace::tr("The workspace %1 was written by a newer version of ChannelDesk "
                                   "(schema %2; this version reads up to %3). Update ChannelDesk "
                                   "to open it.")
                         .arg(path)
                         .arg(result.userVersion)
                         .arg(Migrations::latestVersion())};
    return result;
}

Result<void> exec(QSqlDatabase& db, const QString& sql, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return classify(query.lastError(), path);
    return {};
}

Result<void> migrate(QSqlDatabase& db, const QString& path, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        if (auto begun = exec(db, QStringLiteral("BEGIN IMMEDIATE"), path); !begun)
            return begun;
        QStringList statements = Migrations::statements(version);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version)
                   << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
        for (const QString& statement : std::as_const(statements)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                Error error = classify(query.lastError(), path);
                if (error.code == ErrorCode::Storage)
                    error.message = Workspace::tr("Upgrading the workspace %1 to schema %2 failed: "
                                                  "%3")
                                        .arg(path)
                                        .arg(version)
                                        .arg(query.lastError().text());
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        if (auto committed = exec(db, QStringLiteral("COMMIT"), path); !committed) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return committed;
        }
    }
    return {};
}

} // namespace

Workspace::Workspace(QString path, QString connectionName, bool isNew)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_isNew(isNew)
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
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
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists();

    if (exists && info.isDir())
        return Error{ErrorCode::Invalid, tr("%1 is a folder, not a workspace file.").arg(shown)};
    if (!exists && options.mode == Mode::OpenExisting)
        return Error{ErrorCode::NotFound, tr("The workspace %1 does not exist.").arg(shown)};
    if (exists && options.mode == Mode::CreateNew)
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 already exists; choose another name for the new workspace.").arg(shown)};
    if (!exists && !info.dir().exists())
        return Error{ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};

    int fromVersion = 0;
    if (exists && info.size() > 0) {
        if (!info.isReadable())
            return Error{ErrorCode::ReadOnly, tr("The workspace %1 cannot be read.").arg(shown)};
        auto probed = probe(info.absoluteFilePath(), options.busyTimeoutMs);
        if (!probed)
            return probed.error();
        fromVersion = probed->userVersion;
        if (!info.isWritable())
            return Error{ErrorCode::ReadOnly,
                         tr("The workspace %1 is read-only. Make it writable or copy it elsewhere.")
                             .arg(shown)};
    }

    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    QSqlDatabase db = addConnection(name, info.absoluteFilePath(),
                                    QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    auto failCreated = [&](Error error) -> Result<std::unique_ptr<Workspace>> {
        db.close();
        if (!exists)
            removeFiles(info.absoluteFilePath());
        return error;
    };
    if (!db.open()) {
        Error error = classify(db.lastError(), shown);
        if (!exists)
            error = {ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created: %2").arg(shown, db.lastError().text())};
        return failCreated(error);
    }
    for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto done = exec(db, pragma, shown); !done) {
            Error error = done.error();
            if (!exists)
                error = {ErrorCode::CannotCreate,
                         tr("The workspace %1 cannot be created here.").arg(shown)};
            return failCreated(error);
        }
    }
    const int target = options.targetVersion < 0 ? Migrations::latestVersion()
                                                 : options.targetVersion;
    if (auto migrated = migrate(db, shown, fromVersion, target); !migrated)
        return failCreated(migrated.error());

    guard.release();
    return std::unique_ptr<Workspace>(new Workspace(info.absoluteFilePath(), name, !exists));
}

void Workspace::removeFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.channeldesk"));
}
