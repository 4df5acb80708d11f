#pragma once

#include "common/Result.h"
#include "leads/LeadPrefill.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"
#include "transfer/TransferKind.h"

#include <QMainWindow>

#include <memory>

class ActingAsSwitcher;
class AdministrationModule;
class AdministrationDialog;
class DirectoryView;
class LeadsModule;
class PartnersModule;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class ServerConnectDialog;
class QStackedWidget;
class Workspace;

/// The application window: module navigation (Leads, Partners, Administration), the "acting as"
/// switcher, and the File and Help menus. Remembers its geometry, the last workspace and the last
/// acting account of each workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Module { Leads, Partners, Administration };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens path and shows it; on failure the current workspace stays open.
    Result<void> openWorkspace(const QString& path);
    /// File → Connect to team server…: connects at once when url (postgresql://…) has a password
    /// or the keychain has one; else, or when that fails, asks in the dialog, which stays open
    /// with what was typed until a connection succeeds or the user cancels (an Error then).
    Result<void> connectToServer(const QString& url = {});
    /// One attempt with what dialog holds: opens the team workspace, remembers the server (no
    /// password) and keeps or forgets the password in the keychain; on failure says why in
    /// the dialog.
    Result<void> connectWith(ServerConnectDialog& dialog);
    /// The team servers connected to before, newest first (display URLs, no passwords).
    static QStringList recentServers();
    /// The connection to the team server was lost: says so and offers Reconnect.
    void showConnectionLost();
    /// Status bar / File → Reconnect: opens the lost connection again.
    Result<void> reconnect();
    QPushButton* reconnectButton() const { return m_reconnectButton; }
    /// Acts as userId in accountId; false if that membership does not exist.
    bool setActing(const QString& userId, const QString& accountId);
    void showModule(Module module);
    /// Partners → Accept invitation…: opens link (or asks for one) in the current workspace.
    void acceptInvitation(const QString& link = {});
    /// File → Import leads… / Import partners…: asks for a CSV file unless path is given, runs the
    /// import dialog, and reloads the modules when rows were imported.
    void importRecords(TransferKind kind, const QString& path = {});
    /// File → New lead from e-mail…: asks for .eml files unless paths are given, then opens
    /// Create Lead filled in from each, one after the other (also what a drop onto the Leads
    /// directory does).
    void createLeadsFromMail(const QStringList& paths = {});
    /// Shows the Leads module and opens Create Lead filled in from prefill (import-mail); says
    /// why when the acting user cannot create leads (nullptr then).
    class CreateLeadWizard* createLead(const LeadPrefill& prefill);
    /// Workspace → Users and roles… / Reference lists…: the acting account's administration
    /// tabs in a window-modal dialog (the Administration module will host them later).
    AdministrationDialog* openUsersAndRoles();
    AdministrationDialog* openReferenceLists();
    /// Reads the memberships again (after Users and roles changed them): the Acting as box lists
    /// them at once, and the acting user's role follows any change.
    void refreshMemberships();

    Workspace* workspace() const { return m_workspace.get(); }
    ActingContext acting() const { return m_acting; }
    Module currentModule() const;
    LeadsModule* leadsModule() const { return m_leads; }
    PartnersModule* partnersModule() const { return m_partners; }
    AdministrationModule* administrationModule() const { return m_administration; }
    ActingAsSwitcher* actingSwitcher() const { return m_switcher; }

    /// The QSettings key of the last workspace.
    static QString lastWorkspaceKey();

signals:
    /// The app acts as another user, account or role.
    void actingChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// The directory in the tab shown now (nullptr if it has none), and what the count calls it.
    DirectoryView* shownDirectory(QString* name) const;
    void showShownCount();
    void createMenus();
    void chooseLanguage(const QString& code);
    void applyActing(const ActingContext& acting);
    void reloadModules();
    AdministrationDialog* openAdministration(AdministrationDialog* dialog);
    void rememberActing() const;
    void newWorkspace();
    void newDemoWorkspace();
    void chooseWorkspace();
    void about();
    QString askNewWorkspacePath(const QString& title);
    void showError(const QString& title, const Error& error);
    /// "Checking the workspace for damage…" while the background check runs; its finding after.
    void showWorkspaceState();
    /// Transaction's wait observer: while a write waits for another program's write lock, says
    /// so in the status bar and keeps painting.
    void showWorkspaceWait(qint64 waitedMs);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    ActingAsSwitcher* m_switcher;
    QListWidget* m_moduleList;
    QStackedWidget* m_moduleStack;
    LeadsModule* m_leads;
    PartnersModule* m_partners;
    AdministrationModule* m_administration;
    QLabel* m_actingLabel;
    QLabel* m_workspaceLabel;
    QLabel* m_countLabel;
    QLabel* m_workspaceStateLabel;
    QAction* m_importLeadsAction = nullptr;
    QAction* m_importPartnersAction = nullptr;
    QAction* m_newLeadFromMailAction = nullptr;
    QAction* m_reconnectAction = nullptr;
    QPushButton* m_reconnectButton = nullptr;
    bool m_waitingForWorkspace = false;
};
