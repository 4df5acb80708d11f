#include "main/MainWindow.h"

#include "catalog/AdministrationModule.h"
#include "common/DirectoryView.h"

#include "admin/AdministrationDialog.h"
#include "admin/ReferenceListTab.h"
#include "admin/UsersTab.h"
#include "app/AppLanguage.h"
#include "demo/DemoWorkspace.h"
#include "leads/CreateLeadWizard.h"
#include "leads/LeadsModule.h"
#include "live/ChangeFeed.h"
#include "main/ActingAsSwitcher.h"
#include "main/NewWorkspaceDialog.h"
#include "main/ServerConnectDialog.h"
#include "main/ServerPasswordStore.h"
#include "partners/AcceptInvitationDialog.h"
#include "partners/PartnersModule.h"
#include "session/Memberships.h"
#include "storage/ConnectionLoss.h"
#include "storage/Migrations.h"
#include "storage/Reconnection.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "transfer/ImportDialog.h"
#include "transfer/RecordImport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString moduleKey = QStringLiteral("mainWindow/module");
const QString actingKey = QStringLiteral("session/actingByWorkspace");
const QString workspaceSuffix = QStringLiteral("channeldesk");
const QString recentServersKey = QStringLiteral("session/recentServers");
const QString rememberPasswordKey = QStringLiteral("session/rememberServerPassword");
constexpr int recentServerCount = 8;

