#pragma once

#include "partners/ContractDetails.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

/// One contract (SPEC 4.2): its parties, agreement and version, status and history, with the
/// actions the acting user may take on it. Opened from the Contracts tab and Partner Details.
class ContractWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractWindow)

public:
    ContractWindow(WorkspaceHandle workspace, ActingContext acting, QString contractId,
                   QWidget* parent = nullptr);

    /// Shows the window for the contract, raising the one already open for it as acting.
    static ContractWindow* open(WorkspaceHandle workspace, ActingContext acting, QString contractId,
                                QWidget* parent);

    QString contractId() const { return m_contractId; }
    const std::optional<ContractRecord>& record() const { return m_record; }
    QPushButton* actionButton(ContractAction action) const { return m_buttons.value(action); }

    void reload();
    /// Takes action (asking for a note or a confirmation first) and reloads.
    void trigger(ContractAction action);

signals:
    /// The contract changed (or was deleted) through this window.
    void contractChanged(const QString& contractId);

private:
    QWidget* buildFacts(const ContractRecord& record);
    QTableWidget* buildHistory(const ContractRecord& record);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_contractId;
    std::optional<ContractRecord> m_record;
    QWidget* m_content = nullptr;
    QMap<ContractAction, QPushButton*> m_buttons;
};
