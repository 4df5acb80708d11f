#pragma once

#include "leads/LeadDraft.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class LeadFormWidget;
class QDialogButtonBox;
class QLabel;

/// Edits a New lead with the form it was created with; Save writes through core and, on
/// failure, keeps the dialog open with everything typed. When someone else changed the lead
/// meanwhile, it says who and when and shows their changes with the user's own kept on top.
class EditLeadDialog : public QDialog {
    Q_OBJECT

public:
    EditLeadDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                   const QString& leadId, QWidget* parent = nullptr);

    bool isReady() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    LeadFormWidget* form() const { return m_form; }
    /// Whether a save found the lead changed by someone else (the lead's views need reloading).
    bool sawConflict() const { return m_sawConflict; }

    void accept() override;

private:
    void showConflict(const QString& message);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_leadId;
    QString m_loadError;
    LeadDraft m_read;        ///< the lead as the form showed it when read
    qint64 m_rowVersion = 0; ///< the lead's version when read
    bool m_editable = true;
    bool m_sawConflict = false;
    LeadFormWidget* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
