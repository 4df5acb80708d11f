#pragma once

#include "common/Result.h"
#include "transfer/ImportBatch.h"
#include "transfer/ImportProgress.h"
#include "transfer/ImportReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class CsvReader;
class QIODevice;

/// The loop every CSV import shares: reads the header and then each row, hands the row to a
/// writer inside a savepoint (a refused row leaves nothing behind), commits a batch of rows in one
/// transaction (ImportBatch: by count and by time), reports progress and honours cancel (the open
/// batch is rolled back; committed batches stay). The input is read once, from one reader: a pipe
/// or FIFO works as a file does.
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    /// Writes one row (cells by column; fewer than the header when the row is short). Returns a
    /// note for the report (usually empty), or an Error: Invalid, NotFound, PermissionDenied and
    /// AlreadyExists skip the row with the message as its reason; any other code stops the import.
    using Row = std::function<Result<QString>(const QStringList& cells, qint64 line)>;

    /// How often progress is called, in rows.
    static constexpr int progressInterval = 256;

    /// The first record of reader, which names the columns; an Invalid error when there is none.
    static Result<QStringList> readHeader(CsvReader& reader);
    /// Imports the rows after the header, which reader has read already (header: its cells).
    /// What goes wrong on the way (unreadable input, a failed write) is in the report.
    static Result<ImportReport> run(const QSqlDatabase& database, CsvReader& reader,
                                    const QStringList& header, const Row& row,
                                    const ImportProgress& progress, const ImportBatch& batch);

    /// Whether an Error of a row's writer skips the row (rather than stopping the import).
    static bool skipsRow(ErrorCode code);
    /// What imports the rows after a header (LeadImport::importRows, PartnerImport::importRows).
    using Rows = std::function<Result<ImportReport>(CsvReader& reader, const QStringList& header)>;
    /// Reads the header of csv (open for reading) and hands the reader to importRows.
    static Result<ImportReport> runOnDevice(QIODevice* csv, const Rows& importRows);
    /// Opens the CSV file at path once (a pipe or FIFO too) and runs runOnDevice on it.
    static Result<ImportReport> runOnFile(const QString& path, const Rows& importRows);
};
