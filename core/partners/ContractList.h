#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

struct ContractListRow {
    QString id;
    QString typeKey;
    QString agreementId;
    QString agreementName;
    int agreementVersion = 0;
    QString partnerAccountId; ///< the other party, seen from the acting account
    QString partnerName;
    QString marketplace;
    QString statusKey;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0; ///< the contract's version as read, for ContractService::perform
};

/// The contracts the acting account is a party to (as issuer or as partner).
class ContractList {
public:
    /// Newest change first.
    static Result<QList<ContractListRow>> of(const QSqlDatabase& database,
                                             const ActingContext& acting);
};
