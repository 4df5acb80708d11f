#include "catalog/MarketplaceListModel.h"

#include "catalog/IsoCodes.h"
#include "catalog/RowFind.h"
#include "common/CellText.h"

MarketplaceListModel::MarketplaceListModel(QObject* parent)
    : RowListModel(parent)
{
}

const MarketplaceRow* MarketplaceListModel::find(const QString& id) const
{
    return findRow(rows(), id);
}

QStringList MarketplaceListModel::headers() const
{
    return {tr("ID"),       tr("Name"),       tr("Countries"), tr("Currency"),
            tr("Listings"), tr("Agreements"), tr("Leads"),     tr("Created")};
}

QVariant MarketplaceListModel::cell(const MarketplaceRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        switch (column) {
        case Listings:
            return row.listings;
        case Agreements:
            return row.agreements;
        case Leads:
            return row.leads;
        case Created:
            return row.createdAt;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Countries)
        return IsoCodes::countryNames(row.countries);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Name:
        return row.name;
    case Countries:
        return row.countries.join(QStringLiteral(", "));
    case Currency:
        return row.currency;
    case Listings:
        return row.listings == 0 ? CellText::count(0)
                                 : tr("%1 listed of %2").arg(row.listed).arg(row.listings);
    case Agreements:
        return CellText::count(row.agreements);
    case Leads:
        return CellText::count(row.leads);
    case Created:
        return CellText::dateTime(row.createdAt);
    default:
        return {};
    }
}
