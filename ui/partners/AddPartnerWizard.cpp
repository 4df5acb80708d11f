#include "partners/AddPartnerWizard.h"

#include "partners/AddPartnerAccountPage.h"
#include "partners/AddPartnerActionPage.h"
#include "partners/AddPartnerAgreementPage.h"
#include "partners/AddPartnerDetailsPage.h"
#include "partners/AddPartnerMarketplacesPage.h"
#include "partners/AddPartnerProductGroupsPage.h"
#include "partners/AddPartnerSummaryPage.h"
#include "partners/AddPartnerSyndicationPage.h"
#include "partners/PartnerService.h"

#include "common/WizardStepList.h"

#include <QAbstractButton>
#include <QLabel>

AddPartnerWizard::AddPartnerWizard(const WorkspaceHandle& workspace, const ActingContext& acting,
                                   QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_acting(acting)
{
    setObjectName(QStringLiteral("addPartnerWizard"));
    setWindowTitle(tr("Add partner"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(DetailsPageId, new AddPartnerDetailsPage(this));
    setPage(AgreementPageId, new AddPartnerAgreementPage(this));
    setPage(MarketplacesPageId, new AddPartnerMarketplacesPage(this));
    setPage(ProductGroupsPageId, new AddPartnerProductGroupsPage(this));
    setPage(SyndicationPageId, new AddPartnerSyndicationPage(this));
    setPage(ActionPageId, new AddPartnerActionPage(this));
    setPage(AccountDetailsPageId, new AddPartnerAccountPage(this));
    setPage(SummaryPageId, new AddPartnerSummaryPage(this));
    setStartId(DetailsPageId);
    new WizardStepList(this);
    resize(780, 640);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Once written, cancelling can no longer undo it.
        button(QWizard::CancelButton)->setVisible(id != SummaryPageId);
    });
}

int AddPartnerWizard::nextAfter(int id) const
{
    const bool reseller = m_draft.type == AccountRole::Reseller;
    switch (id) {
    case DetailsPageId:
        return AgreementPageId;
    case AgreementPageId:
        return m_draft.createAgreement ? MarketplacesPageId : ActionPageId;
    case MarketplacesPageId:
        return reseller ? ProductGroupsPageId : ActionPageId;
    case ProductGroupsPageId:
        return SyndicationPageId;
    case SyndicationPageId:
        return ActionPageId;
    case ActionPageId:
        return m_draft.action == PartnerAction::CreateAccount ? AccountDetailsPageId
                                                              : SummaryPageId;
    case AccountDetailsPageId:
        return SummaryPageId;
    default:
        return -1;
    }
}

bool AddPartnerWizard::commit(QLabel* errorLabel)
{
    auto created = PartnerService::create(m_workspace, m_acting, m_draft);
    if (!created) {
        errorLabel->setText(created.error().message);
        errorLabel->show();
        return false;
    }
    errorLabel->hide();
    m_creation = created.value();
    emit partnerCreated(m_creation.accountId);
    return true;
}
