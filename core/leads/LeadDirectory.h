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
};

/// The leads an acting account may see: those of its marketplaces (distributor) and of its
/// products (vendor), and no others.
class LeadDirectory {
public:
    /// Newest first.
    static Result<QList<LeadDirectoryRow>> visibleTo(const QSqlDatabase& database,
                                                     const ActingContext& acting);
    static Result<int> countVisibleTo(const QSqlDatabase& database, const ActingContext& acting);
};
