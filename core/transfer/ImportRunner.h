#pragma once

#include "common/Result.h"
#include "transfer/ImportProgress.h"
#include "transfer/ImportReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

/// The loop every CSV import shares: reads the header and then each row, hands the row to a
/// writer inside a savepoint (a refused row leaves nothing behind), commits every batchSize
/// imported rows in one transaction, reports progress and honours cancel (the open batch is
/// rolled back; committed batches stay).
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    /// Writes one row (cells by column; fewer than the header when the row is short). Returns a
    /// note for the report (usually empty), or an Error: Invalid, NotFound, PermissionDenied and
    /// AlreadyExists skip the row with the message as its reason; any other code stops the import.
    using Row = std::function<Result<QString>(const QStringList& cells, qint64 line)>;

    /// Rows per transaction. Larger batches write each touched index page once per commit
    /// instead of once per 5 000 rows: 100 000 rows into a million-lead workspace took 39 s in
    /// batches of 5 000 and 28 s in batches of 50 000. A cancel loses at most one batch.
    static constexpr int defaultBatchSize = 50'000;

    /// How often progress is called, in rows.
    static constexpr int progressInterval = 256;

    /// header receives the first record. An error only when the file cannot be read as CSV
    /// before any row (empty, unreadable header); later failures are in the report.
    static Result<ImportReport> run(const QSqlDatabase& database, QIODevice* csv, const Row& row,
                                    const ImportProgress& progress, int batchSize,
                                    QStringList* header = nullptr);

    /// Whether an Error of a row's writer skips the row (rather than stopping the import).
    static bool skipsRow(ErrorCode code);
    /// Opens the CSV file at path and imports it with importDevice.
    static Result<ImportReport>
    runOnFile(const QString& path,
              const std::function<Result<ImportReport>(QIODevice*)>& importDevice);
};
