#pragma once

#include "common/Result.h"
#include "partners/ContractAction.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QMap>
#include <QWidget>

class ContractListModel;
class ContractWindow;
class DirectoryView;
class NewContractDialog;
class QPushButton;

/// Partners → Contracts: the acting account's contracts, filterable by type and status, with one
/// button per contract action (SPEC 4.2), enabled when ContractService allows it.
class ContractsTab : public QWidget {
    Q_OBJECT

public:
    explicit ContractsTab(QWidget* parent = nullptr);

    /// Shows acting's contracts; the action buttons are hidden for users who may not act.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QPushButton* actionButton(ContractAction action) const { return m_buttons.value(action); }

    /// Asks for what the action needs (a note, a confirmation), then performs it on the
    /// selected contract and reloads the list.
    void trigger(ContractAction action);

    QPushButton* newContractButton() const { return m_newContract; }
    /// Opens New contract… (window-modal) and returns it; nullptr when acting may not.
    NewContractDialog* newContract();
    /// Opens the contract window of the list's row (source row).
    ContractWindow* openContract(int sourceRow);

private:
    Result<void> reload();
    void contractChanged();
    void select(const QString& contractId, int fallbackRow = -1);
    void updateButtons();
    QString currentContractId() const;

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    bool m_loaded = false;
    DirectoryView* m_view;
    ContractListModel* m_model;
    QWidget* m_actionBar;
    QMap<ContractAction, QPushButton*> m_buttons;
    QPushButton* m_newContract;
};
