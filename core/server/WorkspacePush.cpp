#include "server/WorkspacePush.h"

#include "storage/Migrations.h"
#include "storage/ScopedConnection.h"
#include "storage/ServerAddress.h"
#include "storage/SqlError.h"
#include "storage/SqliteHeader.h"
#include "storage/StatementReader.h"
#include "storage/TableColumns.h"
#include "storage/Workspace.h"
#include "storage/postgres/PostgresBulkLoad.h"
#include "storage/postgres/PostgresMigrations.h"
#include "storage/postgres/PostgresNotifications.h"
#include "storage/postgres/PostgresSecurity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <list>
#include <optional>

namespace {

// One INSERT carries up to this many rows and values (PostgreSQL takes at most 65 535).
constexpr int maxRowsPerInsert = 1000;
constexpr int maxValuesPerInsert = 30000;
// 'CDK1', as Workspace.cpp marks a workspace file.
constexpr qint64 applicationId = 0x43444B31;

struct CopiedTable {
    QString name;
    QStringList columns;       ///< on the server
    QStringList sourceColumns; ///< what the file gives for each (its implicit rowid included)
    qint64 rows = 0;
};

Result<void> run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::toError(query.lastError());
    return {};
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::toError(query.lastError());
    if (!query.next())
        return Error{ErrorCode::Storage, WorkspacePush::tr("The database returned no answer.")};
    return query.value(0).toLongLong();
}

Result<QList<QPair<QString, QString>>> pairs(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqlError::toError(query.lastError());
    QList<QPair<QString, QString>> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

/// An older workspace is refused before SQLite opens it: reading it needs the upgrade, which
/// writes, and push never writes the file.
Result<void> refuseOlderFile(const QString& file, const QString& shown)
{
    const auto header = SqliteHeader::read(file);
    if (!header || header->kind != SqliteHeader::Kind::Sqlite ||
        header->applicationId != applicationId || header->userVersion <= 0 ||
        header->userVersion >= Migrations::latestVersion())
        return {};
    if (QFileInfo(file + QStringLiteral("-wal")).size() > 0)
        return {}; // the header may be stale; Workspace::open reads the version from SQLite
    return Error{ErrorCode::ReadOnly,
                 WorkspacePush::tr("The workspace %1 was written by an older version of "
                                   "ChannelDesk (schema %2; this version pushes schema %3). Open "
                                   "it once with this version (channeldesk --workspace FILE), "
                                   "which upgrades it, then push it again. It was left unchanged.")
                     .arg(shown)
                     .arg(header->userVersion)
                     .arg(Migrations::latestVersion())};
}

/// The tables to copy, parents before the tables whose foreign keys name them.
Result<QList<CopiedTable>> copyPlan(const QSqlDatabase& source, const QSqlDatabase& server,
                                    const QString& shown)
{
    auto sourceTables = TableColumns::of(source);
    if (!sourceTables)
        return sourceTables.error();
    auto serverTables = TableColumns::of(server);
    if (!serverTables)
        return serverTables.error();
    const QStringList derived = PostgresBulkLoad::derivedTables();
    for (auto table = sourceTables->cbegin(); table != sourceTables->cend(); ++table)
        if (!derived.contains(table.key()) && !serverTables->contains(table.key()))
            return Error{ErrorCode::Invalid,
                         WorkspacePush::tr("The workspace %1 has a table %2 that the team "
                                           "server's schema lacks; nothing was pushed.")
                             .arg(shown, table.key())};

    auto keys = pairs(server, PostgresBulkLoad::foreignKeysQuery());
    if (!keys)
        return keys.error();
    QMap<QString, QSet<QString>> parents;
    for (const auto& [child, parent] : std::as_const(keys.value()))
        if (child != parent)
            parents[child].insert(parent);

    QList<CopiedTable> plan;
    QSet<QString> placed;
    QStringList waiting;
    for (auto table = serverTables->cbegin(); table != serverTables->cend(); ++table)
        if (!derived.contains(table.key()) && sourceTables->contains(table.key()))
            waiting << table.key();
    while (!waiting.isEmpty()) {
        const auto ready = std::find_if(waiting.cbegin(), waiting.cend(), [&](const QString& name) {
            const QSet<QString> needed = parents.value(name);
            return std::all_of(needed.cbegin(), needed.cend(), [&](const QString& parent) {
                return placed.contains(parent) || !waiting.contains(parent);
            });
        });
        if (ready == waiting.cend())
            return Error{ErrorCode::Storage,
                         WorkspacePush::tr("The team server's tables %1 refer to each other in a "
                                           "circle; they cannot be copied one after the other.")
                             .arg(waiting.join(QStringLiteral(", ")))};
        CopiedTable table;
        table.name = *ready;
        const QStringList fileColumns = sourceTables->value(table.name);
        for (const QString& column : serverTables->value(table.name)) {
            if (fileColumns.contains(column)) {
                table.columns << column;
                table.sourceColumns << column;
            } else if (column == QLatin1String("rowid")) {
                // The directories' keys: SQLite's implicit rowid, a column on the server.
                table.columns << column;
                table.sourceColumns << QStringLiteral("rowid");
            }
        }
        placed.insert(table.name);
        waiting.removeOne(table.name);
        if (!table.columns.isEmpty())
            plan << table;
    }
    return plan;
}

QString insertStatement(const CopiedTable& table, int rows)
{
    const QString row =
        QLatin1Char('(') +
        QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
        .arg(table.name, table.columns.join(QLatin1Char(',')),
             QStringList(rows, row).join(QLatin1Char(',')));
}

/// The rows the file gives for a table; workspace_info without the schema version, which the
/// server keeps in that table itself.
QString selectStatement(const CopiedTable& table)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2")
                      .arg(table.sourceColumns.join(QLatin1Char(',')), table.name);
    if (table.name == QLatin1String("workspace_info"))
        sql += QStringLiteral(" WHERE key <> 'schema_version'");
    return sql;
}

