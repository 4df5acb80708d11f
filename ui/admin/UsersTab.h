#pragma once

#include "admin/MemberDialog.h"
#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class AccountMemberModel;
class DirectoryView;
class QLabel;
class QPushButton;

/// Users and roles of the acting account: the members with their roles (search, sort,
/// remembered columns). The account's CRM admin adds users (new or existing, by e-mail), changes
/// roles and removes memberships; everyone else sees the list read-only.
class UsersTab : public QWidget {
    Q_OBJECT

public:
    explicit UsersTab(QWidget* parent = nullptr);

    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QLabel* readOnlyNote() const { return m_readOnlyNote; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* addExistingButton() const { return m_addExistingButton; }
    QPushButton* changeRoleButton() const { return m_changeRoleButton; }
    QPushButton* removeButton() const { return m_removeButton; }

    /// Opens the dialog (window-modal) for mode; ChangeRole is for the current member.
    MemberDialog* openDialog(MemberDialog::Mode mode);
    /// Removes the current member from the account after a confirmation.
    void removeCurrent();
    QString currentUserId() const;
    void select(const QString& userId);

signals:
    /// A membership was added, changed or removed (the Acting as box lists them).
    void membershipsChanged();

private:
    Result<void> reload();
    void reloadAndSelect(const QString& userId);
    void updateButtons();
    const AccountMember* currentMember() const;

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    AccountMemberModel* m_model;
    QLabel* m_readOnlyNote;
    QPushButton* m_addButton;
    QPushButton* m_addExistingButton;
    QPushButton* m_changeRoleButton;
    QPushButton* m_removeButton;
};
