#include "catalog/ProductListModel.h"

#include "catalog/RowFind.h"
#include "common/CellText.h"

ProductListModel::ProductListModel(QObject* parent)
    : RowListModel(parent)
{
}

const ProductRow* ProductListModel::find(const QString& id) const
{
    return findRow(rows(), id);
}

QStringList ProductListModel::headers() const
{
    return {tr("ID"),     tr("Name"),  tr("Status"), tr("Listings"),
            tr("Groups"), tr("Leads"), tr("Created")};
}

QVariant ProductListModel::cell(const ProductRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        switch (column) {
        case Listings:
            return row.listings;
        case Groups:
            return row.groups;
        case Leads:
            return row.leads;
        case Created:
            return row.createdAt;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Name)
        return row.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Name:
        return row.name;
    case Status:
        return productStatuses.labelForKey(row.statusKey);
    case Listings:
        return row.listings == 0 ? CellText::count(0)
                                 : tr("%1 listed of %2").arg(row.listed).arg(row.listings);
    case Groups:
        return CellText::count(row.groups);
    case Leads:
        return CellText::count(row.leads);
    case Created:
        return CellText::dateTime(row.createdAt);
    default:
        return {};
    }
}