class Copy {
public:
    Copy(const QSqlDatabase& source, QSqlDatabase& server,
         const WorkspacePush::ProgressFunction& progress)
        : m_source(source)
        , m_server(server)
        , m_progress(progress)
    {
    }

    Result<qint64> table(const CopiedTable& table, qint64 rowsTotal)
    {
        const int columns = int(table.columns.size());
        const int batchRows = std::clamp(maxValuesPerInsert / columns, 1, maxRowsPerInsert);
        // Kept until the copy ends: a statement freed after a failure, inside the failed
        // transaction, makes the driver warn.
        m_statements.emplace_back(m_server);
        QSqlQuery& full = m_statements.back();
        if (!full.prepare(insertStatement(table, batchRows)))
            return SqlError::toError(full.lastError());
        QVariantList batch;
        batch.reserve(batchRows * columns);
        qint64 copied = 0;
        Result<void> written;
        const auto flush = [&]() -> Result<void> {
            const int rows = int(batch.size() / columns);
            if (rows == 0)
                return {};
            if (rows != batchRows)
                m_statements.emplace_back(m_server);
            QSqlQuery& query = rows == batchRows ? full : m_statements.back();
            if (rows != batchRows && !query.prepare(insertStatement(table, rows)))
                return SqlError::toError(query.lastError());
            for (int index = 0; index < batch.size(); ++index)
                query.bindValue(index, batch.at(index));
            if (!query.exec())
                return SqlError::toError(query.lastError());
            copied += rows;
            m_rowsCopied += rows;
            batch.clear();
            if (m_progress)
                m_progress({table.name, m_rowsCopied, rowsTotal});
            return {};
        };
        auto read = StatementReader::read(m_source, selectStatement(table), {},
                                          [&](const StatementRow& row) {
                                              if (!written)
                                                  return;
                                              for (int column = 0; column < columns; ++column)
                                                  batch << row.value(column);
                                              if (batch.size() >= batchRows * columns)
                                                  written = flush();
                                          });
        if (!written)
            return written.error();
        if (!read)
            return read.error();
        if (auto last = flush(); !last)
            return last.error();
        return copied;
    }

private:
    QSqlDatabase m_source;
    QSqlDatabase& m_server;
    const WorkspacePush::ProgressFunction& m_progress;
    qint64 m_rowsCopied = 0;
    std::list<QSqlQuery> m_statements;
};