QString workspaceFilter()
{
    return MainWindow::tr("ChannelDesk workspaces (*.channeldesk);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_switcher(new ActingAsSwitcher(this))
    , m_moduleList(new QListWidget(this))
    , m_moduleStack(new QStackedWidget(this))
    , m_leads(new LeadsModule(this))
    , m_partners(new PartnersModule(this))
    , m_administration(new AdministrationModule(this))
    , m_actingLabel(new QLabel(this))
    , m_workspaceLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_workspaceStateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ChannelDesk"));

    m_moduleList->setObjectName(QStringLiteral("moduleList"));
    m_moduleList->setAccessibleName(tr("Modules"));
    m_moduleList->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Leads")));
    m_moduleList->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Partners")));
    m_moduleList->addItem(new QListWidgetItem(
        style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Administration")));
    m_moduleList->setFixedWidth(m_moduleList->sizeHintForColumn(0) + 40);
    m_moduleList->setIconSize(QSize(24, 24));
    m_moduleList->setSpacing(2);
    m_moduleStack->setObjectName(QStringLiteral("moduleStack"));
    m_moduleStack->addWidget(m_leads);
    m_moduleStack->addWidget(m_partners);
    m_moduleStack->addWidget(m_administration);
    // The catalog's counts show in the Partners directory (listings).
    connect(m_administration, &AdministrationModule::catalogChanged, this, [this] {
        if (m_workspace)
            if (auto loaded = m_partners->load(m_workspace, m_acting); !loaded)
                showError(tr("Could not show the workspace"), loaded.error());
    });
    connect(m_moduleList, &QListWidget::currentRowChanged, m_moduleStack,
            &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_moduleList);
    layout->addWidget(m_moduleStack, 1);
    setCentralWidget(central);

    auto* toolBar = addToolBar(tr("Acting as"));
    toolBar->setObjectName(QStringLiteral("actingToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_switcher);
    connect(m_switcher, &ActingAsSwitcher::actingChosen, this, &MainWindow::applyActing);

    m_actingLabel->setObjectName(QStringLiteral("actingStatusLabel"));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_countLabel->setObjectName(QStringLiteral("countStatusLabel"));
    m_countLabel->setContentsMargins(0, 0, 12, 0);
    statusBar()->addWidget(m_actingLabel, 1);
    m_workspaceStateLabel->setObjectName(QStringLiteral("workspaceStateLabel"));
    m_workspaceStateLabel->hide();
    statusBar()->addPermanentWidget(m_workspaceStateLabel);
    m_reconnectButton = new QPushButton(tr("&Reconnect"), this);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->setToolTip(tr("Connect to the team server again"));
    m_reconnectButton->hide();
    connect(m_reconnectButton, &QPushButton::clicked, this, [this] { (void)reconnect(); });
    statusBar()->addPermanentWidget(m_reconnectButton);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    connect(m_partners, &PartnersModule::partnerAdded, this, &MainWindow::refreshMemberships);
    connect(m_moduleList, &QListWidget::currentRowChanged, this, &MainWindow::showShownCount);
    for (QTabWidget* tabs : {m_leads->tabs(), m_partners->tabs(), m_administration->tabs()})
        connect(tabs, &QTabWidget::currentChanged, this, &MainWindow::showShownCount);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(stateKey).toByteArray());
    m_moduleList->setCurrentRow(
        qBound(0, settings.value(moduleKey, 0).toInt(), m_moduleList->count() - 1));
    m_switcher->setEnabled(false);

    Transaction::setWaitObserver([window = QPointer<MainWindow>(this)](qint64 waitedMs) {
        if (window && QThread::currentThread() == window->thread())
            window->showWorkspaceWait(waitedMs);
    });
    // Reported on whichever thread saw it (a directory's loader too): shown on this one.
    ConnectionLoss::setObserver([this] {
        QMetaObject::invokeMethod(this, &MainWindow::showConnectionLost, Qt::QueuedConnection);
    });
}

DirectoryView* MainWindow::shownDirectory(QString* name) const
{
    const QTabWidget* tabs = currentModule() == Module::Leads      ? m_leads->tabs()
                             : currentModule() == Module::Partners ? m_partners->tabs()
                                                                   : m_administration->tabs();
    QWidget* tab = tabs->currentWidget();
    if (!tab)
        return nullptr;
    auto* directory = qobject_cast<DirectoryView*>(tab);
    if (!directory)
        directory = tab->findChild<DirectoryView*>();
    // A module's first tab is its directory, named after the module.
    if (currentModule() == Module::Leads && tabs->currentIndex() == 0)
        *name = tr("Leads");
    else if (currentModule() == Module::Partners && tabs->currentIndex() == 0)
        *name = tr("Partners");
    else
        *name = tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'));
    return directory;
}

void MainWindow::showShownCount()
{
    // The count as the shown tab's loader reports it (never counted on this thread).
    QString name;
    DirectoryView* directory = shownDirectory(&name);
    if (!directory) {
        m_countLabel->clear();
        return;
    }
    connect(directory, &DirectoryView::countTextChanged, this, &MainWindow::showShownCount,
            Qt::UniqueConnection);
    m_countLabel->setText(tr("%1: %2").arg(name, directory->countText()));
}

MainWindow::~MainWindow()
{
    Transaction::setWaitObserver({});
    ConnectionLoss::setObserver({});
    m_leads->unload();
    m_partners->unload();
    m_administration->unload();
    if (m_workspace)
        m_workspace->close();
}

QString MainWindow::lastWorkspaceKey()
{
    return QStringLiteral("session/lastWorkspace");
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction =
        file->addAction(tr("&New workspace\u2026"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    QAction* demoAction =
        file->addAction(tr("New &demo workspace\u2026"), this, &MainWindow::newDemoWorkspace);
    demoAction->setObjectName(QStringLiteral("newDemoWorkspaceAction"));
    QAction* openAction =
        file->addAction(tr("&Open workspace\u2026"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    QAction* serverAction =
        file->addAction(tr("Connect to &team server…"), this, [this] { (void)connectToServer(); });
    serverAction->setObjectName(QStringLiteral("connectServerAction"));
    m_reconnectAction =
        file->addAction(tr("&Reconnect to team server"), this, [this] { (void)reconnect(); });
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setEnabled(false);
    file->addSeparator();
    m_importLeadsAction = file->addAction(tr("Import &leads\u2026"), this,
                                          [this] { importRecords(TransferKind::Leads); });
    m_importLeadsAction->setObjectName(QStringLiteral("importLeadsAction"));
    m_importPartnersAction = file->addAction(tr("Import &partners\u2026"), this,
                                             [this] { importRecords(TransferKind::Partners); });
    m_importPartnersAction->setObjectName(QStringLiteral("importPartnersAction"));
    m_newLeadFromMailAction =
        file->addAction(tr("New lead from &e-mail\u2026"), this, [this] { createLeadsFromMail(); });
    m_newLeadFromMailAction->setObjectName(QStringLiteral("newLeadFromMailAction"));
    m_newLeadFromMailAction->setToolTip(tr("Create Lead filled in from a customer's e-mail "
                                           "(.eml); .eml files dropped onto the Leads directory "
                                           "do the same"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* leads = view->addAction(tr("&Leads"), this, [this] { showModule(Module::Leads); });
    leads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* partners =
        view->addAction(tr("&Partners"), this, [this] { showModule(Module::Partners); });
    partners->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* administration = view->addAction(tr("A&dministration"), this,
                                              [this] { showModule(Module::Administration); });
    administration->setObjectName(QStringLiteral("showAdministrationAction"));
    administration->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QAction* actingAs = view->addAction(tr("Switch &acting user or account"), this, [this] {
        m_switcher->combo()->setFocus();
        m_switcher->combo()->showPopup();
    });
    actingAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addSeparator();
    // The language is read once at start (AppLanguage::install in main); the menu says so.
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    const QString chosen = AppLanguage::chosen();
    for (const AppLanguage::Choice& choice : AppLanguage::choices()) {
        QAction* action = language->addAction(choice.name);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = choice.code] { chooseLanguage(code); });
        if (choice.code.isEmpty())
            language->addSeparator();
    }
    language->addSeparator();
    QAction* note = language->addAction(tr("Applies at the next start of ChannelDesk"));
    note->setObjectName(QStringLiteral("languageNoteAction"));
    note->setEnabled(false);

    QMenu* partnersMenu = menuBar()->addMenu(tr("&Partners"));
    QAction* accept = partnersMenu->addAction(tr("&Accept invitation\u2026"), this,
                                              [this] { acceptInvitation(); });
    accept->setObjectName(QStringLiteral("acceptInvitationAction"));

    QMenu* workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    workspaceMenu->setObjectName(QStringLiteral("workspaceMenu"));
    QAction* users = workspaceMenu->addAction(tr("&Users and roles\u2026"), this,
                                              &MainWindow::openUsersAndRoles);
    users->setObjectName(QStringLiteral("usersAndRolesAction"));
    QAction* lists = workspaceMenu->addAction(tr("&Reference lists\u2026"), this,
                                              &MainWindow::openReferenceLists);
    lists->setObjectName(QStringLiteral("referenceListsAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About ChannelDesk"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (code == AppLanguage::chosen())
        return;
    AppLanguage::choose(code);
    statusBar()->showMessage(tr("The language changes when ChannelDesk starts next time."), 10000);
}

Result<void> MainWindow::openWorkspace(const QString& path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return opened.error();
    WorkspaceHandle workspace = std::shared_ptr<Workspace>(std::move(opened).value());
    // On a team server the login acts only as itself, in its own accounts.
    auto contexts = Memberships::available(workspace, workspace->server().login);
    if (!contexts)
        return contexts.error();
    if (contexts->isEmpty() && workspace->engine() == SqlEngine::Postgres)
        return Error{ErrorCode::PermissionDenied,
                     tr("The team workspace %1 has no user with the e-mail address %2, so "
                        "ChannelDesk cannot act as anybody there. Ask its administrator to add "
                        "you (channeldesk server add-user).")
                         .arg(workspace->path(), workspace->server().login)};
    if (contexts->isEmpty())
        return Error{
            ErrorCode::Invalid,
            tr("The workspace %1 has no users, so ChannelDesk cannot act as anybody in it.")
                .arg(QDir::toNativeSeparators(path))};

    if (m_workspace) {
        rememberActing();
        m_leads->unload();
        m_partners->unload();
        m_administration->unload();
        m_workspace->close();
    }
    m_workspace = std::move(workspace);
    QSettings().setValue(lastWorkspaceKey(), m_workspace->path());
    setWindowFilePath(m_workspace->path());
    setWindowTitle(tr("%1 \u2014 ChannelDesk").arg(QFileInfo(m_workspace->path()).fileName()));
    if (m_workspace->engine() == SqlEngine::Postgres) {
        m_workspaceLabel->setText(tr("Team server: %1").arg(m_workspace->path()));
        m_workspaceLabel->setToolTip(tr("Connected to the team workspace %1 as %2")
                                         .arg(m_workspace->path(), m_workspace->server().login));
    } else {
        m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
        m_workspaceLabel->setToolTip(tr("The open workspace file"));
    }
    m_reconnectButton->hide();
    m_reconnectAction->setEnabled(false);
    // Users, accounts and memberships others change show in Acting as.
    if (ChangeFeed* feed = ChangeFeed::of(*m_workspace))
        connect(feed, &ChangeFeed::changed, this, [this](const QString& table) {
            if (ChangeFeed::concerns(table, {QStringLiteral("memberships"), QStringLiteral("users"),
                                             QStringLiteral("accounts")}))
                refreshMemberships();
        });
    showWorkspaceState();
    m_workspace->whenChecked(this, [this, checked = m_workspace.get()] {
        if (m_workspace.get() == checked)
            showWorkspaceState();
    });

    m_switcher->setContexts(contexts.value());
    const QStringList remembered =
        QSettings().value(actingKey).toMap().value(m_workspace->path()).toStringList();
    if (remembered.size() != 2 || !m_switcher->select(remembered.at(0), remembered.at(1))) {
        // The workspace's home user, unless the server's login is somebody else.
        auto home = Memberships::home(m_workspace);
        if (!home || !m_switcher->select(home->userId, home->accountId))
            m_switcher->select(contexts->first().userId, contexts->first().accountId);
    }
    applyActing(m_switcher->current());
    return {};
}

bool MainWindow::setActing(const QString& userId, const QString& accountId)
{
    if (!m_switcher->select(userId, accountId))
        return false;
    applyActing(m_switcher->current());
    return true;
}

void MainWindow::applyActing(const ActingContext& acting)
{
    m_acting = acting;
    m_actingLabel->setText(tr("Acting as %1 (%2) in %3 \u00b7 %4 portal")
                               .arg(acting.userName, userRoles.label(acting.userRole),
                                    acting.accountName,
                                    acting.isVendorPortal() ? tr("Vendor") : tr("Distributor")));
    m_importLeadsAction->setEnabled(RecordImport::isAllowed(TransferKind::Leads, acting));
    m_importPartnersAction->setEnabled(RecordImport::isAllowed(TransferKind::Partners, acting));
    m_newLeadFromMailAction->setEnabled(acting.canCreateLeads());
    rememberActing();
    reloadModules();
    emit actingChanged();
}

void MainWindow::reloadModules()
{
    if (!m_workspace)
        return;
    for (const Result<void>& loaded :
         {m_leads->load(m_workspace, m_acting), m_partners->load(m_workspace, m_acting),
          m_administration->load(m_workspace, m_acting)})
        if (!loaded)
            showError(tr("Could not show the workspace"), loaded.error());
}

void MainWindow::rememberActing() const
{
    if (!m_workspace || m_acting.userId.isEmpty())
        return;
    QSettings settings;
    QVariantMap map = settings.value(actingKey).toMap();
    map.insert(m_workspace->path(), QStringList{m_acting.userId, m_acting.accountId});
    settings.setValue(actingKey, map);
}

void MainWindow::acceptInvitation(const QString& link)
{
    if (!m_workspace)
        return;
    AcceptInvitationDialog dialog(m_workspace, link, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadModules();
    showModule(Module::Partners);
    statusBar()->showMessage(tr("The invitation was accepted: the partner is active and its "
                                "contract signed."),
                             10000);
}

void MainWindow::importRecords(TransferKind kind, const QString& path)
{
    if (!m_workspace || !RecordImport::isAllowed(kind, m_acting))
        return;
    ImportDialog dialog(kind, m_workspace, m_acting, this);
    if (!path.isEmpty()) {
        dialog.setFile(path);
    } else {
        const QString chosen = QFileDialog::getOpenFileName(
            this, dialog.windowTitle(), QFileInfo(m_workspace->path()).absolutePath(),
            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (chosen.isEmpty())
            return;
        dialog.setFile(chosen);
    }
    dialog.exec();
    if (dialog.importedCount() == 0)
        return;
    reloadModules();
    showModule(kind == TransferKind::Leads ? Module::Leads : Module::Partners);
    statusBar()->showMessage(dialog.report()->summary(), 10000);
}

void MainWindow::createLeadsFromMail(const QStringList& paths)
{
    if (!m_workspace || !m_acting.canCreateLeads())
        return;
    QStringList files = paths;
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(this, tr("New lead from e-mail"), QString(),
                                              tr("E-mails (*.eml);;All files (*)"));
    if (files.isEmpty())
        return;
    showModule(Module::Leads);
    m_leads->createLeadsFromMail(files);
}

CreateLeadWizard* MainWindow::createLead(const LeadPrefill& prefill)
{
    if (!m_workspace)
        return nullptr;
    showModule(Module::Leads);
    if (!m_acting.canCreateLeads()) {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("New lead from e-mail"),
            tr("%1 cannot create leads in %2. Act as a distributor's sales user (View \u2192 "
               "Switch acting user or account), then open the e-mail with File \u2192 New lead "
               "from e-mail\u2026.")
                .arg(m_acting.userName, m_acting.accountName),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("cannotCreateLeadBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->show();
        return nullptr;
    }
    return m_leads->createLead(prefill);
}

AdministrationDialog* MainWindow::openUsersAndRoles()
{
    if (!m_workspace)
        return nullptr;
    auto* dialog =
        new AdministrationDialog(tr("Users and roles \u2014 %1").arg(m_acting.accountName),
                                 QStringLiteral("usersAndRolesDialog"), this);
    auto* users = new UsersTab(dialog);
    connect(users, &UsersTab::membershipsChanged, this, &MainWindow::refreshMemberships);
    dialog->addTab(users, tr("&Users"),
                   [users](const WorkspaceHandle& workspace, const ActingContext& acting) {
                       return users->load(workspace, acting);
                   });
    return openAdministration(dialog);
}

AdministrationDialog* MainWindow::openReferenceLists()
{
    if (!m_workspace)
        return nullptr;
    auto* dialog =
        new AdministrationDialog(tr("Reference lists \u2014 %1").arg(m_acting.accountName),
                                 QStringLiteral("referenceListsDialog"), this);
    for (ReferenceKind kind : allReferenceKinds) {
        auto* tab = new ReferenceListTab(kind, dialog);
        dialog->addTab(tab, ReferenceKindInfo::of(kind).titleText(),
                       [tab](const WorkspaceHandle& workspace, const ActingContext& acting) {
                           return tab->load(workspace, acting);
                       });
    }
    return openAdministration(dialog);
}

AdministrationDialog* MainWindow::openAdministration(AdministrationDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (auto loaded = dialog->load(m_workspace, m_acting); !loaded)
        showError(dialog->windowTitle(), loaded.error());
    // A change of the acting user's own role shows in the dialog too.
    connect(this, &MainWindow::actingChanged, dialog, [this, dialog] {
        if (auto loaded = dialog->load(m_workspace, m_acting); !loaded)
            showError(dialog->windowTitle(), loaded.error());
    });
    dialog->open();
    return dialog;
}

void MainWindow::refreshMemberships()
{
    if (!m_workspace)
        return;
    auto contexts = Memberships::available(m_workspace, m_workspace->server().login);
    if (!contexts) {
        showError(tr("Could not read the users"), contexts.error());
        return;
    }
    if (contexts->isEmpty())
        return; // the login was removed from every account: what shows stays until it closes
    m_switcher->setContexts(contexts.value());
    if (!m_switcher->select(m_acting.userId, m_acting.accountId)) {
        // The acting user left the account: act as the workspace's home user instead.
        auto home = Memberships::home(m_workspace);
        if (!home) {
            showError(tr("Could not read the users"), home.error());
            return;
        }
        if (!m_switcher->select(home->userId, home->accountId))
            m_switcher->select(contexts->first().userId, contexts->first().accountId);
    }
    if (!(m_switcher->current() == m_acting))
        applyActing(m_switcher->current());
}

void MainWindow::showModule(Module module)
{
    m_moduleList->setCurrentRow(static_cast<int>(module));
}

MainWindow::Module MainWindow::currentModule() const
{
    if (m_moduleStack->currentWidget() == m_administration)
        return Module::Administration;
    return m_moduleStack->currentWidget() == m_partners ? Module::Partners : Module::Leads;
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A message shown before the window was (connecting from the command line) left the acting
    // label visible under it: QStatusBar hides only visible widgets. Shown again (it ignores the
    // same text twice, hence the clear), it hides it.
    if (const QString message = statusBar()->currentMessage(); !message.isEmpty()) {
        statusBar()->clearMessage();
        statusBar()->showMessage(message, 10000);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(moduleKey, m_moduleList->currentRow());
    rememberActing();
    event->accept();
}

QString MainWindow::askNewWorkspacePath(const QString& title)
{
    const QString start =
        m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, title, start, workspaceFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + workspaceSuffix;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, title,
                             tr("%1 already exists. ChannelDesk never overwrites a workspace; "
                                "choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void MainWindow::newWorkspace()
{
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = askNewWorkspacePath(tr("Save the new workspace as"));
    if (path.isEmpty())
        return;
    auto created = WorkspaceSetup::createBlank(path, dialog.request());
    if (!created) {
        showError(tr("Could not create the workspace"), created.error());
        return;
    }
    if (auto opened = openWorkspace(path); !opened) {
        showError(tr("Could not open the workspace"), opened.error());
        return;
    }
    setActing(created->userId, created->accountId);
}

void MainWindow::newDemoWorkspace()
{
    const QString path = askNewWorkspacePath(tr("Save the demo workspace as"));
    if (path.isEmpty())
        return;
    if (auto created = DemoWorkspace::create(path); !created) {
        showError(tr("Could not create the demo workspace"), created.error());
        return;
    }
    if (auto opened = openWorkspace(path); !opened)
        showError(tr("Could not open the workspace"), opened.error());
}

void MainWindow::chooseWorkspace()
{
    const QString start =
        m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), start, workspaceFilter());
    if (path.isEmpty())
        return;
    if (auto opened = openWorkspace(path); !opened)
        showError(tr("Could not open the workspace"), opened.error());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ChannelDesk"),
        tr("<h3>ChannelDesk %1</h3>"
           "<p>Leads and channel partners for software vendors and distributors, on your "
           "desktop.</p><p>Workspace schema %2 \u00b7 Qt %3</p>")
            .arg(QStringLiteral(CHANNELDESK_VERSION))
            .arg(Migrations::latestVersion())
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::showWorkspaceState()
{
    QString text;
    if (m_workspace && m_workspace->isChecking()) {
        text = tr("Checking the workspace for damage\u2026 (changes can be saved once it is done)");
    } else if (m_workspace) {
        if (auto writable = m_workspace->admitsWrites(); !writable) {
            text = tr("Changes cannot be saved in this workspace");
            m_workspaceStateLabel->setToolTip(writable.error().message);
            if (writable.error().code == ErrorCode::Corrupt)
                showError(tr("The workspace is damaged"), writable.error());
        }
    }
    m_workspaceStateLabel->setText(text);
    m_workspaceStateLabel->setVisible(!text.isEmpty());
}

void MainWindow::showError(const QString& title, const Error& error)
{
    statusBar()->showMessage(error.message, 10000);
    QMessageBox::critical(this, title, error.message);
}

void MainWindow::showWorkspaceWait(qint64 waitedMs)
{
    if (waitedMs < 0) {
        if (m_waitingForWorkspace) {
            statusBar()->clearMessage();
            QApplication::restoreOverrideCursor();
        }
        m_waitingForWorkspace = false;
        return;
    }
    if (!m_waitingForWorkspace) {
        m_waitingForWorkspace = true;
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    statusBar()->showMessage(tr("Waiting for the workspace: another program is writing to it "
                                "(%1 s)\u2026")
                                 .arg(waitedMs / 1000));
    // Keeps painting while the write waits; what the user types waits for it.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

QStringList MainWindow::recentServers()
{
    return QSettings().value(recentServersKey).toStringList();
}

Result<void> MainWindow::connectToServer(const QString& url)
{
    ServerAddress address;
    if (!url.isEmpty()) {
        auto parsed = ServerAddress::parse(url);
        if (!parsed)
            return parsed.error();
        address = parsed.value();
    } else if (const QStringList recent = recentServers(); !recent.isEmpty()) {
        if (auto last = ServerAddress::parse(recent.first()))
            address = last.value();
    }
    ServerConnectDialog dialog(this);
    dialog.setRecent(recentServers());
    dialog.setRememberPassword(QSettings().value(rememberPasswordKey, true).toBool());
    if (!address.login.isEmpty() && address.password.isEmpty())
        address.password = ServerPasswordStore::read(address);
    dialog.setAddress(address);
    // A full address from the command line or the keychain connects without asking.
    Result<void> attempt = Error{ErrorCode::Invalid, QString()};
    if (!address.password.isEmpty())
        attempt = connectWith(dialog);
    while (!attempt) {
        if (dialog.exec() != QDialog::Accepted)
            return Error{ErrorCode::Invalid, tr("No team server was connected.")};
        attempt = connectWith(dialog);
    }
    return {};
}

Result<void> MainWindow::connectWith(ServerConnectDialog& dialog)
{
    const ServerAddress address = dialog.address();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = openWorkspace(address.url());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        dialog.showProblem(opened.error().message);
        return opened.error();
    }
    dialog.showProblem({});
    QSettings settings;
    QStringList recent = recentServers();
    recent.removeAll(address.displayUrl());
    recent.prepend(address.displayUrl());
    settings.setValue(recentServersKey, recent.mid(0, recentServerCount));
    settings.setValue(rememberPasswordKey, dialog.rememberPassword());
    QString problem;
    if (!dialog.rememberPassword())
        ServerPasswordStore::remove(address);
    else if (!ServerPasswordStore::write(address, address.password, &problem))
        statusBar()->showMessage(problem, 10000);
    return {};
}

void MainWindow::showConnectionLost()
{
    if (!m_workspace || m_workspace->engine() != SqlEngine::Postgres)
        return;
    statusBar()->clearMessage(); // it would squeeze the news beside it
    m_workspaceStateLabel->setText(tr("The connection to the team server was lost"));
    m_workspaceStateLabel->setToolTip(tr("Nothing was saved since. Reconnect when the server "
                                         "or the network is back; what you typed stays."));
    m_workspaceStateLabel->show();
    m_reconnectButton->show();
    m_reconnectAction->setEnabled(true);
}

Result<void> MainWindow::reconnect()
{
    if (!m_workspace)
        return {};
    if (auto reconnected = Reconnection::reconnect(*m_workspace); !reconnected) {
        showError(tr("Could not reconnect"), reconnected.error());
        return reconnected.error();
    }
    m_reconnectButton->hide();
    m_reconnectAction->setEnabled(false);
    showWorkspaceState();
    // The directories' loaders read on their own connections: they open anew.
    reloadModules();
    statusBar()->showMessage(tr("Connected to the team server again."), 5000);
    return {};
}
