#pragma once

#include "common/Result.h"
#include "partners/ContractAction.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Status changes of contracts (SPEC 4.2). The issuer owns the contract's agreement; the partner
/// is the other party. Only a party whose user is crm_admin or crm_manager may act:
/// - program, service, referral: Pending → Sign (partner) → Active, Reject (partner) →
///   Rejected, Delete (issuer; the row is removed); Active → Terminate (either party) →
///   Terminated.
/// - distribution: Enrolling → Enroll (partner, the vendor) → Pending → Approve (issuer) →
///   Active, Reject (issuer) → Rejected, Refine (issuer) → Enrolling; Active → Terminate.
/// - syndication: Enrolling → Enroll (partner, the reseller) → Pending → Approve / Reject
///   (issuer); Active → Terminate (either party).
/// Sign and Approve set signed_at. A program or service contract that becomes Active also
/// activates an 'invited' partnership between its issuer and partner.
/// readVersion is the contract's version when the user read it (ContractRecord::rowVersion,
/// ContractListRow::rowVersion): a contract changed or deleted since gives a Conflict saying by
/// whom and when (RecordVersion); without it nothing is checked.
class ContractService {
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    /// The actions acting may take on contractId now (empty for users without the role).
    /// NotFound when the acting account is not a party to the contract.
    static Result<QList<ContractAction>> allowedActions(const QSqlDatabase& database,
                                                        const ActingContext& acting,
                                                        const QString& contractId);
    /// Performs action in one transaction. note (reject and terminate only) becomes the
    /// contract's status note when not blank. NotFound for a contract acting is not a party to,
    /// PermissionDenied for a user without the role or the wrong party, Invalid for an action
    /// the contract's status does not allow.
    static Result<void> perform(const QSqlDatabase& database, const ActingContext& acting,
                                const QString& contractId, ContractAction action,
                                const QString& note = {},
                                std::optional<qint64> readVersion = std::nullopt);

    /// Signs the updated agreement version (SPEC 4.5): an Active contract whose agreement has a
    /// newer active version moves to it (signed now). Either party with the role may sign;
    /// returns the version now in use. NotFound / PermissionDenied as for perform(); Invalid
    /// when the contract is not Active or already uses the active version.
    static Result<int> signUpdatedVersion(const QSqlDatabase& database, const ActingContext& acting,
                                          const QString& contractId,
                                          std::optional<qint64> readVersion = std::nullopt);

    static constexpr int maxNoteLength = 1000;
};
