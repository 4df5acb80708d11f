#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class AddPartnerWizard;
class AgreementsTab;
class ContractsTab;
class DirectoryView;
class OwnCompanyWindow;
class InvitationsTab;
class PartnerDetailsWindow;
class PartnerDirectoryModel;
class QPushButton;
class SavedViewsBar;
class QTabWidget;

/// The Partners module: Directory (with Create Partner), Contracts, Agreements and Invitations.
class PartnersModule : public QWidget {
    Q_OBJECT

public:
    enum Tab { DirectoryTab, ContractsTabIndex, AgreementsTabIndex, InvitationsTabIndex };

    explicit PartnersModule(QWidget* parent = nullptr);

    /// Shows what acting may see in workspace; on error the tables are left empty.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    /// Forgets the workspace (before it is closed): its windows go, its rows are cleared.
    void unload();

    QTabWidget* tabs() const { return m_tabs; }
    DirectoryView* directory() const { return m_directory; }
    DirectoryView* contracts() const;
    DirectoryView* agreements() const;
    ContractsTab* contractsTab() const { return m_contractsTab; }
    AgreementsTab* agreementsTab() const { return m_agreementsTab; }
    InvitationsTab* invitationsTab() const { return m_invitationsTab; }
    QPushButton* createPartnerButton() const { return m_createPartner; }
    SavedViewsBar* savedViews() const { return m_savedViews; }

    /// Opens the Add partner wizard (window-modal) and returns it.
    AddPartnerWizard* createPartner();
    PartnerDetailsWindow* openPartner(const QString& accountId);
    /// Our company: the acting account's own profile and news.
    OwnCompanyWindow* openOwnCompany();
    QPushButton* ownCompanyButton() const { return m_ownCompany; }
    /// "account" opens Partner Details; "agreement" / "contract" select it in its tab.
    void openObject(const QString& objectType, const QString& id);

signals:
    /// A partner was added; its account may have users of this workspace (memberships).
    void partnerAdded(const QString& accountId);

private:
    void reload();
    void closeWindows();

    QTabWidget* m_tabs;
    DirectoryView* m_directory;
    ContractsTab* m_contractsTab;
    AgreementsTab* m_agreementsTab;
    InvitationsTab* m_invitationsTab;
    PartnerDirectoryModel* m_partnerModel;
    QPushButton* m_createPartner;
    SavedViewsBar* m_savedViews;
    QPushButton* m_ownCompany;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
};
