#pragma once

#include "common/Result.h"
#include "partners/AgreementService.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class AgreementForm;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

/// Creates an agreement of any of the five types, or renames an existing one (SPEC 4.2). Its
/// content changes through versions (AgreementVersionsDialog).
class AgreementEditorDialog : public QDialog {
    Q_OBJECT

public:
    AgreementEditorDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                          QWidget* parent = nullptr);

    /// Prepares a new agreement (empty agreementId) or shows agreementId for editing.
    Result<void> load(const QString& agreementId);
    /// The created or edited agreement once accepted.
    QString savedId() const { return m_savedId; }

    AgreementForm* form() const { return m_form; }
    /// The agreement as entered, with its type and references.
    AgreementInput input() const;

private:
    QComboBox* createCombo(const QString& name);
    void fillChoices();
    void updateTypeRows();
    void validate();
    void save();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_agreementId;
    QString m_savedId;
    AgreementChoices m_choices;

    QFormLayout* m_header;
    QComboBox* m_typeCombo;
    QLabel* m_typeLabel;
    QLabel* m_idLabel;
    QComboBox* m_parentCombo;
    QComboBox* m_marketplaceCombo;
    QComboBox* m_sourcingCombo;
    QLabel* m_parentReason;
    QLabel* m_marketplaceReason;
    QLabel* m_sourcingReason;
    QWidget* m_parentRow;
    QWidget* m_marketplaceRow;
    QWidget* m_sourcingRow;
    QLabel* m_contentHint;
    AgreementForm* m_form;
    QLabel* m_saveReason;
    QDialogButtonBox* m_buttons;
    bool m_touchedReferences = false;
};
