#include "partners/PendingInvitationModel.h"

#include "common/CellText.h"

PendingInvitationModel::PendingInvitationModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList PendingInvitationModel::headers() const
{
    return {tr("Partner"), tr("Partner ID"), tr("Agreement"), tr("Contract"),
            tr("Sent by"), tr("Sent"),       tr("Expires")};
}

QVariant PendingInvitationModel::cell(const PendingInvitation& row, int column, int role) const
{
    if (role == IdRole)
        return row.key;
    if (role == SortRole)
        return column == Sent      ? QVariant(row.createdAt)
               : column == Expires ? QVariant(row.expiresAt)
                                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Partner:
        return row.partnerName;
    case PartnerId:
        return row.partnerAccountId;
    case Agreement:
        return row.agreementName;
    case Contract:
        return row.contractId;
    case SentBy:
        return row.createdByName;
    case Sent:
        return CellText::dateTime(row.createdAt);
    case Expires:
        return CellText::dateTime(row.expiresAt);
    default:
        return {};
    }
}
