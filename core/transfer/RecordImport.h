#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "transfer/ImportField.h"
#include "transfer/ImportMapping.h"
#include "transfer/ImportProgress.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"
#include "transfer/TransferKind.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// LeadImport or PartnerImport, chosen by kind: what the import dialog and the command line call.
class RecordImport {
    Q_DECLARE_TR_FUNCTIONS(RecordImport)

public:
    static constexpr int defaultBatchSize = ImportRunner::defaultBatchSize;

    /// Whether acting may import records of kind (create leads / add partners).
    static bool isAllowed(TransferKind kind, const ActingContext& acting);
    static Result<QList<ImportField>> fields(TransferKind kind, const QSqlDatabase& database,
                                             const ActingContext& acting);
    static Result<ImportReport> importFile(TransferKind kind, const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& path,
                                           const ImportMapping& mapping,
                                           const ImportProgress& progress = {},
                                           int batchSize = defaultBatchSize);
};
