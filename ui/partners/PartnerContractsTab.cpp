#include "partners/PartnerContractsTab.h"

#include "common/DetailsParts.h"
#include "partners/PartnerContractListModel.h"
#include "partners/PartnerTableView.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PartnerContractsTab::PartnerContractsTab(const PartnerProfile& profile, bool canSign,
                                         QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("partnerContractsPage"));
    auto* layout = new QVBoxLayout(this);
    if (profile.contracts.isEmpty()) {
        layout->addWidget(
            DetailsParts::note(tr("There are no contracts between you and %1.").arg(profile.name),
                               QStringLiteral("partnerContractsEmpty"), this));
        layout->addStretch(1);
        return;
    }
    m_model = new PartnerContractListModel(this);
    m_model->setRows(profile.contracts);
    auto* table =
        new PartnerTableView(QStringLiteral("partnerContractsTable"), tr("Contracts"), this);
    table->setModel(m_model);
    table->fitColumns(280);
    m_table = table;
    const int updates = m_model->updatesAvailable();
    m_table->setAccessibleDescription(
        updates > 0
            ? tr("Contracts that can move to an updated agreement version: %1.").arg(updates)
            : QString());
    m_table->setToolTip(tr("Enter or double-click opens the contract"));
    layout->addWidget(m_table);

    m_sign = new QPushButton(tr("&Sign updated version\u2026"), this);
    m_sign->setObjectName(QStringLiteral("signUpdatedVersionButton"));
    m_sign->setToolTip(tr("Move the selected active contract to the agreement's active version"));
    m_sign->setVisible(canSign && updates > 0);
    m_sign->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sign);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnerContractsTab::updateSignButton);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit contractActivated(m_model->rows().at(index.row()).contractId);
    });
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (const QString id = currentContractId(); !id.isEmpty())
            emit signUpdatedVersionRequested(id);
    });
}

QString PartnerContractsTab::currentContractId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rows().at(current.row()).contractId : QString();
}

void PartnerContractsTab::updateSignButton()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_sign->setEnabled(false);
        return;
    }
    const PartnerContract& contract = m_model->rows().at(current.row());
    m_sign->setEnabled(contract.updateAvailable() && contract.statusKey == QLatin1String("active"));
}
