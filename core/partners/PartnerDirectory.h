#pragma once

#include "common/Result.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySource.h"
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
    /// The directory's columns, in the order of the Partners table; then the contacts' e-mails.
    enum Column {
        Account,
        Type,
        TechnicalContact,
        BusinessContact,
        Program,
        Distribution,
        Service,
        Syndication,
        Listings,
        Status,
        TechnicalContactEmail,
        BusinessContactEmail,
    };

    /// Reads the directory in windows (sortable: account, type, status; filterable: type,
    /// status; by name by default).
    static const DirectorySource& source();
    static PartnerDirectoryRow toRow(const DirectoryRow& row);

    /// Every row of the query at once: for small workspaces and tests.
    static Result<QList<PartnerDirectoryRow>>
    of(const QSqlDatabase& database, const ActingContext& acting, const DirectoryQuery& query = {});
};
