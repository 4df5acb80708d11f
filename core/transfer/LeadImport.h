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

/// Imports leads from a CSV file, one lead per row, with the rules of the Create Lead wizard
/// (LeadWriter): a row names its listing by product and marketplace (IDs or names), its company
/// and contact either as existing records (ID, or a company's name / a contact's e-mail that only
/// one record has) or as new ones from the company and contact columns, and its picks from lists
/// (source, campaign, selling direction, channel, owner) by ID or name. A bad row is skipped with
/// its line and reasons; good rows are committed in batches.
///
/// Field keys: product, marketplace, the lead field keys of leadFields (name, source,
/// lead_company_name, existing_company, company_name, company_website, company_tin, campaign,
/// selling_direction, service_or_product, first_name, last_name, middle_name, contact_phone,
/// contact_email, existing_contact, description, owner, city, content_channel) and
/// "custom.<id>" for the custom fields of the vendors' active forms.
class LeadImport {
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    /// The fields a column can be imported into, for acting: the listing's product and
    /// marketplace, the default lead form's fields, and the custom fields of the active lead forms
    /// on acting's listings.
    static Result<QList<ImportField>> fields(const QSqlDatabase& database,
                                             const ActingContext& acting);

    /// Imports the CSV file at path. An Error when nothing could start (acting may not create
    /// leads, the mapping lacks a required field, the file cannot be read); otherwise the report,
    /// which also says whether the import was cancelled or stopped.
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
