#include "transfer/ImportRunner.h"

#include "storage/SqlError.h"
#include "storage/StatementCache.h"
#include "storage/Transaction.h"
#include "transfer/CsvReader.h"

#include <QIODevice>
#include <QSqlQuery>

#include <optional>

namespace {

bool allEmpty(const QStringList& cells)
{
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

/// The number of cells up to the last one that is not empty.
qsizetype usedCells(const QStringList& cells)
{
    qsizetype used = cells.size();
    while (used > 0 && cells.at(used - 1).trimmed().isEmpty())
        --used;
    return used;
}

/// For the life of an import, a larger page cache (the leads table has many indexes), statement
/// journals in memory and fewer, larger WAL checkpoints; the connection's settings are restored
/// afterwards.
class ConnectionTuning {
    Q_DISABLE_COPY_MOVE(ConnectionTuning)

public:
    explicit ConnectionTuning(QSqlDatabase database)
        : m_database(std::move(database))
    {
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_cacheSize = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next())
            m_tempStore = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next())
            m_autoCheckpoint = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
        query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384")); // pages: 64 MiB
    }
    ~ConnectionTuning()
    {
        QSqlQuery query(m_database);
        // Numbers read from the pragmas above, not input.
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
        query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }

private:
    QSqlDatabase m_database;
    qint64 m_cacheSize = -2000;
    int m_tempStore = 0;
    int m_autoCheckpoint = 1000;
};

} // namespace

bool ImportRunner::skipsRow(ErrorCode code)
{
    return code == ErrorCode::Invalid || code == ErrorCode::NotFound ||
           code == ErrorCode::PermissionDenied || code == ErrorCode::AlreadyExists;
}

Result<ImportReport> ImportRunner::run(const QSqlDatabase& database, QIODevice* csv, const Row& row,
                                       const ImportProgress& progress, int batchSize,
                                       QStringList* header)
{
    CsvReader reader(csv);
    QStringList headerCells;
    auto first = reader.readRecord(headerCells);
    if (!first)
        return first.error();
    if (!first.value())
        return Error{ErrorCode::Invalid, tr("The file is empty: it has no header line.")};
    if (header)
        *header = headerCells;
    const qint64 total = csv->isSequential() ? 0 : csv->size();
    batchSize = qMax(1, batchSize);

    ImportReport report;
    const ConnectionTuning tuning(database); // outlives every transaction below
    StatementCache statements(database);
    std::optional<Transaction> transaction;
    qint64 batchRows = 0;
    qint64 lastLine = 0;
    QStringList batchNotes;

    auto statement = [&statements](const QString& sql) -> Result<void> {
        auto query = statements.prepared(sql);
        if (!query)
            return query.error();
        return SqlError::exec(*query.value());
    };
    auto commit = [&]() -> Result<void> {
        if (!transaction)
            return {};
        if (auto committed = transaction->commit(); !committed)
            return committed;
        transaction.reset();
        report.imported += batchRows;
        report.notes << batchNotes;
        if (batchRows > 0)
            report.lastCommittedLine = lastLine;
        batchRows = 0;
        batchNotes.clear();
        return {};
    };
    auto stop = [&](const Error& error) {
        transaction.reset(); // rolls the open batch back
        report.failure = error;
        return report;
    };
    auto cancel = [&] {
        transaction.reset();
        report.cancelled = true;
        return report;
    };
    auto skip = [&report](qint64 line, const QString& reason) {
        ++report.skipped;
        if (report.problems.size() < ImportReport::maxListedProblems)
            report.problems << ImportProblem{line, reason};
    };

    if (progress && !progress(0, reader.bytesRead(), total))
        return cancel();
    QStringList cells;
    for (;;) {
        auto read = reader.readRecord(cells);
        if (!read)
            return stop(read.error());
        if (!read.value())
            break;
        if (allEmpty(cells))
            continue;
        ++report.rowsRead;
        const qint64 line = reader.recordLine();
        if (const qsizetype used = usedCells(cells); used > headerCells.size()) {
            skip(line, tr("The row has %1 cells but the header only %2: is a delimiter or a quote "
                          "out of place?")
                           .arg(used)
                           .arg(headerCells.size()));
        } else {
            if (!transaction) {
                transaction.emplace(database);
                if (!transaction->isOpen())
                    return stop(transaction->error());
            }
            if (auto opened = statement(QStringLiteral("SAVEPOINT import_row")); !opened)
                return stop(opened.error());
            auto written = row(cells, line);
            if (written) {
                if (auto released = statement(QStringLiteral("RELEASE import_row")); !released)
                    return stop(released.error());
                ++batchRows;
                lastLine = line;
                if (!written.value().isEmpty())
                    batchNotes << written.value();
            } else if (skipsRow(written.error().code)) {
                if (auto undone = statement(QStringLiteral("ROLLBACK TO import_row")); !undone)
                    return stop(undone.error());
                if (auto released = statement(QStringLiteral("RELEASE import_row")); !released)
                    return stop(released.error());
                skip(line, written.error().message);
            } else {
                return stop(written.error());
            }
            if (batchRows >= batchSize)
                if (auto committed = commit(); !committed)
                    return stop(committed.error());
        }
        if (progress && report.rowsRead % progressInterval == 0 &&
            !progress(report.rowsRead, reader.bytesRead(), total))
            return cancel();
    }
    if (progress && !progress(report.rowsRead, reader.bytesRead(), total))
        return cancel();
    if (auto committed = commit(); !committed)
        return stop(committed.error());
    return report;
}
