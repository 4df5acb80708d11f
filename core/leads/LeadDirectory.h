#pragma once

#include "common/Result.h"
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
    /// Newest first.
    static Result<QList<LeadDirectoryRow>> visibleTo(const QSqlDatabase& database,
                                                     const ActingContext& acting);
    /// One lead, if acting may see it (NotFound otherwise, without saying whether it exists).
    static Result<LeadDirectoryRow> find(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& leadId);
    static Result<int> countVisibleTo(const QSqlDatabase& database, const ActingContext& acting);
};
