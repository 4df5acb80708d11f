#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class LeadFormListModel;
class QPushButton;

/// Leads → Forms: the acting vendor's lead forms, with New form… and Edit… for those who may
/// change them.
class LeadFormsTab : public QWidget {
    Q_OBJECT

public:
    explicit LeadFormsTab(QWidget* parent = nullptr);

    /// Shows acting's lead forms (none for other than vendor accounts).
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* editButton() const { return m_editButton; }

    /// Opens the editor (window-modal) for formId, or for a new form when formId is empty.
    void openEditor(const QString& formId);

private:
    Result<void> reload();
    void select(const QString& formId);
    void editCurrent();
    void updateButtons();
    QString currentFormId() const;

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    LeadFormListModel* m_model;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
};
