#pragma once

#include "common/RowListModel.h"
#include "partners/ContractList.h"

#include <QCoreApplication>

/// Partners → Contracts.
class ContractListModel : public RowListModel<ContractListRow> {
    Q_DECLARE_TR_FUNCTIONS(ContractListModel)

public:
    enum Column { Id, Type, Partner, Agreement, Version, Marketplace, Status, Updated };

    explicit ContractListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const ContractListRow& row, int column, int role) const override;
};
