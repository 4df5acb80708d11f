#include "partners/PartnerContractListModel.h"

#include "common/ToneColors.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

PartnerContractListModel::PartnerContractListModel(QObject* parent)
    : RowListModel(parent)
{
}

int PartnerContractListModel::updatesAvailable() const
{
    return static_cast<int>(
        std::count_if(rows().cbegin(), rows().cend(),
                      [](const PartnerContract& contract) { return contract.updateAvailable(); }));
}

QStringList PartnerContractListModel::headers() const
{
    return {tr("Type"),    tr("Contract ID"), tr("Status"),          tr("Agreement"),
            tr("Version"), tr("Marketplace"), tr("Agreement update")};
}

QVariant PartnerContractListModel::cell(const PartnerContract& row, int column, int role) const
{
    if (role == IdRole)
        return row.contractId;
    switch (static_cast<Column>(column)) {
    case Type:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return agreementTypes.labelForKey(row.typeKey);
        break;
    case ContractId:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.contractId;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return contractStatuses.labelForKey(row.statusKey);
        break;
    case Agreement:
        if (role == Qt::DisplayRole)
            return row.agreementName;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.agreementName, row.agreementId);
        break;
    case Version:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.version > 0 ? QString::number(row.version) : QString();
        if (role == SortRole)
            return row.version;
        break;
    case Marketplace:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.marketplaceName;
        break;
    case Update:
        if (!row.updateAvailable())
            break;
        if (role == Qt::DisplayRole)
            return tr("Update available");
        if (role == Qt::ToolTipRole)
            return tr("Version %1 of the agreement is active; this contract uses version %2.")
                .arg(row.activeVersion)
                .arg(row.version);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole)
            return ToneColors::mark(ToneColors::Tone::Attention, QGuiApplication::palette(),
                                    QGuiApplication::palette().color(QPalette::Base));
        break;
    }
    return {};
}
