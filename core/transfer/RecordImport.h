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

#include <functional>

/// LeadImport or PartnerImport, chosen by kind: what the import dialog and the command line call.
class RecordImport {
    Q_DECLARE_TR_FUNCTIONS(RecordImport)

public:
    /// What importByHeader matched in the file's header, before any row is imported.
    struct HeaderMatch {
        QStringList header;
        ImportMapping mapping;
        QStringList ignoredColumns; ///< why each column left out is (ImportMapping::ignoredColumns)
    };

    /// Whether acting may import records of kind (create leads / add partners).
    static bool isAllowed(TransferKind kind, const ActingContext& acting);
    static Result<QList<ImportField>> fields(TransferKind kind, const QSqlDatabase& database,
                                             const ActingContext& acting);
    static Result<ImportReport> importFile(TransferKind kind, const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& path,
                                           const ImportMapping& mapping,
                                           const ImportProgress& progress = {},
                                           const ImportBatch& batch = {});
    /// Imports the file at path with the columns its header names (ImportMapping::fromHeader),
    /// reading the file once: a pipe or FIFO works as a file does. matched hears the mapping
    /// before the first row is imported.
    static Result<ImportReport>
    importByHeader(TransferKind kind, const QSqlDatabase& database, const ActingContext& acting,
                   const QString& path, const std::function<void(const HeaderMatch&)>& matched,
                   const ImportProgress& progress = {}, const ImportBatch& batch = {});
};
