#include "partners/PartnerDirectoryModel.h"

#include "accounts/AccountRole.h"
#include "common/CellText.h"
#include "common/ToneColors.h"
#include "partners/PartnerStatus.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace {

int countOf(const PartnerDirectoryRow& row, int column)
{
    switch (column) {
    case PartnerDirectoryModel::Program:
        return row.programContracts;
    case PartnerDirectoryModel::Distribution:
        return row.distributionContracts;
    case PartnerDirectoryModel::Service:
        return row.serviceContracts;
    case PartnerDirectoryModel::Syndication:
        return row.syndicationContracts;
    case PartnerDirectoryModel::Listings:
        return row.listings;
    default:
        return -1;
    }
}

QColor statusColor(const QString& statusKey)
{
    ToneColors::Tone tone = ToneColors::Tone::Neutral;
    switch (partnerStatuses.fromKey(statusKey).value_or(PartnerStatus::Removed)) {
    case PartnerStatus::Active:
        tone = ToneColors::Tone::Good;
        break;
    case PartnerStatus::Invited:
        tone = ToneColors::Tone::Attention;
        break;
    case PartnerStatus::Removed:
        break;
    }
    const QPalette palette = QGuiApplication::palette();
    return ToneColors::mark(tone, palette, palette.color(QPalette::Base));
}

} // namespace

PartnerDirectoryModel::PartnerDirectoryModel(QObject* parent)
    : DirectoryModel(PartnerDirectory::source(), parent)
{
    setLiveTables({QStringLiteral("partnerships"), QStringLiteral("accounts"),
                   QStringLiteral("contracts"), QStringLiteral("agreements"),
                   QStringLiteral("listings"), QStringLiteral("invitations"),
                   QStringLiteral("users")});
}

QStringList PartnerDirectoryModel::headers() const
{
    return {tr("Account"),  tr("Type"),         tr("Technical contact"), tr("Business contact"),
            tr("Program"),  tr("Distribution"), tr("Service"),           tr("Syndication"),
            tr("Listings"), tr("Status")};
}

QVariant PartnerDirectoryModel::cell(const DirectoryRow& directoryRow, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole && role != Qt::ForegroundRole &&
        role != Qt::ToolTipRole)
        return {};
    const PartnerDirectoryRow row = PartnerDirectory::toRow(directoryRow);
    const int count = countOf(row, column);
    switch (role) {
    case Qt::TextAlignmentRole:
        return count >= 0 ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        return column == Status ? QVariant(QBrush(statusColor(row.statusKey))) : QVariant();
    case Qt::ToolTipRole:
        if (column == TechnicalContact)
            return row.technicalContactEmail;
        if (column == BusinessContact)
            return row.businessContactEmail;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (count >= 0)
        return CellText::count(count);
    switch (column) {
    case Account:
        return CellText::twoLines(row.name, row.accountId);
    case Type:
        return accountRoles.labelForKey(row.roleKey);
    case TechnicalContact:
        return CellText::twoLines(row.technicalContactName, row.technicalContactEmail);
    case BusinessContact:
        return CellText::twoLines(row.businessContactName, row.businessContactEmail);
    case Status:
        return QStringLiteral("\u25cf ") + partnerStatuses.labelForKey(row.statusKey);
    default:
        return {};
    }
}

QString PartnerDirectoryModel::exportText(const DirectoryRow& directoryRow, int column) const
{
    const PartnerDirectoryRow row = PartnerDirectory::toRow(directoryRow);
    const auto contact = [](const QString& name, const QString& email) {
        return email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, email).trimmed();
    };
    switch (column) {
    case Account:
        return row.name;
    case TechnicalContact:
        return contact(row.technicalContactName, row.technicalContactEmail);
    case BusinessContact:
        return contact(row.businessContactName, row.businessContactEmail);
    case Status:
        return partnerStatuses.labelForKey(row.statusKey);
    default:
        return DirectoryModel::exportText(directoryRow, column);
    }
}
