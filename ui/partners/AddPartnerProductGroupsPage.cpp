#include "partners/AddPartnerProductGroupsPage.h"

#include "common/CheckableListAccessible.h"
#include "partners/AddPartnerWizard.h"
#include "partners/PartnerCatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

AddPartnerProductGroupsPage::AddPartnerProductGroupsPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("productGroupsPage"));
    setTitle(tr("Product groups"));
    setSubTitle(tr("Pick the product groups available to the new reseller."));
    m_list->setObjectName(QStringLiteral("productGroupList"));
    m_list->setAccessibleName(tr("Product groups"));
    CheckableListAccessible::enable(m_list);
    auto* label = new QLabel(tr("&Product groups:"), this);
    label->setBuddy(m_list);
    content()->addWidget(label);
    content()->addWidget(m_list, 1);
}

void AddPartnerProductGroupsPage::initializePage()
{
    AddPartnerWizard* wizard = partnerWizard();
    const QStringList picked = wizard->draft().productGroupIds;
    m_list->clear();
    if (auto groups = PartnerCatalog::productGroups(wizard->workspace(), wizard->acting())) {
        for (const LeadOption& group : groups.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 \u2014 %2").arg(group.label, group.detail), m_list);
            item->setData(Qt::UserRole, group.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(picked.contains(group.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

bool AddPartnerProductGroupsPage::validatePage()
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toString();
    partnerWizard()->draft().productGroupIds = ids;
    return true;
}
