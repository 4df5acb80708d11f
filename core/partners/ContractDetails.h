#pragma once

#include "common/Result.h"
#include "history/EventLog.h"
#include "partners/ContractAction.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

/// One contract as its contract window shows it (SPEC 4.2).
struct ContractRecord {
    QString id;
    QString typeKey;
    QString statusKey;
    QString statusNote;
    QString issuerId;
    QString issuerName;
    QString partnerId;
    QString partnerName;
    QString agreementId;
    QString agreementName;
    int version = 0;       ///< the version the contract uses
    int activeVersion = 0; ///< the agreement's active version (0: none)
    QString marketplaceId;
    QString marketplaceName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 signedAt = 0;               ///< 0: not signed
    QList<Event> history;              ///< oldest first
    QHash<QString, QString> userNames; ///< user ID → name, for the history
    QList<ContractAction> actions;     ///< what acting may do now
    qint64 rowVersion = 0;             ///< its version as read, for ContractService's writes
};

/// Reads one contract for a party to it.
class ContractDetails {
    Q_DECLARE_TR_FUNCTIONS(ContractDetails)

public:
    /// NotFound when the contract does not exist or acting's account is no party to it.
    static Result<ContractRecord> load(const QSqlDatabase& database, const ActingContext& acting,
                                       const QString& contractId);
};
