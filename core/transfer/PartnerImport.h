#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "transfer/ImportField.h"
#include "transfer/ImportMapping.h"
#include "transfer/ImportProgress.h"
#include "transfer/ImportReport.h"
#include "transfer/ImportRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class CsvReader;
class QIODevice;

/// Imports partners from a CSV file, one partner per row, with the rules of the Add partner
/// wizard (PartnerService::validate, PartnerWriter): each partner joins one of the acting
/// distributor's existing agreements (program for a vendor, service for a reseller, by ID or
/// name) and either gets its account at once, with the users named in the row (default: the
/// acting user), or an invitation, whose activation link is listed in the report's notes. A bad
/// row is skipped with its line and reasons; good rows are committed in batches.
///
/// Field keys: type, name, external_id, description, countries, industry,
/// technical_contact_name, technical_contact_email, business_contact_name,
/// business_contact_email, agreement, action, users.
class PartnerImport {
    Q_DECLARE_TR_FUNCTIONS(PartnerImport)

public:
    static QList<ImportField> fields(const ActingContext& acting);

    /// Imports the CSV file at path. An Error when nothing could start (acting may not add
    /// partners, the mapping lacks a required field, the file cannot be read); otherwise the
    /// report, which also says whether the import was cancelled or stopped.
    static Result<ImportReport> importFile(const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& path,
                                           const ImportMapping& mapping,
                                           const ImportProgress& progress = {},
                                           const ImportBatch& batch = {});
    /// The same from an open device (its size is the progress total).
    static Result<ImportReport> importDevice(const QSqlDatabase& database,
                                             const ActingContext& acting, QIODevice* csv,
                                             const ImportMapping& mapping,
                                             const ImportProgress& progress = {},
                                             const ImportBatch& batch = {});
    /// The rows after the header, which reader has read already (header: its cells).
    static Result<ImportReport> importRows(const QSqlDatabase& database,
                                           const ActingContext& acting, CsvReader& reader,
                                           const QStringList& header, const ImportMapping& mapping,
                                           const ImportProgress& progress = {},
                                           const ImportBatch& batch = {});
};
