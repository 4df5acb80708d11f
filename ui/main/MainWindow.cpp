#include "main/MainWindow.h"

#include "catalog/AdministrationModule.h"
#include "common/DirectoryView.h"

#include "admin/AdministrationDialog.h"
#include "admin/ReferenceListTab.h"
#include "admin/UsersTab.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadsModule.h"
#include "main/ActingAsSwitcher.h"
#include "main/NewWorkspaceDialog.h"
#include "partners/AcceptInvitationDialog.h"
#include "partners/PartnersModule.h"
#include "session/Memberships.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "transfer/ImportDialog.h"
#include "transfer/RecordImport.h"

#include <QAction>
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
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QToolBar>

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString moduleKey = QStringLiteral("mainWindow/module");
const QString actingKey = QStringLiteral("session/actingByWorkspace");
const QString workspaceSuffix = QStringLiteral("channeldesk");

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
    m_moduleList->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                              tr("Leads")));
    m_moduleList->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon),
                                              tr("Partners")));
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
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    // The shown directory's count, as its loader reports it (never counted on this thread).
    const auto showCount = [this] {
        if (currentModule() == Module::Administration) {
            m_countLabel->clear();
            return;
        }
        const DirectoryView* directory = currentModule() == Module::Leads
                                             ? m_leads->directory()
                                             : m_partners->directory();
        const QString what = currentModule() == Module::Leads ? tr("Leads") : tr("Partners");
        m_countLabel->setText(tr("%1: %2").arg(what, directory->countText()));
    };
    connect(m_leads->directory(), &DirectoryView::countTextChanged, this, showCount);
    connect(m_partners, &PartnersModule::partnerAdded, this, &MainWindow::refreshMemberships);
    connect(m_partners->directory(), &DirectoryView::countTextChanged, this, showCount);
    connect(m_moduleList, &QListWidget::currentRowChanged, this, showCount);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(stateKey).toByteArray());
    m_moduleList->setCurrentRow(qBound(0, settings.value(moduleKey, 0).toInt(), m_moduleList->count() - 1));
    m_switcher->setEnabled(false);

    Transaction::setWaitObserver([window = QPointer<MainWindow>(this)](qint64 waitedMs) {
        if (window && QThread::currentThread() == window->thread())
            window->showWorkspaceWait(waitedMs);
    });
}

MainWindow::~MainWindow()
{
    Transaction::setWaitObserver({});
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
    QAction* newAction = file->addAction(tr("&New workspace\u2026"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    QAction* demoAction = file->addAction(tr("New &demo workspace\u2026"), this,
                                          &MainWindow::newDemoWorkspace);
    demoAction->setObjectName(QStringLiteral("newDemoWorkspaceAction"));
    QAction* openAction = file->addAction(tr("&Open workspace\u2026"), this,
                                          &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    file->addSeparator();
    m_importLeadsAction = file->addAction(tr("Import &leads\u2026"), this,
                                          [this] { importRecords(TransferKind::Leads); });
    m_importLeadsAction->setObjectName(QStringLiteral("importLeadsAction"));
    m_importPartnersAction = file->addAction(tr("Import &partners\u2026"), this,
                                             [this] { importRecords(TransferKind::Partners); });
    m_importPartnersAction->setObjectName(QStringLiteral("importPartnersAction"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* leads = view->addAction(tr("&Leads"), this, [this] { showModule(Module::Leads); });
    leads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* partners = view->addAction(tr("&Partners"), this,
                                        [this] { showModule(Module::Partners); });
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
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

Result<void> MainWindow::openWorkspace(const QString& path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return opened.error();
    WorkspaceHandle workspace = std::shared_ptr<Workspace>(std::move(opened).value());
    auto contexts = Memberships::all(workspace);
    if (!contexts)
        return contexts.error();
    if (contexts->isEmpty())
        return Error{ErrorCode::Invalid,
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
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    m_workspaceLabel->setToolTip(tr("The open workspace file"));
    showWorkspaceState();
    m_workspace->whenChecked(this, [this, checked = m_workspace.get()] {
        if (m_workspace.get() == checked)
            showWorkspaceState();
    });

    m_switcher->setContexts(contexts.value());
    const QStringList remembered =
        QSettings().value(actingKey).toMap().value(m_workspace->path()).toStringList();
    if (remembered.size() != 2 || !m_switcher->select(remembered.at(0), remembered.at(1))) {
        auto home = Memberships::home(m_workspace);
        const ActingContext fallback = home ? home.value() : contexts->first();
        m_switcher->select(fallback.userId, fallback.accountId);
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

AdministrationDialog* MainWindow::openUsersAndRoles()
{
    if (!m_workspace)
        return nullptr;
    auto* dialog = new AdministrationDialog(tr("Users and roles \u2014 %1").arg(m_acting.accountName),
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
    auto* dialog = new AdministrationDialog(tr("Reference lists \u2014 %1").arg(m_acting.accountName),
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
    auto contexts = Memberships::all(m_workspace);
    if (!contexts) {
        showError(tr("Could not read the users"), contexts.error());
        return;
    }
    m_switcher->setContexts(contexts.value());
    if (!m_switcher->select(m_acting.userId, m_acting.accountId)) {
        // The acting user left the account: act as the workspace's home user instead.
        auto home = Memberships::home(m_workspace);
        if (!home) {
            showError(tr("Could not read the users"), home.error());
            return;
        }
        m_switcher->select(home->userId, home->accountId);
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
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                      : QDir::homePath();
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
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                      : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), start,
                                                      workspaceFilter());
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
