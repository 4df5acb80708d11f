#include "integrations/ApiKeyListModel.h"

#include "common/DisplayFormat.h"

ApiKeyListModel::ApiKeyListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList ApiKeyListModel::headers() const
{
    return {tr("Name"),      tr("Key starts with"), tr("Acts as"), tr("Created"),
            tr("Last used"), tr("Status"),          tr("ID")};
}

QVariant ApiKeyListModel::cell(const ApiKey& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        if (column == Created)
            return row.createdAt;
        if (column == LastUsed)
            return row.lastUsedAt.value_or(0);
        return {};
    }
    if (role == Qt::ToolTipRole && column == Status && row.isRevoked())
        return tr("Revoked on %1 by %2")
            .arg(DisplayFormat::dateTime(*row.revokedAt), row.revokedBy);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return row.name;
    case Prefix:
        return row.tokenPrefix + QStringLiteral("\u2026");
    case ActsAs:
        return tr("%1 (%2)").arg(row.userName, userRoles.label(row.role));
    case Created:
        return DisplayFormat::dateTime(row.createdAt);
    case LastUsed:
        return row.lastUsedAt ? DisplayFormat::dateTime(*row.lastUsedAt) : tr("Never");
    case Status:
        return row.isRevoked() ? tr("Revoked %1").arg(DisplayFormat::date(*row.revokedAt))
                               : tr("Active");
    case Id:
        return row.id;
    default:
        return {};
    }
}
