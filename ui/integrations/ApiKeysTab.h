#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class ApiKeyListModel;
class DirectoryView;
class NewApiKeyDialog;
class QPushButton;

/// Administration → API keys (crm_admins only): the acting account's keys for the REST API
/// (name, the key's first characters, whom it acts as, created, last used, status), New key…
/// (the key is shown once) and Revoke… (after a confirmation).
class ApiKeysTab : public QWidget {
    Q_OBJECT

public:
    explicit ApiKeysTab(QWidget* parent = nullptr);

    /// Shows acting's account's keys (nothing, and no buttons, unless acting is a crm_admin).
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    /// Forgets the workspace and its keys (before it is closed).
    void unload();

    DirectoryView* view() const { return m_view; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* revokeButton() const { return m_revokeButton; }

    /// Opens New API key (window-modal).
    NewApiKeyDialog* openNewKeyDialog();
    /// Revokes the current key after a confirmation.
    void revokeCurrent();
    /// The ID of the current key, or an empty string.
    QString currentKeyId() const;

private:
    Result<void> reload();
    void reloadOrWarn(const QString& selectId);
    void updateButtons();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    ApiKeyListModel* m_model;
    QPushButton* m_newButton;
    QPushButton* m_revokeButton;
};
