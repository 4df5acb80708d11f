#pragma once

#include "common/Result.h"
#include "partners/AgreementService.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class AgreementForm;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

/// The versions of one agreement: add a version, activate one, delete one (SPEC 4.2). Buttons
/// follow the rules; core enforces them again.
class AgreementVersionsDialog : public QDialog {
    Q_OBJECT

public:
    AgreementVersionsDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                            const QString& agreementId, QWidget* parent = nullptr);

    Result<void> load();
    /// The version shown in the selected row, or 0.
    int currentVersion() const;
    void selectVersion(int version);

    /// Opens (window-modal) the editor of a new version's content.
    void addVersion();
    void activateCurrent();
    /// Asks, then deletes the selected version.
    void deleteCurrent();

signals:
    /// A version was added, activated or deleted.
    void versionsChanged();

private:
    void updateButtons();
    void showError(const QString& message);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_agreementId;
    QList<AgreementVersionRow> m_versions;

    QTableWidget* m_table;
    QTextBrowser* m_preview;
    QLabel* m_reason;
    QPushButton* m_addButton;
    QPushButton* m_activateButton;
    QPushButton* m_deleteButton;
};
