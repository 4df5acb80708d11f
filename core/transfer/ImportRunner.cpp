#include "transfer/ImportRunner.h"

#include "storage/BulkWriteTuning.h"
#include "storage/SearchDeferral.h"
#include "storage/SqlEngine.h"
#include "storage/SqlError.h"
#include "storage/StatementCache.h"
#include "storage/Transaction.h"
#include "transfer/CsvReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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

} // namespace

bool ImportRunner::skipsRow(ErrorCode code)
{
    return code == ErrorCode::Invalid || code == ErrorCode::NotFound ||
           code == ErrorCode::PermissionDenied || code == ErrorCode::AlreadyExists;
}

Result<QStringList> ImportRunner::readHeader(CsvReader& reader)
{
    QStringList header;
    auto first = reader.readRecord(header);
    if (!first)
        return first.error();
    if (!first.value())
        return Error{ErrorCode::Invalid, tr("The file is empty: it has no header line.")};
    return header;
}

Result<ImportReport> ImportRunner::run(const QSqlDatabase& database, CsvReader& reader,
                                       const QStringList& header, const Row& row,
                                       const ImportProgress& progress, const ImportBatch& batch)
{
    const qint64 total = reader.device()->isSequential() ? 0 : reader.device()->size();
    const int batchSize = qMax(1, batch.maxRows);

    ImportReport report;
    const BulkWriteTuning tuning(database); // outlives every transaction below
    StatementCache statements(database);
    std::optional<Transaction> transaction;
    QElapsedTimer batchTime; // since the batch's transaction began
    qint64 batchRows = 0;
    qint64 lastLine = 0;
    QStringList batchNotes;

    const bool reusePrepared = sqlEngineOf(database) == SqlEngine::Sqlite;
    auto statement = [&statements, &database, reusePrepared](const QString& sql) -> Result<void> {
        // PostgreSQL cannot prepare transaction control (SAVEPOINT, RELEASE, ROLLBACK TO).
        if (!reusePrepared) {
            QSqlQuery query(database);
            if (!query.exec(sql))
                return SqlError::toError(query.lastError());
            return {};
        }
        auto query = statements.prepared(sql);
        if (!query)
            return query.error();
        return SqlError::exec(*query.value());
    };
    auto commit = [&]() -> Result<void> {
        if (!transaction)
            return {};
        if (auto indexed = SearchDeferral::finish(database); !indexed)
            return indexed;
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
        if (const qsizetype used = usedCells(cells); used > header.size()) {
            skip(line, tr("The row has %1 cells but the header only %2: is a delimiter or a quote "
                          "out of place?")
                           .arg(used)
                           .arg(header.size()));
        } else {
            if (!transaction) {
                transaction.emplace(database);
                if (!transaction->isOpen())
                    return stop(transaction->error());
                batchTime.start();
                if (auto deferred = SearchDeferral::begin(database); !deferred)
                    return stop(deferred.error());
            }
            if (auto opened = statement(QStringLiteral("SAVEPOINT import_row")); !opened)
                return stop(opened.error());
            auto written = row(cells, line);
            if (written) {
                if (auto released = statement(QStringLiteral("RELEASE import_row")); !released)
                    return stop(released.error());
                ++batchRows;
                lastLine = reader.recordEndLine();
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
            // By time too: other writers wait for the lock while a batch is open.
            if (batchRows >= batchSize || batchTime.elapsed() >= batch.maxMilliseconds) {
                if (auto committed = commit(); !committed)
                    return stop(committed.error());
                QThread::msleep(static_cast<unsigned long>(qMax(0, batch.pauseMilliseconds)));
            }
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

Result<ImportReport> ImportRunner::runOnDevice(QIODevice* csv, const Rows& importRows)
{
    CsvReader reader(csv);
    auto header = readHeader(reader);
    if (!header)
        return header.error();
    return importRows(reader, header.value());
}

Result<ImportReport> ImportRunner::runOnFile(const QString& path, const Rows& importRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("Could not open %1: %2").arg(path, file.errorString())};
    return runOnDevice(&file, importRows);
}
