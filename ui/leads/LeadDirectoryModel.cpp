#include "leads/LeadDirectoryModel.h"

#include "common/CellText.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"

LeadDirectoryModel::LeadDirectoryModel(QObject* parent)
    : DirectoryModel(LeadDirectory::source(), parent)
{
    setLiveTables({QStringLiteral("leads"), QStringLiteral("companies"), QStringLiteral("contacts"),
                   QStringLiteral("products"), QStringLiteral("marketplaces"),
                   QStringLiteral("accounts"), QStringLiteral("users")});
}

QStringList LeadDirectoryModel::headers() const
{
    return {tr("ID"),      tr("Name"),        tr("Company"), tr("Contact"), tr("Lead source"),
            tr("Product"), tr("Marketplace"), tr("Status"),  tr("Owner"),   tr("Created")};
}

// The table's columns are the directory's own, in the same order.
static_assert(int(LeadDirectoryModel::Created) == int(LeadDirectory::Created));

QVariant LeadDirectoryModel::cell(const DirectoryRow& row, int column, int role) const
{
    if (role != Qt::DisplayRole || column < 0 || column >= row.values.size())
        return {};
    const QVariant& value = row.values[column];
    switch (column) {
    case Source:
        return leadSources.labelForKey(value.toString());
    case Status:
        return leadStatuses.labelForKey(value.toString());
    case Created:
        return CellText::dateTime(value.toLongLong());
    default:
        return value.toString();
    }
}
