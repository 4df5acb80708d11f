#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class AgreementListModel;
class DirectoryView;
class QPushButton;

/// Partners → Agreements: the acting account's agreements, with New agreement…, Edit… (for a
/// CRM admin or manager) and Versions….
class AgreementsTab : public QWidget {
    Q_OBJECT

public:
    explicit AgreementsTab(QWidget* parent = nullptr);

    /// Shows acting's agreements.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* versionsButton() const { return m_versionsButton; }

    /// Opens the editor (window-modal) for agreementId, or for a new agreement when it is empty.
    void openEditor(const QString& agreementId);
    /// Opens the versions of agreementId (window-modal).
    void openVersions(const QString& agreementId);
    /// The agreement of the current row, or an empty string.
    QString currentAgreementId() const;
    void select(const QString& agreementId);

signals:
    /// An agreement was created or changed (other tabs may want to reload).
    void agreementsChanged();

private:
    Result<void> reload();
    void reloadOrWarn();
    void updateButtons();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    AgreementListModel* m_model;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_versionsButton;
};
