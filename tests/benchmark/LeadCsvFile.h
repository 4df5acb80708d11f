#pragma once

#include "ImportListing.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The CSV file of the import benchmark, as a distributor would export it from another CRM:
/// every tenth row brings a new customer company with its contact; the nine rows after it name
/// that company (by its exact name) and contact (by e-mail) as existing records.
class LeadCsvFile {
public:
    /// Field keys of LeadImport, so ImportMapping::fromHeader maps every column.
    static QStringList header();
    /// The cells of data row i, in header order.
    static QStringList row(int i, const QList<ImportListing>& listings,
                           const QString& sellingDirectionId);
    static Result<void> write(const QString& path, int rows, const QList<ImportListing>& listings,
                              const QString& sellingDirectionId);

    // What row i holds, for the raw floor that inserts the same records.
    static QString leadName(int i);
    static QString sourceKey(int i);
    static QString companyName(int company);
    static QString companyWebsite(int company);
    static QString companyTin(int company);
    static QString contactFirstName(int company);
    static QString contactLastName(int company);
    static QString contactEmail(int company);
};
