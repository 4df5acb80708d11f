#pragma once

#include "accounts/AccountMember.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Users and roles: Add user… (a new user: name, e-mail, role; on a team server also the password
/// of their login), Add existing user… (by e-mail) or Change role… of a member. OK runs the core
/// call; when it fails the reason shows in the dialog, which stays open with what was typed.
class MemberDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { NewUser, ExistingUser, ChangeRole };

    /// member: the member whose role changes (ChangeRole only).
    MemberDialog(Mode mode, const WorkspaceHandle& workspace, const ActingContext& acting,
                 const AccountMember& member = {}, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* roleCombo() const { return m_role; }
    /// The new user's login password: shown only when adding a user on a team server.
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// The user added or changed, once accepted.
    QString userId() const { return m_userId; }

    void accept() override;

private:
    void updateOk();

    Mode m_mode;
    bool m_withLogin;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_userId;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
