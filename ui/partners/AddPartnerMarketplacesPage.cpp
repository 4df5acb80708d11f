#include "partners/AddPartnerMarketplacesPage.h"

#include "common/CheckableListAccessible.h"
#include "partners/AddPartnerWizard.h"
#include "partners/PartnerCatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

AddPartnerMarketplacesPage::AddPartnerMarketplacesPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("partnerMarketplacesPage"));
    setTitle(tr("Marketplaces"));
    m_list->setObjectName(QStringLiteral("partnerMarketplaceList"));
    m_list->setAccessibleName(tr("Marketplaces"));
    CheckableListAccessible::enable(m_list);
    auto* label = new QLabel(tr("&Marketplaces:"), this);
    label->setBuddy(m_list);
    content()->addWidget(label);
    content()->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        collect();
        emit completeChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        collect();
        emit completeChanged();
    });
}

void AddPartnerMarketplacesPage::initializePage()
{
    AddPartnerWizard* wizard = partnerWizard();
    const bool vendor = wizard->draft().type == AccountRole::Vendor;
    setSubTitle(vendor
                    ? tr("Pick zero or more marketplaces: a distribution agreement under the new "
                         "program agreement is created for each. You can also add them later.")
                    : tr("Pick the marketplace the new service agreement is linked to."));
    const QStringList picked = wizard->draft().marketplaceIds;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (auto choices = PartnerCatalog::marketplaces(wizard->workspace(), wizard->acting())) {
        for (const MarketplaceChoice& choice : choices.value()) {
            const bool taken = vendor && !choice.takenByAgreement.isEmpty();
            auto* item = new QListWidgetItem(
                taken ? tr("%1 \u2014 %2 (already has the distribution agreement \u201c%3\u201d)")
                            .arg(choice.name, choice.detail, choice.takenByAgreement)
                      : tr("%1 \u2014 %2").arg(choice.name, choice.detail),
                m_list);
            item->setData(Qt::UserRole, choice.id);
            if (vendor) {
                item->setFlags(taken ? Qt::ItemIsSelectable
                                     : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
                                           Qt::ItemIsSelectable);
                item->setCheckState(picked.contains(choice.id) && !taken ? Qt::Checked
                                                                         : Qt::Unchecked);
                if (taken)
                    item->setToolTip(tr("A marketplace has at most one distribution agreement."));
            } else if (picked.value(0) == choice.id) {
                m_list->setCurrentItem(item);
            }
        }
    }
    collect();
}

void AddPartnerMarketplacesPage::collect()
{
    if (!partnerWizard())
        return;
    QStringList ids;
    const bool vendor = partnerWizard()->draft().type == AccountRole::Vendor;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (vendor ? item->checkState() == Qt::Checked : item == m_list->currentItem())
            ids << item->data(Qt::UserRole).toString();
    }
    partnerWizard()->draft().marketplaceIds = ids;
}

bool AddPartnerMarketplacesPage::isComplete() const
{
    return !partnerWizard() || partnerWizard()->draft().type == AccountRole::Vendor ||
           partnerWizard()->draft().marketplaceIds.size() == 1;
}

bool AddPartnerMarketplacesPage::validatePage()
{
    collect();
    return isComplete();
}
