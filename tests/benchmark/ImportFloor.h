#pragma once

#include "ImportListing.h"
#include "common/Result.h"

#include <QList>
#include <QString>

/// The baselines of the import benchmark, written through the SQLite C API into the workspace
/// copy: the records of the benchmark's CSV file (LeadCsvFile), with what a CSV import writes
/// for them: an ID recorded in issued_ids and one event per company, contact and lead, the lead
/// search written at the end of each batch, the bulk-write pragmas, transactions of the import's
/// batch size. Nothing is read from a file, parsed, looked up or validated.
class ImportFloor {
public:
    struct Setup {
        QString path;
        int rows = 0;
        int batchSize = 1;
        QList<ImportListing> listings;
        QString sellingDirectionId;
        QString accountId;
        QString userId;
    };

    /// The floor: row by row, as the import writes, through prepared statements. Rows/s.
    static Result<double> rowByRow(const Setup& setup);
    /// The ceiling of the schema: the same records prepared beforehand in a temporary table
    /// (not timed) and written with one INSERT … SELECT per table and batch. Rows/s.
    static Result<double> setBased(const Setup& setup);
};
