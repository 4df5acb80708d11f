#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class LeadDirectoryModel;
class LeadFormsTab;
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

    /// Opens the Create Lead wizard (window-modal) and returns it.
    class CreateLeadWizard* createLead();
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

    QTabWidget* m_tabs;
    DirectoryView* m_directory;
    LeadFormsTab* m_leadForms;
    LeadDirectoryModel* m_leadModel;
    QPushButton* m_createLead;
    SavedViewsBar* m_savedViews;
    int m_formsTab = -1;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
};
