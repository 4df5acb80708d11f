// Workspace::open for a team server: a PostgreSQL database reached through Qt's QPSQL driver.

#include "storage/Migrations.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlError.h"
#include "storage/Workspace.h"
#include "storage/postgres/PostgresMigrations.h"
#include "storage/postgres/PostgresNotifications.h"
#include "storage/postgres/PostgresSecurity.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

/// Why a connection to the server failed, in words an administrator can act on. libpq reports
/// connection failures without a SQLSTATE, so its message is read.
Error connectionError(const QSqlError& error, const ServerAddress& address)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = QStringLiteral("%1:%2").arg(address.host).arg(address.port);
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")))
        return {ErrorCode::PermissionDenied,
                Workspace::tr("The team server at %1 did not accept the login %2 with this "
                              "password.")
                    .arg(where, address.login)};
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return {ErrorCode::NotFound, Workspace::tr("The team server at %1 has no database \"%2\".")
                                         .arg(where, address.database)};
    return {
        ErrorCode::Storage,
        Workspace::tr("Could not connect to the team server at %1: %2").arg(where, text.trimmed())};
}

Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::toError(query.lastError());
    return query;
}

Result<qint64> scalar(QSqlDatabase& db, const QString& sql)
{
    auto query = run(db, sql);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::Storage, Workspace::tr("The team server returned no answer.")};
    return query->value(0).toLongLong();
}

/// Every migration from `from` to `to` in one transaction (PostgreSQL's DDL is transactional):
/// if one fails, the database is left as it was. An advisory lock keeps two clients that open
/// an old database at once from upgrading it twice.
Result<void> migrate(QSqlDatabase& db, const QString& shown, int to)
{
    if (auto begun = run(db, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    const auto fail = [&](Error error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (auto locked = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(4342001)")); !locked)
        return fail(locked.error());
    const auto current = scalar(db, PostgresMigrations::versionQuery());
    if (!current)
        return fail(current.error());
    if (current.value() >= to)
        return fail({ErrorCode::Locked,
                     Workspace::tr("The team workspace %1 was upgraded by another client while "
                                   "it was being opened. Open it again.")
                         .arg(shown)});
    for (int version = int(current.value()) + 1; version <= to; ++version) {
        for (const QString& statement : PostgresMigrations::statements(version)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                Error error = SqlError::toError(query.lastError());
                if (error.code != ErrorCode::PermissionDenied)
                    error.message = Workspace::tr("Upgrading the team workspace %1 to schema %2 "
                                                  "failed: %3. It was left as it was.")
                                        .arg(shown)
                                        .arg(version)
                                        .arg(query.lastError().text());
                return fail(error);
            }
        }
    }
    // A workspace set up by `server init` keeps its policies, on new tables too.
    const auto secured = scalar(db, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                                   "'channeldesk_set_login' AND pronamespace = "
                                                   "current_schema()::regnamespace"));
    if (!secured)
        return fail(secured.error());
    if (secured.value() > 0)
        for (const QString& statement : PostgresSecurity::statements())
            if (auto done = run(db, statement); !done)
                return fail(done.error());
    if (auto committed = run(db, QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    return {};
}

/// Installs the notify triggers (PostgresNotifications) when the database lacks some, in one
/// transaction. Only the database's owner may: for any other login a database without them
/// opens all the same, without live updates.
Result<void> installNotifications(QSqlDatabase& db)
{
    const auto installed = scalar(db, PostgresNotifications::installedQuery());
    if (!installed)
        return installed.error();
    if (installed.value() >= PostgresNotifications::tables().size())
        return {};
    if (auto begun = run(db, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    if (auto locked = run(db, QStringLiteral("SELECT pg_advisory_xact_lock(4342001)")); !locked) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return locked.error();
    }
    for (const QString& statement : PostgresNotifications::statements()) {
        if (auto done = run(db, statement); !done) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return done.error().code == ErrorCode::PermissionDenied ? Result<void>() : done.error();
        }
    }
    if (auto committed = run(db, QStringLiteral("COMMIT")); !committed) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString& url, const Options& options)
{
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    const QString shown = address->displayUrl();
    const bool readOnly = options.access == Access::ReadOnly;
    const int target =
        options.targetVersion < 0 ? Migrations::latestVersion() : options.targetVersion;

    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    ConnectionOptions connectionOptions;
    connectionOptions.engine = SqlEngine::Postgres;
    connectionOptions.server = address.value();
    if (readOnly)
        connectionOptions.setup << QStringLiteral("SET default_transaction_read_only = on");
    QSqlDatabase db = addConnection(name, connectionOptions);
    if (!db.isValid())
        return Error{ErrorCode::Storage,
                     tr("This installation cannot reach team servers: Qt's PostgreSQL driver "
                        "(Debian package libqt6sql6-psql) is missing.")};
    if (!db.open())
        return connectionError(db.lastError(), address.value());

    // What the database holds: nothing (a new team workspace), ours, or somebody else's tables.
    const auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                                  "WHERE schemaname = current_schema()"));
    if (!tables)
        return tables.error();
    const auto version = scalar(db, PostgresMigrations::versionQuery());
    if (!version)
        return version.error();
    const bool isNew = tables.value() == 0;
    if (isNew && options.mode == Mode::OpenExisting)
        return Error{ErrorCode::NotFound,
                     tr("The database %1 on the team server is empty. An administrator creates "
                        "the team workspace there with `channeldesk server init`.")
                         .arg(shown)};
    if (!isNew && options.mode == Mode::CreateNew)
        return Error{ErrorCode::AlreadyExists,
                     tr("The database %1 is not empty; a new team workspace needs an empty "
                        "database. Nothing was changed.")
                         .arg(shown)};
    if (!isNew && version.value() == 0)
        return Error{ErrorCode::NotADatabase,
                     tr("The database %1 holds tables of another program, not a ChannelDesk "
                        "workspace. Nothing was changed.")
                         .arg(shown)};
    if (version.value() > Migrations::latestVersion())
        return Error{ErrorCode::NewerSchema,
                     tr("The team workspace %1 was written by a newer version of ChannelDesk "
                        "(schema %2; this version reads up to %3). Update ChannelDesk to open it.")
                         .arg(shown)
                         .arg(version.value())
                         .arg(Migrations::latestVersion())};
    if (version.value() < target) {
        if (readOnly)
            return Error{ErrorCode::ReadOnly,
                         tr("The team workspace %1 has schema %2 and must be upgraded before it "
                            "can be read.")
                             .arg(shown)
                             .arg(version.value())};
        if (auto migrated = migrate(db, shown, target); !migrated)
            return migrated.error();
    }
    if (!readOnly && target == Migrations::latestVersion())
        if (auto live = installNotifications(db); !live)
            return live.error();
    for (const QString& statement : std::as_const(connectionOptions.setup))
        if (auto set = run(db, statement); !set)
            return set.error();

    guard.release();
    std::unique_ptr<Workspace> workspace(
        new Workspace(shown, name, connectionOptions, isNew, readOnly, nullptr));
    workspace->m_engine = SqlEngine::Postgres;
    workspace->m_server = address.value();
    return workspace;
}
