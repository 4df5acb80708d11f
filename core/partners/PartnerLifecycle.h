#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/// One contract that removing a partner changes.
struct RemovalContract {
    QString contractId;
    QString typeKey;
    QString statusKey; ///< now: enrolling or pending (deleted), active (terminated)
    QString agreementName;
    bool deleted() const { return statusKey != QLatin1String("active"); }
};

/// What removing a partner does to its contracts, shown before the user confirms.
struct RemovalPlan {
    QString partnerAccountId;
    QString partnerName;
    QList<RemovalContract> contracts; ///< deleted ones first, then terminated ones
    int listingsToUnlist = 0;         ///< listed listings on the terminated distribution contracts
};

/// Remove and restore a partner (SPEC 4.1, 4.2, 8). Removing sets the partnership 'removed',
/// deletes the contracts acting issued to the partner that are not yet in force (Enrolling,
/// Pending; with their invitations) and terminates the Active ones (unlisting the listings on a
/// terminated distribution contract), all in one transaction with an event for each change.
/// Restoring makes a removed partnership 'active' again; its contracts stay as they are.
/// Only the partnership's owner may do either, as crm_admin or crm_manager. readVersion is the
/// partnership's version when the user read it (PartnerProfile::partnershipVersion): one changed
/// since gives a Conflict saying by whom and when (RecordVersion); without it nothing is checked.
class PartnerLifecycle {
    Q_DECLARE_TR_FUNCTIONS(PartnerLifecycle)

public:
    static bool canChange(const ActingContext& acting);
    /// What remove() would change now; Invalid when the partner is removed already.
    static Result<RemovalPlan> removalPlan(const QSqlDatabase& database,
                                           const ActingContext& acting,
                                           const QString& partnerAccountId);
    static Result<RemovalPlan> remove(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& partnerAccountId,
                                      std::optional<qint64> readVersion = std::nullopt);
    static Result<void> restore(const QSqlDatabase& database, const ActingContext& acting,
                                const QString& partnerAccountId,
                                std::optional<qint64> readVersion = std::nullopt);
};
