#include "catalog/ProductGroupListModel.h"

#include "catalog/RowFind.h"
#include "common/CellText.h"

ProductGroupListModel::ProductGroupListModel(QObject* parent)
    : RowListModel(parent)
{
}

const ProductGroupRow* ProductGroupListModel::find(const QString& id) const
{
    return findRow(rows(), id);
}

QStringList ProductGroupListModel::headers() const
{
    return {tr("ID"),       tr("Name"),       tr("Description"),
            tr("Products"), tr("Agreements"), tr("Created")};
}

QVariant ProductGroupListModel::cell(const ProductGroupRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        switch (column) {
        case Products:
            return row.productIds.size();
        case Agreements:
            return row.agreements;
        case Created:
            return row.createdAt;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Products)
        return row.productNames.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Name:
        return row.name;
    case Description:
        return row.description.section(QLatin1Char('\n'), 0, 0);
    case Products:
        return row.productNames.isEmpty() ? CellText::count(0)
                                          : row.productNames.join(QStringLiteral(", "));
    case Agreements:
        return CellText::count(row.agreements);
    case Created:
        return CellText::dateTime(row.createdAt);
    default:
        return {};
    }
}
