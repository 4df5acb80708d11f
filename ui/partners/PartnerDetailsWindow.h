#pragma once

#include "partners/PartnerProfile.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

#include <optional>

class AccountProfileDialog;
class ContractWindow;
class NewContractDialog;
class QLabel;
class QTabWidget;
class QVBoxLayout;

/// The details of one partner (SPEC 4.5): a header with name, ID, role, status and description,
/// and the tabs General, News, Contracts and Listings (a widget each).
class PartnerDetailsWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerDetailsWindow)

public:
    PartnerDetailsWindow(WorkspaceHandle workspace, ActingContext acting, QString accountId,
                         QWidget* parent = nullptr);

    /// Shows the window for the partner, raising the one already open for it as acting.
    static PartnerDetailsWindow* open(WorkspaceHandle workspace, ActingContext acting,
                                      QString accountId, QWidget* parent);

    QString partnerAccountId() const { return m_accountId; }
    QString actingAccountId() const { return m_acting.accountId; }
    /// The partner as last loaded; empty when it could not be loaded.
    const std::optional<PartnerProfile>& profile() const { return m_profile; }
    /// The tabs; nullptr when the partner could not be loaded.
    QTabWidget* tabs() const { return m_tabs; }

    /// Reads the partner again and rebuilds the window, keeping the current tab.
    void reload();
    /// Contracts tab: moves the selected contract to its agreement's updated version.
    void signUpdatedVersion(const QString& contractId);

    /// New contract… for this partner (window-modal, shown); nullptr when acting may not.
    NewContractDialog* newContract();
    /// Asks with the list of contracts that change, then removes the partner.
    void removePartner();
    /// The partnership's version as this window shows it, for PartnerLifecycle's writes.
    std::optional<qint64> readVersion() const;
    void restorePartner();
    /// Edit profile… (window-modal, shown); nullptr when acting may not edit it.
    AccountProfileDialog* editProfile();
    /// Opens the contract window of one of the partner's contracts.
    ContractWindow* openContract(const QString& contractId);

signals:
    /// The partner, its contracts or its profile changed through this window.
    void partnerChanged(const QString& accountId);

private:
    QWidget* buildHeader(const PartnerProfile& profile);
    QWidget* buildActions(const PartnerProfile& profile, QWidget* parent);
    void changed();
    void switchTab(int step);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_accountId;
    std::optional<PartnerProfile> m_profile;
    QWidget* m_content = nullptr;
    QTabWidget* m_tabs = nullptr;
};
