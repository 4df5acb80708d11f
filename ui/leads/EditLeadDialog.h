#pragma once

#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class LeadFormWidget;
class QDialogButtonBox;
class QLabel;

/// Edits a New lead with the form it was created with; Save writes through core and, on
/// failure, keeps the dialog open with everything typed.
class EditLeadDialog : public QDialog {
    Q_OBJECT

public:
    EditLeadDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                   const QString& leadId, QWidget* parent = nullptr);

    bool isReady() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    LeadFormWidget* form() const { return m_form; }

    void accept() override;

private:
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_leadId;
    QString m_loadError;
    LeadFormWidget* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
