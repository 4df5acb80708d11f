#pragma once

#include "common/Result.h"
#include "reference/ReferenceListService.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class QPushButton;
class ReferenceListModel;
class ReferenceNameDialog;

/// One reference list of the acting account (campaigns, selling directions or content
/// distribution channels): search, sort, remembered columns; Add…, Rename…, Retire / Un-retire
/// and Delete for a CRM admin or manager (Delete only while no lead uses the entry).
class ReferenceListTab : public QWidget {
    Q_OBJECT

public:
    explicit ReferenceListTab(ReferenceKind kind, QWidget* parent = nullptr);

    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    ReferenceKind kind() const { return m_kind; }
    DirectoryView* view() const { return m_view; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* renameButton() const { return m_renameButton; }
    QPushButton* retireButton() const { return m_retireButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }

    /// Opens the name dialog (window-modal) for a new entry, or to rename the current one.
    ReferenceNameDialog* openAdd();
    ReferenceNameDialog* openRename();
    /// Retires the current entry, or un-retires it when it is retired.
    void toggleRetired();
    /// Deletes the current entry after a confirmation; an entry in use is refused with the reason.
    void deleteCurrent();
    QString currentId() const;
    void select(const QString& id);

signals:
    void listChanged();

private:
    Result<void> reload();
    void reloadAndSelect(const QString& id);
    void updateButtons();
    const ReferenceEntry* currentEntry() const;

    ReferenceKind m_kind;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    ReferenceListModel* m_model;
    QPushButton* m_addButton;
    QPushButton* m_renameButton;
    QPushButton* m_retireButton;
    QPushButton* m_deleteButton;
};
