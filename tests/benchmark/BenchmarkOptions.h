#pragma once

#include "common/Result.h"
#include "transfer/ImportBatch.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The directory benchmark's command line: how big a workspace, where it is, how many runs.
struct BenchmarkOptions {
    Q_DECLARE_TR_FUNCTIONS(BenchmarkOptions)

public:
    int leads = 1'000'000;
    int partners = 100'000;
    /// A generated workspace to reuse when the file exists (else one is generated there and
    /// kept); empty: generate one into a temporary folder and delete it at the end.
    QString workspacePath;
    int repeat = 5;           ///< repetitions of each cheap measurement (the median is reported)
    int creates = 20;         ///< leads created one by one through core
    int importRows = 100'000; ///< CSV rows imported
    /// The import's batch time (ImportBatch::maxMilliseconds); a huge value batches by count
    /// only, as imports did before batches were timed.
    int importBatchMs = ImportBatch{}.maxMilliseconds;
    int windowRows = 128;    ///< rows of a window read through core and the C API (as the model)
    int stride = 128;        ///< rows between two index anchors (DirectoryModel::windowRows)
    int scrollStep = 128;    ///< rows between two rows asked for while scrolling the model
    QString search;          ///< the word searched for; empty: a company word of the workspace
    bool writesOnly = false; ///< measure only creating and importing leads (to tune writes)
    /// A team database (postgresql://…) to measure beside the file: the file is pushed there
    /// first when it is empty. Then only core and the floors are measured, on both engines.
    QString serverUrl;
    bool help = false;

    static Result<BenchmarkOptions> parse(const QStringList& arguments);
    static QString usage();
};
