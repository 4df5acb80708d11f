#include "leads/LeadDirectoryModel.h"

#include "common/CellText.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"

LeadDirectoryModel::LeadDirectoryModel(QObject* parent)
    : DirectoryModel(LeadDirectory::source(), parent)
{
}

QStringList LeadDirectoryModel::headers() const
{
    return {tr("ID"),          tr("Name"),   tr("Company"), tr("Contact"), tr("Lead source"),
            tr("Product"),     tr("Marketplace"), tr("Status"), tr("Owner"), tr("Created")};
}

QVariant LeadDirectoryModel::cell(const DirectoryRow& directoryRow, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const LeadDirectoryRow row = LeadDirectory::toRow(directoryRow);
    switch (column) {
    case Id:
        return row.id;
    case Name:
        return row.name;
    case Company:
        return row.company;
    case Contact:
        return row.contact;
    case Source:
        return leadSources.labelForKey(row.sourceKey);
    case Product:
        return row.product;
    case Marketplace:
        return row.marketplace;
    case Status:
        return leadStatuses.labelForKey(row.statusKey);
    case Owner:
        return row.owner;
    case Created:
        return CellText::dateTime(row.createdAt);
    default:
        return {};
    }
}
