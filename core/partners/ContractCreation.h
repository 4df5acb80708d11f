#pragma once

#include "accounts/AccountRole.h"
#include "common/Result.h"
#include "partners/NewContractDraft.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

/// New contract… for an existing partner (SPEC 4.2): a program contract (vendor partner), a
/// distribution contract for a further marketplace (vendor), a service or syndication contract
/// (reseller), a referral contract (any partner), each on one of acting's agreements and written
/// in one transaction with its event. Program, service and referral contracts start Pending (the
/// partner signs), distribution and syndication contracts Enrolling (the partner enrolls).
class ContractCreation {
    Q_DECLARE_TR_FUNCTIONS(ContractCreation)

public:
    /// crm_admin or crm_manager; a viewer (or anybody else) is refused every write.
    static bool canCreate(const ActingContext& acting);
    /// The contract types a partner of role may get.
    static QList<AgreementType> typesFor(AccountRole role);
    /// Why marketplace cannot take a distribution contract under programId (empty: it can).
    static QString marketplaceReason(const NewContractOption& marketplace,
                                     const QString& programId);

    static Result<NewContractChoices> choices(const QSqlDatabase& database,
                                              const ActingContext& acting);
    /// Reasons keyed by "partner", "agreement", "marketplace"; reads no database.
    static QMap<QString, QString> validate(const NewContractDraft& draft);
    static Result<NewContractCreated> create(const QSqlDatabase& database,
                                             const ActingContext& acting,
                                             const NewContractDraft& draft);
};
