#include "partners/PartnerListingListModel.h"

PartnerListingListModel::PartnerListingListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList PartnerListingListModel::headers() const
{
    return {tr("Product"), tr("Marketplace"), tr("Contract"), tr("Status")};
}

QVariant PartnerListingListModel::cell(const PartnerListing& row, int column, int role) const
{
    if (role == IdRole)
        return row.listingId;
    switch (static_cast<Column>(column)) {
    case Product:
        if (role == Qt::DisplayRole)
            return row.productName;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.productName, row.productId);
        break;
    case Marketplace:
        if (role == Qt::DisplayRole)
            return row.marketplaceName;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.marketplaceName, row.marketplaceId);
        break;
    case Contract:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.contractId;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (row.statusKey == QLatin1String("listed"))
                return tr("Listed");
            if (row.statusKey == QLatin1String("unlisted"))
                return tr("Unlisted");
            return row.statusKey;
        }
        break;
    }
    return {};
}
