#include "partners/PartnersModule.h"

#include "common/DirectoryView.h"
#include "partners/AddPartnerWizard.h"
#include "partners/AgreementsTab.h"
#include "partners/ContractWindow.h"
#include "partners/ContractsTab.h"
#include "partners/InvitationsTab.h"
#include "partners/NewContractDialog.h"
#include "partners/OwnCompanyWindow.h"
#include "partners/PartnerDetailsWindow.h"
#include "partners/PartnerDirectory.h"
#include "partners/PartnerDirectoryModel.h"
#include "partners/PartnerService.h"
#include "views/SavedViewsBar.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

PartnersModule::PartnersModule(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_directory(new DirectoryView(QStringLiteral("partnerDirectory"), tr("Partners"), this))
    , m_contractsTab(new ContractsTab(this))
    , m_agreementsTab(new AgreementsTab(this))
    , m_invitationsTab(new InvitationsTab(this))
    , m_partnerModel(new PartnerDirectoryModel(this))
    , m_createPartner(new QPushButton(tr("Create &Partner"), this))
    , m_savedViews(nullptr)
    , m_ownCompany(new QPushButton(tr("Our co&mpany\u2026"), this))
{
    setObjectName(QStringLiteral("partnersModule"));
    m_tabs->setObjectName(QStringLiteral("partnersTabs"));
    m_tabs->setDocumentMode(true);
    m_directory->setLinesPerRow(2);
    m_directory->setDirectoryModel(m_partnerModel);
    m_directory->setEmptyText(tr("No partners yet."));
    m_directory->addColumnFilter(tr("T&ype:"), PartnerDirectoryModel::Type);
    m_directory->addColumnFilter(tr("S&tatus:"), PartnerDirectoryModel::Status);
    m_createPartner->setObjectName(QStringLiteral("createPartnerButton"));
    m_createPartner->setToolTip(tr("Add a vendor or reseller with its agreements and contracts"));
    m_savedViews = new SavedViewsBar(m_directory, QStringLiteral("partners"), this);
    m_directory->addToolWidget(m_savedViews);
    m_directory->addToolWidget(m_createPartner);
    m_ownCompany->setObjectName(QStringLiteral("ownCompanyButton"));
    m_ownCompany->setToolTip(tr("Your own profile and news, as your partners see them"));
    m_directory->addToolWidget(m_ownCompany);
    connect(m_ownCompany, &QPushButton::clicked, this, &PartnersModule::openOwnCompany);
    connect(m_createPartner, &QPushButton::clicked, this, &PartnersModule::createPartner);
    connect(m_directory, &DirectoryView::rowActivated, this, [this](int row) {
        if (const QString id = m_partnerModel->idAt(row); !id.isEmpty())
            openPartner(id);
    });
    connect(m_partnerModel, &DirectoryModel::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Partners"), message);
    });
    m_tabs->addTab(m_directory, tr("Directory"));
    m_tabs->addTab(m_contractsTab, tr("Contracts"));
    m_tabs->addTab(m_agreementsTab, tr("Agreements"));
    m_tabs->addTab(m_invitationsTab, tr("Invitations"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

DirectoryView* PartnersModule::contracts() const
{
    return m_contractsTab->view();
}

DirectoryView* PartnersModule::agreements() const
{
    return m_agreementsTab->view();
}

Result<void> PartnersModule::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    const bool sameDirectory =
        m_partnerModel->isOpen() && m_acting == acting && m_workspace == workspace;
    if (!sameDirectory)
        closeWindows();
    m_workspace = workspace;
    m_acting = acting;
    m_createPartner->setVisible(PartnerService::canAddPartners(acting));
    if (sameDirectory)
        m_partnerModel->reload();
    else
        m_partnerModel->open(workspace, acting);
    for (const int column : {PartnerDirectoryModel::Type, PartnerDirectoryModel::Status}) {
        auto choices = PartnerDirectory::source().choices(workspace, acting,
                                                          m_partnerModel->columnKey(column));
        m_directory->setFilterChoices(column, choices ? choices.value() : QList<DirectoryChoice>());
    }
    auto views = m_savedViews->load(workspace, acting);
    auto contracts = m_contractsTab->load(workspace, acting);
    auto agreements = m_agreementsTab->load(workspace, acting);
    auto invitations = m_invitationsTab->load(workspace, acting);
    for (const Result<void>* result : {&views, &contracts, &agreements, &invitations})
        if (!*result)
            return result->error();
    return {};
}

void PartnersModule::unload()
{
    closeWindows();
    m_savedViews->unload();
    m_partnerModel->close();
    m_workspace = {};
}

void PartnersModule::closeWindows()
{
    // Deleted now, not later: they hold the workspace.
    qDeleteAll(findChildren<PartnerDetailsWindow*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<AddPartnerWizard*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<ContractWindow*>());
    qDeleteAll(findChildren<OwnCompanyWindow*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<NewContractDialog*>());
}

void PartnersModule::reload()
{
    if (auto loaded = load(m_workspace, m_acting); !loaded)
        QMessageBox::warning(this, tr("Partners"), loaded.error().message);
}

AddPartnerWizard* PartnersModule::createPartner()
{
    if (!PartnerService::canAddPartners(m_acting))
        return nullptr;
    auto* wizard = new AddPartnerWizard(m_workspace, m_acting, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &AddPartnerWizard::partnerCreated, this, [this](const QString& accountId) {
        reload();
        m_directory->selectId(accountId);
        emit partnerAdded(accountId);
    });
    connect(wizard, &AddPartnerWizard::objectLinkActivated, this, &PartnersModule::openObject);
    wizard->show();
    return wizard;
}

PartnerDetailsWindow* PartnersModule::openPartner(const QString& accountId)
{
    PartnerDetailsWindow* window =
        PartnerDetailsWindow::open(m_workspace, m_acting, accountId, this);
    connect(window, &PartnerDetailsWindow::partnerChanged, this, &PartnersModule::reload,
            Qt::UniqueConnection);
    return window;
}

OwnCompanyWindow* PartnersModule::openOwnCompany()
{
    if (!m_workspace)
        return nullptr;
    for (OwnCompanyWindow* window : findChildren<OwnCompanyWindow*>(Qt::FindDirectChildrenOnly)) {
        window->show();
        window->raise();
        window->activateWindow();
        return window;
    }
    auto* window = new OwnCompanyWindow(m_workspace, m_acting, this);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void PartnersModule::openObject(const QString& objectType, const QString& id)
{
    if (objectType == QLatin1String("account")) {
        openPartner(id);
        return;
    }
    const bool agreement = objectType == QLatin1String("agreement");
    m_tabs->setCurrentIndex(agreement ? AgreementsTabIndex : ContractsTabIndex);
    (agreement ? agreements() : contracts())->selectId(id);
    window()->raise();
    window()->activateWindow();
}
