#pragma once

#include "common/RowListModel.h"
#include "partners/PartnerProfile.h"

#include <QCoreApplication>

/// Partner details → Contracts: the contracts between the acting account and the partner.
class PartnerContractListModel : public RowListModel<PartnerContract> {
    Q_DECLARE_TR_FUNCTIONS(PartnerContractListModel)

public:
    enum Column { Type, ContractId, Status, Agreement, Version, Marketplace, Update };

    explicit PartnerContractListModel(QObject* parent = nullptr);

    /// How many contracts can move to an updated agreement version.
    int updatesAvailable() const;

protected:
    QStringList headers() const override;
    QVariant cell(const PartnerContract& row, int column, int role) const override;
};
