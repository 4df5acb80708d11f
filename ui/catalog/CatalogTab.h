#pragma once

#include "catalog/CatalogDialog.h"
#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class QAbstractItemModel;
class QPushButton;

/// One list of the Administration module: a searchable, sortable table with remembered columns
/// (DirectoryView over a small in-memory model) and New…, Edit…, Delete buttons shown to those
/// who may change the list. Delete is enabled only for a row nothing uses; otherwise its tooltip
/// says why.
class CatalogTab : public QWidget {
    Q_OBJECT

public:
    /// name is the list's object name ("productList"); the buttons are named after it.
    CatalogTab(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    /// Shows what acting may see in workspace.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    /// The ID of the current row, or an empty string.
    QString currentId() const;
    void select(const QString& id);

    /// Opens the editor (window-modal) for id, or for a new object when id is empty; returns it
    /// (nullptr when the acting user may not edit or it cannot be read).
    CatalogDialog* openEditor(const QString& id);
    /// Asks for confirmation, then deletes the current row's object.
    void deleteCurrent();

signals:
    /// Something was created, changed or deleted (other tabs may want to reload).
    void changed();

protected:
    const WorkspaceHandle& workspace() const { return m_workspace; }
    void setModel(QAbstractItemModel* model);
    /// Adds a button at the right of the search line, after New…, Edit…, Delete.
    void addButton(QPushButton* button);
    /// Reads the rows anew.
    virtual Result<void> reload() = 0;
    virtual bool mayEdit() const = 0;
    /// A new, loaded editor for id (empty: a new object).
    virtual Result<CatalogDialog*> createEditor(const QString& id) = 0;
    /// The name of id's object for the confirmation, and why it may not be deleted.
    virtual QString rowName(const QString& id) const = 0;
    virtual QString deleteRefusal(const QString& id) const = 0;
    virtual Result<void> remove(const QString& id) = 0;
    /// A new Dialog (a CatalogDialog with load(id)) loaded with id, for createEditor().
    template <typename Dialog> Result<CatalogDialog*> loadedEditor(const QString& id)
    {
        auto* dialog = new Dialog(m_workspace, m_acting, this);
        if (auto loaded = dialog->load(id); !loaded) {
            delete dialog;
            return loaded.error();
        }
        return static_cast<CatalogDialog*>(dialog);
    }
    /// Enables the buttons for the current row.
    virtual void updateButtons();
    /// Reloads, keeps or moves the selection to selectId, and emits changed().
    void reloadOrWarn(const QString& selectId);

    ActingContext m_acting;

private:
    WorkspaceHandle m_workspace;
    DirectoryView* m_view;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
};
