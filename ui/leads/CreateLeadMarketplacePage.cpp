#include "leads/CreateLeadMarketplacePage.h"

#include "leads/CreateLeadWizard.h"
#include "leads/LeadCatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

CreateLeadMarketplacePage::CreateLeadMarketplacePage(QWidget* parent)
    : QWizardPage(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("marketplacePage"));
    setTitle(tr("Marketplace"));
    setSubTitle(tr("Choose the distributor marketplace that the customer for this lead is coming "
                   "in from."));
    m_list->setObjectName(QStringLiteral("marketplaceList"));
    m_list->setAccessibleName(tr("Marketplaces"));
    auto* label = new QLabel(tr("&Marketplaces:"), this);
    label->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (isComplete())
            wizard()->next();
    });
}

void CreateLeadMarketplacePage::initializePage()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    const QString productId = leadWizard->productId();
    if (productId == m_loadedFor && m_list->count() > 0)
        return; // Back and Next keep the choice
    m_loadedFor = productId;
    m_list->clear();
    const auto marketplaces =
        LeadCatalog::marketplaces(leadWizard->workspace(), leadWizard->acting(), productId);
    if (marketplaces) {
        for (const LeadOption& option : marketplaces.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 \u2014 %2").arg(option.label, option.detail), m_list);
            item->setData(Qt::UserRole, option.id);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

bool CreateLeadMarketplacePage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

QString CreateLeadMarketplacePage::listingId() const
{
    return isComplete() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}
