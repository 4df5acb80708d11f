#include "admin/ReferenceListModel.h"

ReferenceListModel::ReferenceListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList ReferenceListModel::headers() const
{
    return {tr("Name"), tr("Status"), tr("Leads"), tr("ID")};
}

QVariant ReferenceListModel::cell(const ReferenceEntry& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole)
        return column == Leads ? QVariant(row.leads) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return row.name;
    case Status:
        return row.retired ? tr("Retired") : tr("Offered");
    case Leads:
        return row.leads;
    case Id:
        return row.id;
    default:
        return {};
    }
}
