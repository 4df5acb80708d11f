#include "admin/AccountMemberModel.h"

AccountMemberModel::AccountMemberModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList AccountMemberModel::headers() const
{
    return {tr("Name"), tr("E-mail"), tr("Role"), tr("Accounts"), tr("ID")};
}

QVariant AccountMemberModel::cell(const AccountMember& row, int column, int role) const
{
    if (role == IdRole)
        return row.userId;
    if (role == SortRole)
        return column == Accounts ? QVariant(row.accounts)
               : column == Role   ? QVariant(static_cast<int>(row.role))
                                  : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return row.name;
    case Email:
        return row.email;
    case Role:
        return userRoles.label(row.role);
    case Accounts:
        return row.accounts;
    case Id:
        return row.userId;
    default:
        return {};
    }
}
