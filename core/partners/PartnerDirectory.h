#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

/// One row of the Partners directory (seed 002 columns).
struct PartnerDirectoryRow {
    QString accountId;
    QString name;
    QString roleKey;
    QString technicalContactName;
    QString technicalContactEmail;
    QString businessContactName;
    QString businessContactEmail;
    int programContracts = 0;
    int distributionContracts = 0;
    int serviceContracts = 0;
    int syndicationContracts = 0;
    int listings = 0;
    QString statusKey;
};

/// The partners of the acting account: accounts it has a partnership with, in either direction,
/// with counts of the contracts between the two and of the listings that join them. When both
/// directions exist, the partnership the acting account owns gives the status.
class PartnerDirectory {
public:
    /// Ordered by partner name.
    static Result<QList<PartnerDirectoryRow>> of(const QSqlDatabase& database,
                                                 const ActingContext& acting);
};
