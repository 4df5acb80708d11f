#include "leads/LeadFormListModel.h"

#include "common/CellText.h"

LeadFormListModel::LeadFormListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList LeadFormListModel::headers() const
{
    return {tr("Name"), tr("ID"), tr("Status"), tr("Products"), tr("Custom fields"), tr("Updated")};
}

QVariant LeadFormListModel::cell(const LeadFormListRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        if (column == Products)
            return row.products;
        if (column == CustomFields)
            return row.customFields;
        if (column == Updated)
            return row.updatedAt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return row.name;
    case Id:
        return row.id;
    case Status:
        return row.statusKey == QLatin1String("active") ? tr("Active") : tr("Inactive");
    case Products:
        return row.products;
    case CustomFields:
        return row.customFields;
    case Updated:
        return CellText::dateTime(row.updatedAt);
    default:
        return {};
    }
}
