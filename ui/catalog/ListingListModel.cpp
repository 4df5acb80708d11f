#include "catalog/ListingListModel.h"

#include "catalog/ListingStatus.h"
#include "catalog/RowFind.h"
#include "common/CellText.h"
#include "partners/ContractStatus.h"

ListingListModel::ListingListModel(QObject* parent)
    : RowListModel(parent)
{
}

const ListingRow* ListingListModel::find(const QString& id) const
{
    return findRow(rows(), id);
}

QStringList ListingListModel::headers() const
{
    return {tr("ID"),       tr("Product"), tr("Vendor"), tr("Marketplace"), tr("Owner"),
            tr("Contract"), tr("Status"),  tr("Leads"),  tr("Created")};
}

QVariant ListingListModel::cell(const ListingRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        if (column == Leads)
            return row.leads;
        if (column == Created)
            return row.createdAt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Product:
        return row.productName;
    case Vendor:
        return row.vendorName;
    case Marketplace:
        return row.marketplaceName;
    case Owner:
        return row.ownerName;
    case Contract:
        return row.contractId.isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(row.contractId,
                                       contractStatuses.labelForKey(row.contractStatusKey));
    case Status:
        return listingStatuses.labelForKey(row.statusKey);
    case Leads:
        return CellText::count(row.leads);
    case Created:
        return CellText::dateTime(row.createdAt);
    default:
        return {};
    }
}