Error refusedServer(const QString& shown, qint64 version)
{
    if (version > 0)
        return {ErrorCode::AlreadyExists,
                WorkspacePush::tr("The database %1 already holds a ChannelDesk workspace (schema "
                                  "%2). Push needs an empty database; nothing was changed.")
                    .arg(shown)
                    .arg(version)};
    return {ErrorCode::AlreadyExists,
            WorkspacePush::tr("The database %1 is not empty: it holds tables of another program. "
                              "Push needs an empty database; nothing was changed.")
                .arg(shown)};
}

/// Everything on the server, in the transaction push() began.
Result<WorkspacePush::Report> fill(const QSqlDatabase& source, QSqlDatabase& server,
                                   const QString& fileShown, const QString& shown, Copy& copy)
{
    if (auto locked = run(server, PostgresBulkLoad::migrationLock()); !locked)
        return locked.error();
    const auto tables = scalar(server, PostgresBulkLoad::tableCountQuery());
    if (!tables)
        return tables.error();
    if (tables.value() > 0) {
        const auto version = scalar(server, PostgresMigrations::versionQuery());
        return refusedServer(shown, version ? version.value() : 0);
    }
    QElapsedTimer phase;
    phase.start();
    for (int version = 1; version <= Migrations::latestVersion(); ++version)
        for (const QString& statement : PostgresMigrations::statements(version))
            if (auto migrated = run(server, statement); !migrated)
                return Error{migrated.error().code,
                             WorkspacePush::tr("Creating the schema on %1 failed at migration "
                                               "%2: %3")
                                 .arg(shown)
                                 .arg(version)
                                 .arg(migrated.error().message)};

    auto plan = copyPlan(source, server, fileShown);
    if (!plan)
        return plan.error();
    auto serverTables = TableColumns::of(server);
    if (!serverTables)
        return serverTables.error();
    for (const QString& table : serverTables->keys())
        if (auto off = run(server, PostgresBulkLoad::triggersOff(table)); !off)
            return off.error();

    qint64 rowsTotal = 0;
    for (CopiedTable& table : plan.value()) {
        auto rows = scalar(
            source,
            QStringLiteral("SELECT count(*) FROM (%1) AS copied").arg(selectStatement(table)));
        if (!rows)
            return rows.error();
        table.rows = rows.value();
        rowsTotal += table.rows;
    }
    WorkspacePush::Report report;
    report.server = shown;
    report.schemaMilliseconds = phase.restart();
    for (const CopiedTable& table : std::as_const(plan.value())) {
        auto copied = copy.table(table, rowsTotal);
        if (!copied)
            return Error{copied.error().code, WorkspacePush::tr("Copying the table %1 failed: %2")
                                                  .arg(table.name, copied.error().message)};
        if (copied.value() != table.rows)
            return Error{ErrorCode::Storage,
                         WorkspacePush::tr("The table %1 changed while it was being copied (%2 "
                                           "rows counted, %3 read).")
                             .arg(table.name)
                             .arg(table.rows)
                             .arg(copied.value())};
        report.rowsByTable.insert(table.name, copied.value());
        report.rows += copied.value();
    }
    report.copyMilliseconds = phase.elapsed();

    // The leads' sort keys and the companies' domains came with the rows.
    for (const QString& statement : PostgresMigrations::derivedTableStatements())
        if (auto derived = run(server, statement); !derived)
            return derived.error();
    for (const QString& table : serverTables->keys())
        if (auto on = run(server, PostgresBulkLoad::triggersOn(table)); !on)
            return on.error();
    auto identities = pairs(server, PostgresBulkLoad::identityColumnsQuery());
    if (!identities)
        return identities.error();
    for (const auto& [table, column] : std::as_const(identities.value()))
        if (PostgresBulkLoad::isIdentifier(table) && PostgresBulkLoad::isIdentifier(column))
            if (auto set = run(server, PostgresBulkLoad::identityAfterCopy(table, column)); !set)
                return set.error();
    return report;
}

} // namespace

