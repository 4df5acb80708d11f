#pragma once

#include "common/Result.h"
#include "leads/LeadPrefill.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

class DirectoryView;
class LeadDirectoryModel;
class LeadFormsTab;
class MailDropFilter;
class QMessageBox;
class QPushButton;
class SavedViewsBar;
class QTabWidget;

/// The Leads module: Directory, and Forms when acting as a vendor.
class LeadsModule : public QWidget {
    Q_OBJECT

public:
    explicit LeadsModule(QWidget* parent = nullptr);

    /// Shows what acting may see in workspace; on error the tables are left empty.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    /// Forgets the workspace (before it is closed): its windows go, its rows are cleared.
    void unload();

    QTabWidget* tabs() const { return m_tabs; }
    DirectoryView* directory() const { return m_directory; }
    DirectoryView* forms() const;
    LeadFormsTab* formsTab() const { return m_leadForms; }
    QPushButton* createLeadButton() const { return m_createLead; }
    SavedViewsBar* savedViews() const { return m_savedViews; }

    /// Opens the Create Lead wizard (window-modal), its Lead page filled in from prefill, and
    /// returns it; nullptr when the acting user cannot create leads.
    class CreateLeadWizard* createLead(const LeadPrefill& prefill = {});
    /// Opens Create Lead filled in from each e-mail (.eml files, then dropped messages), one
    /// after the other; an e-mail that cannot be read is named with the reason instead.
    void createLeadsFromMail(const QStringList& files, const QList<QByteArray>& messages = {});
    /// Accepts .eml files dropped onto the directory while the acting user can create leads.
    MailDropFilter* mailDrop() const { return m_mailDrop; }
    /// Opens the details window of a lead.
    class LeadDetailsWindow* openLead(const QString& leadId);
    /// Opens an object ("lead", "product", "marketplace", "account", "company", "contact",
    /// "opportunity") in a window of its own.
    void openObject(const QString& objectType, const QString& id);
    /// Opens the edit dialog of a New lead (the distributor's).
    void editLead(const QString& leadId);

private:
    void closeWindows();
    void reloadDirectory(const QString& selectLeadId);
    Result<void> loadFilterChoices();
    /// The next waiting e-mail: its wizard, or why it cannot be read.
    void createNextLeadFromMail();

    QTabWidget* m_tabs;
    DirectoryView* m_directory;
    LeadFormsTab* m_leadForms;
    LeadDirectoryModel* m_leadModel;
    QPushButton* m_createLead;
    SavedViewsBar* m_savedViews;
    MailDropFilter* m_mailDrop;
    /// E-mails waiting for their wizard: a file path, or a dropped message.
    struct PendingMail {
        QString path;
        QByteArray message;
    };
    QList<PendingMail> m_pendingMail;
    QPointer<QWidget> m_mailShown; ///< the wizard or problem of the e-mail shown now
    int m_formsTab = -1;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
};
