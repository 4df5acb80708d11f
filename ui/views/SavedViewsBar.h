#pragma once

#include "common/Result.h"
#include "directory/DirectoryState.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"
#include "views/SavedView.h"

#include <QList>
#include <QWidget>

class DirectoryView;
class QAction;
class QComboBox;
class QMessageBox;
class QPushButton;

/// The "Views" control of a directory: the acting user's saved views to pick from (each applies
/// search, filters, ranges, sort and columns at once), and Save view…, Save, Rename… and
/// Delete… in the "Manage views" menu. Once the picked view's state is changed, the view shows
/// as "(modified)" until it is saved or another view is picked.
class SavedViewsBar : public QWidget {
    Q_OBJECT

public:
    /// directory is the core key ("leads", "partners"); the bar is named after the view
    /// ("leadDirectoryViews…").
    SavedViewsBar(DirectoryView* view, const QString& directory, QWidget* parent = nullptr);

    /// Lists acting's views in workspace; a pick survives only when the acting user stays.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    void unload();

    QComboBox* combo() const { return m_combo; }
    QPushButton* manageButton() const { return m_manage; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* saveAction() const { return m_save; }
    QAction* renameAction() const { return m_rename; }
    QAction* deleteAction() const { return m_delete; }
    QList<SavedView> views() const { return m_views; }
    /// The picked view's ID, or 0.
    qint64 currentViewId() const { return m_currentId; }
    /// Whether the directory no longer shows the picked view as saved.
    bool isModified() const { return m_modified; }

    /// Applies a view of the list; false when it is not there or cannot be read.
    bool pick(qint64 viewId);
    /// Save view…: names the directory's state as a new view.
    void saveAs();
    /// Save: the picked view takes the directory's state.
    void saveCurrent();
    void renameCurrent();
    void deleteCurrent();

private:
    Result<void> reloadList(qint64 selectId);
    void fillCombo();
    void updateModified();
    void updateActions();
    void showError(const QString& title, const QString& message);
    void showNotes(const QString& name, const QStringList& notes);
    const SavedView* current() const;

    DirectoryView* m_view;
    QString m_directory;
    QComboBox* m_combo;
    QPushButton* m_manage;
    QAction* m_saveAs;
    QAction* m_save;
    QAction* m_rename;
    QAction* m_delete;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QList<SavedView> m_views;
    qint64 m_currentId = 0;
    DirectoryState m_shownState; ///< the picked view as the directory showed it when applied
    bool m_modified = false;
    bool m_applying = false;
};
