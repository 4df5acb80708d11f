#include "partners/RemovePartnerDialog.h"

#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RemovePartnerDialog::RemovePartnerDialog(const RemovalPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_contracts(new QListWidget(this))
{
    setObjectName(QStringLiteral("removePartnerDialog"));
    setWindowTitle(tr("Remove partner"));
    auto* intro = new QLabel(
        tr("Remove %1 (%2)? The partner stays in the directory as Removed and can be restored "
           "later; its ended contracts are not restored.")
            .arg(plan.partnerName, plan.partnerAccountId),
        this);
    intro->setObjectName(QStringLiteral("removePartnerIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto* caption = new QLabel(plan.contracts.isEmpty() ? tr("No contracts change.")
                                                        : tr("&Contracts that change:"),
                               this);
    caption->setObjectName(QStringLiteral("removePartnerContractsLabel"));
    caption->setBuddy(m_contracts);
    m_contracts->setObjectName(QStringLiteral("removePartnerContractList"));
    m_contracts->setAccessibleName(tr("Contracts that change"));
    m_contracts->setWordWrap(true);
    m_contracts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const RemovalContract& contract : plan.contracts)
        m_contracts->addItem(
            contract.deleted()
                ? tr("%1 \u2014 %2 contract on %3 (%4): deleted")
                      .arg(contract.contractId, agreementTypes.labelForKey(contract.typeKey),
                           contract.agreementName, contractStatuses.labelForKey(contract.statusKey))
                : tr("%1 \u2014 %2 contract on %3 (Active): terminated")
                      .arg(contract.contractId, agreementTypes.labelForKey(contract.typeKey),
                           contract.agreementName));
    m_contracts->setVisible(!plan.contracts.isEmpty());
    if (m_contracts->count() > 0)
        m_contracts->setCurrentRow(0);

    auto* listings = new QLabel(
        plan.listingsToUnlist > 0
            ? tr("%n listed product listing(s) on the terminated distribution contracts will be "
                 "unlisted.",
                 nullptr, plan.listingsToUnlist)
            : QString(),
        this);
    listings->setObjectName(QStringLiteral("removePartnerListings"));
    listings->setWordWrap(true);
    listings->setVisible(plan.listingsToUnlist > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("removePartnerButtons"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Remove partner"));
    ok->setObjectName(QStringLiteral("removePartnerOkButton"));
    ok->setAutoDefault(false);
    ok->setDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("removePartnerCancelButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(caption);
    layout->addWidget(m_contracts, 1);
    layout->addWidget(listings);
    layout->addWidget(buttons);
    cancel->setFocus();
    resize(640, 360);
}
