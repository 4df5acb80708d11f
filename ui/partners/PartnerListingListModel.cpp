#include "partners/PartnerListingListModel.h"

namespace {

const QString dash = QStringLiteral("\u2014");

} // namespace

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
    const auto orDash = [](const QString& text) { return text.isEmpty() ? dash : text; };
    switch (static_cast<Column>(column)) {
    case Product:
        if (role == Qt::DisplayRole)
            return orDash(row.productName);
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.productName, row.productId);
        break;
    case Marketplace:
        if (role == Qt::DisplayRole)
            return orDash(row.marketplaceName);
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.marketplaceName, row.marketplaceId);
        break;
    case Contract:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return orDash(row.contractId);
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
