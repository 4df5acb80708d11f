#include "partners/AddPartnerSyndicationPage.h"

#include "partners/AddPartnerWizard.h"
#include "partners/PartnerCatalog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

AddPartnerSyndicationPage::AddPartnerSyndicationPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("syndicationPage"));
    setTitle(tr("Syndication"));
    setSubTitle(tr("Pick the syndication (sourcing) agreement for the new reseller."));
    m_list->setObjectName(QStringLiteral("syndicationAgreementList"));
    m_empty->setObjectName(QStringLiteral("syndicationEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("You have no syndication agreement yet, and this wizard cannot create one. "
           "Cancel, open Partners \u2192 Agreements, click New agreement\u2026 and create "
           "one of type Syndication; then add the reseller again."));
    auto* label = new QLabel(tr("&Syndication agreements:"), this);
    label->setBuddy(m_list);
    content()->addWidget(label);
    content()->addWidget(m_list, 1);
    content()->addWidget(m_empty);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
}

void AddPartnerSyndicationPage::initializePage()
{
    AddPartnerWizard* wizard = partnerWizard();
    const QString selected = wizard->draft().syndicationAgreementId;
    m_list->clear();
    if (auto agreements = PartnerCatalog::agreements(wizard->workspace(), wizard->acting(),
                                                     AgreementType::Syndication)) {
        for (const LeadOption& option : agreements.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 \u2014 %2").arg(option.label, option.detail), m_list);
            item->setData(Qt::UserRole, option.id);
            if (option.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
}

bool AddPartnerSyndicationPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

bool AddPartnerSyndicationPage::validatePage()
{
    partnerWizard()->draft().syndicationAgreementId =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    return isComplete();
}
