#include "leads/LeadsModule.h"

#include "common/DirectoryView.h"
#include "common/ObjectWindow.h"
#include "leads/CreateLeadWizard.h"
#include "leads/EditLeadDialog.h"
#include "leads/LeadDetailsWindow.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadDirectoryModel.h"
#include "leads/LeadFormsTab.h"
#include "leads/MailDropFilter.h"
#include "mail/MailLeadReader.h"
#include "views/SavedViewsBar.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

LeadsModule::LeadsModule(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_directory(new DirectoryView(QStringLiteral("leadDirectory"), tr("Leads"), this))
    , m_leadForms(new LeadFormsTab(this))
    , m_leadModel(new LeadDirectoryModel(this))
    , m_createLead(new QPushButton(tr("Create &Lead"), this))
    , m_savedViews(nullptr)
    , m_mailDrop(new MailDropFilter(m_directory))
{
    setObjectName(QStringLiteral("leadsModule"));
    m_tabs->setObjectName(QStringLiteral("leadsTabs"));
    m_tabs->setDocumentMode(true);
    m_directory->setDirectoryModel(m_leadModel);
    m_createLead->setObjectName(QStringLiteral("createLeadButton"));
    m_createLead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_createLead->setToolTip(tr("Create a lead for a product listed on your marketplaces "
                                "(Ctrl+Shift+L)"));
    m_savedViews = new SavedViewsBar(m_directory, QStringLiteral("leads"), this);
    m_directory->addToolWidget(m_savedViews);
    m_directory->addToolWidget(m_createLead);
    m_directory->addColumnFilter(tr("S&tatus:"), LeadDirectoryModel::Status);
    m_directory->addColumnFilter(tr("Sou&rce:"), LeadDirectoryModel::Source);
    m_directory->addColumnFilter(tr("Pr&oduct:"), LeadDirectoryModel::Product);
    m_directory->addColumnFilter(tr("&Marketplace:"), LeadDirectoryModel::Marketplace);
    m_directory->addColumnFilter(tr("O&wner:"), LeadDirectoryModel::Owner);
    m_directory->addDateRangeFilter(QStringLiteral("created"), tr("Cr&eated"));
    connect(m_createLead, &QPushButton::clicked, this, [this] { createLead(); });
    connect(m_mailDrop, &MailDropFilter::mailDropped, this, &LeadsModule::createLeadsFromMail);
    connect(m_directory, &DirectoryView::rowActivated, this, [this](int row) {
        if (const QString id = m_leadModel->idAt(row); !id.isEmpty())
            openLead(id);
    });
    connect(m_leadModel, &DirectoryModel::loadFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Leads"), message); });
    m_tabs->addTab(m_directory, tr("Directory"));
    m_formsTab = m_tabs->addTab(m_leadForms, tr("Forms"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

Result<void> LeadsModule::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    // Windows opened for another acting account or workspace must not outlive it.
    if (m_acting != acting || m_workspace != workspace)
        closeWindows();
    m_workspace = workspace;
    m_acting = acting;
    m_createLead->setVisible(acting.canCreateLeads());
    m_mailDrop->setActive(acting.canCreateLeads());
    m_tabs->setTabVisible(m_formsTab, acting.isVendorPortal());
    m_directory->setEmptyText(acting.isVendorPortal()
                                  ? tr("No leads for your products yet. They appear here as soon "
                                       "as a distributor creates one.")
                                  : tr("No leads yet on your marketplaces."));
    m_leadModel->open(workspace, acting);
    auto choices = loadFilterChoices();
    auto views = m_savedViews->load(workspace, acting);
    auto forms = m_leadForms->load(workspace, acting);
    if (!choices)
        return choices.error();
    if (!views)
        return views.error();
    return forms;
}

void LeadsModule::unload()
{
    closeWindows();
    m_savedViews->unload();
    m_leadModel->close();
    m_workspace = {};
}

void LeadsModule::closeWindows()
{
    m_pendingMail.clear();
    delete m_mailShown;
    // Deleted now, not later: they hold the workspace.
    qDeleteAll(findChildren<LeadDetailsWindow*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<ObjectWindow*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<CreateLeadWizard*>(Qt::FindDirectChildrenOnly));
}

DirectoryView* LeadsModule::forms() const
{
    return m_leadForms->view();
}

Result<void> LeadsModule::loadFilterChoices()
{
    for (const int column :
         {LeadDirectoryModel::Status, LeadDirectoryModel::Source, LeadDirectoryModel::Product,
          LeadDirectoryModel::Marketplace, LeadDirectoryModel::Owner}) {
        auto choices =
            LeadDirectory::source().choices(m_workspace, m_acting, m_leadModel->columnKey(column));
        if (!choices)
            return choices.error();
        m_directory->setFilterChoices(column, choices.value());
    }
    return {};
}

void LeadsModule::reloadDirectory(const QString& selectLeadId)
{
    if (auto choices = loadFilterChoices(); !choices)
        QMessageBox::warning(this, tr("Leads"), choices.error().message);
    m_leadModel->reload();
    if (!selectLeadId.isEmpty())
        m_directory->selectId(selectLeadId);
}

CreateLeadWizard* LeadsModule::createLead(const LeadPrefill& prefill)
{
    if (!m_acting.canCreateLeads())
        return nullptr;
    auto* wizard = new CreateLeadWizard(m_workspace, m_acting, this);
    wizard->setPrefill(prefill);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &CreateLeadWizard::leadCreated, this,
            [this](const QString& leadId) { reloadDirectory(leadId); });
    connect(wizard, &CreateLeadWizard::openLeadRequested, this, &LeadsModule::openLead);
    connect(wizard, &CreateLeadWizard::objectLinkActivated, this, &LeadsModule::openObject);
    wizard->show();
    return wizard;
}

void LeadsModule::createLeadsFromMail(const QStringList& files, const QList<QByteArray>& messages)
{
    if (!m_acting.canCreateLeads())
        return;
    for (const QString& path : files)
        m_pendingMail << PendingMail{path, {}};
    for (const QByteArray& message : messages)
        m_pendingMail << PendingMail{{}, message};
    createNextLeadFromMail();
}

void LeadsModule::createNextLeadFromMail()
{
    if (m_mailShown || m_pendingMail.isEmpty())
        return;
    const PendingMail next = m_pendingMail.takeFirst();
    auto mail = next.path.isEmpty() ? MailLeadReader::read(next.message)
                                    : MailLeadReader::readFile(next.path);
    QDialog* shown = nullptr;
    if (mail) {
        shown = createLead(mail->prefill());
    } else {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("New lead from e-mail"),
                                    tr("This e-mail cannot become a lead."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("mailProblemBox"));
        box->setInformativeText(mail.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->show();
        shown = box;
    }
    if (!shown)
        return;
    m_mailShown = shown;
    // One e-mail at a time: the next when this one's window has gone.
    connect(
        shown, &QDialog::finished, this,
        [this] {
            m_mailShown = nullptr;
            createNextLeadFromMail();
        },
        Qt::QueuedConnection);
}

LeadDetailsWindow* LeadsModule::openLead(const QString& leadId)
{
    // An already open window of the same lead is raised rather than opened twice.
    auto* window = LeadDetailsWindow::open(m_workspace, m_acting, leadId, this);
    connect(window, &LeadDetailsWindow::leadChanged, this, &LeadsModule::reloadDirectory,
            Qt::UniqueConnection);
    connect(window, &LeadDetailsWindow::editRequested, this, &LeadsModule::editLead,
            Qt::UniqueConnection);
    return window;
}

void LeadsModule::openObject(const QString& objectType, const QString& id)
{
    if (objectType == QLatin1String("lead"))
        openLead(id);
    else
        ObjectWindow::open(m_workspace, m_acting, objectType, id, this);
}

void LeadsModule::editLead(const QString& leadId)
{
    EditLeadDialog dialog(m_workspace, m_acting, leadId, this);
    if (!dialog.isReady()) {
        QMessageBox::warning(this, tr("Edit lead"), dialog.loadError());
        return;
    }
    if (dialog.exec() == QDialog::Accepted || dialog.sawConflict()) {
        reloadDirectory(leadId);
        const auto windows = findChildren<LeadDetailsWindow*>();
        for (LeadDetailsWindow* window : windows)
            window->reload();
    }
}
