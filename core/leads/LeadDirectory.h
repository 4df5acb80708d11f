#pragma once

#include "common/Result.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySource.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// One row of the Leads directory (SPEC 3.2 columns).
struct LeadDirectoryRow {
    QString id;
    QString name;
    QString company;
    QString contact;
    QString sourceKey;
    QString product;
    QString marketplace;
    QString statusKey;
    QString owner;
    qint64 createdAt = 0;
    // The related objects, for links.
    QString companyId;
    QString contactId;
    QString productId;
    QString marketplaceId;
    QString vendorAccountId;
    QString vendorName;
};

/// The leads an acting account may see: those of its marketplaces (distributor) and of its
/// products (vendor), and no others.
class LeadDirectory {
    Q_DECLARE_TR_FUNCTIONS(LeadDirectory)

public:
    /// The directory's columns, in the order of the Leads table; then the related IDs.
    enum Column {
        Id,
        Name,
        Company,
        Contact,
        Source,
        Product,
        Marketplace,
        Status,
        Owner,
        Created,
        CompanyId,
        ContactId,
        ProductId,
        MarketplaceId,
        VendorId,
        VendorName,
    };

    /// Reads the directory in windows (sortable by every column; filterable: source, product,
    /// marketplace, status, owner, and created by a range of days; newest first by default).
    static const DirectorySource& source();
    static LeadDirectoryRow toRow(const DirectoryRow& row);

    /// Every row of the query at once: for small workspaces, tests and exports that stream.
    static Result<QList<LeadDirectoryRow>> visibleTo(const QSqlDatabase& database,
                                                     const ActingContext& acting,
                                                     const DirectoryQuery& query = {});
    /// One lead, if acting may see it (NotFound otherwise, without saying whether it exists).
    static Result<LeadDirectoryRow> find(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& leadId);
};
