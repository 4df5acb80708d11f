#pragma once

#include "common/IdGenerator.h"
#include "common/Result.h"
#include "partners/AgreementType.h"
#include "partners/AgreementWriter.h"
#include "partners/ContractStatus.h"
#include "session/ActingContext.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QString>

/// A contract to write: its agreement (and the version it uses), its parties and first status.
struct ContractInput {
    AgreementType type = AgreementType::Program;
    AgreementRef agreement;
    QString issuerAccountId;
    QString partnerAccountId;
    QString marketplaceId; ///< empty for none
    ContractStatus status = ContractStatus::Pending;
};

/// Writes contracts and the distribution agreements behind them inside the caller's transaction,
/// so the Add partner wizard (PartnerWriter) and New contract (ContractCreation) share one set of
/// rules. Callers own the Transaction and the permission check.
class ContractWriter {
    Q_DECLARE_TR_FUNCTIONS(ContractWriter)

public:
    /// Inserts the contract with a "created" event; an Active one is signed now. Returns its ID.
    static Result<QString> insert(StatementCache& statements, IdGenerator& ids,
                                  const ContractInput& input, const ActingContext& acting,
                                  qint64 now);

    /// Deletes the contract with what hangs on it: its invitations (their links stop working at
    /// once) and any listing's link to it (the listing is unlisted). No event: the caller
    /// records why it went.
    static Result<void> remove(const QSqlDatabase& database, const QString& contractId);

    /// The name of the distribution agreement of programName for a marketplace.
    static QString distributionName(const QString& programName, const QString& marketplaceName);

    /// Inserts the distribution agreement of the program agreement programId (owned by acting's
    /// account) for marketplaceId, with content's description and document, named after the
    /// program and the marketplace. AgreementWriter refuses a marketplace that has one already.
    static Result<AgreementRef> insertDistribution(const QSqlDatabase& database, IdGenerator& ids,
                                                   AgreementInput content, const QString& programId,
                                                   const QString& programName,
                                                   const QString& marketplaceId,
                                                   const ActingContext& acting, qint64 now,
                                                   QString* name = nullptr);
};