Result<WorkspacePush::Report> WorkspacePush::push(const QString& file, const QString& url,
                                                  const ProgressFunction& progress)
{
    if (ServerAddress::isServerUrl(file))
        return Error{ErrorCode::Invalid,
                     tr("Push copies a workspace file to a team server; the first argument must "
                        "be a file, not a server address.")};
    if (!ServerAddress::isServerUrl(url))
        return Error{ErrorCode::Invalid,
                     tr("Push needs the team database as postgresql://LOGIN:PASSWORD@HOST:PORT/"
                        "DATABASE, not \u201c%1\u201d.")
                         .arg(url)};
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    const QString shown = address->displayUrl();
    const QString fileShown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (QFileInfo(file).isFile())
        if (auto older = refuseOlderFile(file, fileShown); !older)
            return older.error();

    Workspace::Options reading;
    reading.mode = Workspace::Mode::OpenExisting;
    reading.access = Workspace::Access::ReadOnly;
    auto workspace = Workspace::open(file, reading);
    if (!workspace)
        return workspace.error();
    const QSqlDatabase source = workspace.value()->database();

    const QString name = nextConnectionName();
    ScopedConnection guard(name);
    Workspace::ConnectionOptions options;
    options.engine = SqlEngine::Postgres;
    options.server = address.value();
    QSqlDatabase server = Workspace::addConnection(name, options);
    if (!server.isValid())
        return Error{ErrorCode::Storage,
                     tr("This installation cannot reach team servers: Qt's PostgreSQL driver "
                        "(Debian package libqt6sql6-psql) is missing.")};
    if (!server.open())
        return Error{ErrorCode::Storage, tr("Could not connect to the team server %1: %2")
                                             .arg(shown, server.lastError().text().trimmed())};

    QElapsedTimer clock;
    clock.start();
    if (auto begun = run(server, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    // The source is read in one transaction too: one consistent state of the file.
    QSqlDatabase reader = source;
    if (auto begun = run(reader, QStringLiteral("BEGIN")); !begun) {
        (void)run(server, QStringLiteral("ROLLBACK"));
        return begun.error();
    }
    std::optional<Copy> copy(std::in_place, source, server, progress);
    auto report = fill(source, server, fileShown, shown, *copy);
    (void)run(reader, QStringLiteral("ROLLBACK"));
    // The roles, row-level security and live-update triggers of `server init`, in the same
    // transaction.
    for (const QString& statement :
         PostgresSecurity::statements() + PostgresNotifications::statements()) {
        if (!report)
            break;
        if (auto secured = run(server, statement); !secured)
            report = secured.error();
    }
    if (report) {
        if (auto committed = run(server, QStringLiteral("COMMIT")); !committed)
            report = committed.error();
    }
    if (!report) {
        (void)run(server, QStringLiteral("ROLLBACK"));
        copy.reset();
        Error error = report.error();
        if (error.code != ErrorCode::AlreadyExists)
            error.message = tr("Pushing %1 to %2 failed; the team database was left as it was "
                               "(empty). %3")
                                .arg(fileShown, shown, error.message);
        return error;
    }
    // Fresh tables have no planner statistics until autovacuum gets to them: without them
    // PostgreSQL guesses a few hundred leads per account and picks nested loops over the whole
    // directory (search on a pushed 1 M-lead workspace: seconds instead of milliseconds).
    // The data is committed; if this fails, autovacuum analyzes later.
    (void)run(server, QStringLiteral("ANALYZE"));
    report->milliseconds = clock.elapsed();
    return report;
}
