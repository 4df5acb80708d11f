#include "partners/AgreementListModel.h"

#include "common/CellText.h"
#include "partners/AgreementType.h"

AgreementListModel::AgreementListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList AgreementListModel::headers() const
{
    return {tr("ID"),      tr("Type"),        tr("Name"),      tr("Active version"), tr("Versions"),
            tr("Program"), tr("Marketplace"), tr("Contracts"), tr("Updated")};
}

QVariant AgreementListModel::cell(const AgreementListRow& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole) {
        if (column == ActiveVersion)
            return row.activeVersion;
        if (column == Versions)
            return row.versionCount;
        if (column == Contracts)
            return row.contracts;
        if (column == Updated)
            return row.updatedAt;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return row.id;
    case Type:
        return agreementTypes.labelForKey(row.typeKey);
    case Name:
        return row.name;
    case ActiveVersion:
        return row.activeVersion > 0 ? QString::number(row.activeVersion) : QString();
    case Versions:
        return row.versionCount;
    case Program:
        return row.parentName;
    case Marketplace:
        return row.marketplace;
    case Contracts:
        return CellText::count(row.contracts);
    case Updated:
        return CellText::dateTime(row.updatedAt);
    default:
        return {};
    }
}
