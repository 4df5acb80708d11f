#pragma once

#include "partners/AgreementType.h"

#include <QList>
#include <QString>

/// A contract for an existing partner, outside the Add partner wizard (SPEC 4.2, 8).
struct NewContractDraft {
    QString partnerAccountId;
    AgreementType type = AgreementType::Program;
    /// The agreement of the contract; for a distribution contract its program agreement.
    QString agreementId;
    /// Distribution only: the marketplace. It uses the marketplace's distribution agreement
    /// under agreementId, or a new one is created when the marketplace has none.
    QString marketplaceId;
};

/// One entry the New contract dialog offers; reason says why it cannot be picked (empty: it can).
struct NewContractOption {
    QString id;
    QString name;
    QString roleKey;            ///< partners: accountRoles key
    QString typeKey;            ///< agreements: agreementTypes key
    QString distributionId;     ///< marketplaces: their distribution agreement, if any
    QString distributionParent; ///< …and its program agreement
    QString reason;
};

/// What acting may pick from for a new contract.
struct NewContractChoices {
    QList<NewContractOption> partners;     ///< acting's partners, by name
    QList<NewContractOption> agreements;   ///< acting's agreements with an active version
    QList<NewContractOption> marketplaces; ///< acting's marketplaces, by name
};

/// What ContractCreation::create wrote.
struct NewContractCreated {
    QString contractId;
    QString statusKey;
    QString agreementId;           ///< the contract's agreement
    bool agreementCreated = false; ///< a new distribution agreement
};
