#include "partners/ContractListModel.h"

#include "common/CellText.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"

ContractListModel::ContractListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList ContractListModel::headers() const
{
    return {tr("ID"),      tr("Type"),        tr("Partner"), tr("Agreement"),
            tr("Version"), tr("Marketplace"), tr("Status"),  tr("Updated")};
}

QVariant ContractListModel::cell(const ContractListRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        if (column == Version)
            return row.agreementVersion;
        if (column == Updated)
            return row.updatedAt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Type:
        return agreementTypes.labelForKey(row.typeKey);
    case Partner:
        return row.partnerName;
    case Agreement:
        return row.agreementName;
    case Version:
        return row.agreementVersion;
    case Marketplace:
        return row.marketplace;
    case Status:
        return contractStatuses.labelForKey(row.statusKey);
    case Updated:
        return CellText::dateTime(row.updatedAt);
    default:
        return {};
    }
}
