#include "leads/CreateLeadWizard.h"

#include "leads/CreateLeadFormPage.h"
#include "leads/CreateLeadMarketplacePage.h"
#include "leads/CreateLeadProductPage.h"
#include "leads/CreateLeadSummaryPage.h"

#include "common/WizardStepList.h"

#include <QAbstractButton>

CreateLeadWizard::CreateLeadWizard(const WorkspaceHandle& workspace, const ActingContext& acting,
                                   QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_productPage(new CreateLeadProductPage(this))
    , m_marketplacePage(new CreateLeadMarketplacePage(this))
    , m_leadPage(new CreateLeadFormPage(this))
    , m_summaryPage(new CreateLeadSummaryPage(this))
{
    setObjectName(QStringLiteral("createLeadWizard"));
    setWindowTitle(tr("Create Lead"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Go to Details"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("goToDetailsButton"));
    setPage(ProductPageId, m_productPage);
    setPage(MarketplacePageId, m_marketplacePage);
    setPage(LeadPageId, m_leadPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(ProductPageId);
    new WizardStepList(this);
    resize(760, 720);

    auto updateButtons = [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == SummaryPageId);
        // The lead exists once the summary shows: cancelling can no longer undo it.
        button(QWizard::CancelButton)->setVisible(id != SummaryPageId);
    };
    connect(this, &QWizard::currentIdChanged, this, updateButtons);
    updateButtons(ProductPageId);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1 && !m_leadId.isEmpty()) {
            emit openLeadRequested(m_leadId);
            accept();
        }
    });
}

QString CreateLeadWizard::productId() const
{
    return m_productPage->productId();
}

QString CreateLeadWizard::listingId() const
{
    return m_marketplacePage->listingId();
}

void CreateLeadWizard::setLeadId(const QString& id)
{
    m_leadId = id;
    emit leadCreated(id);
}
