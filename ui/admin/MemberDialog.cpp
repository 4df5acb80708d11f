#include "admin/MemberDialog.h"

#include "common/InlineMessage.h"

#include "accounts/AccountUsers.h"
#include "server/TeamServerSetup.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MemberDialog::MemberDialog(Mode mode, const WorkspaceHandle& workspace, const ActingContext& acting,
                           const AccountMember& member, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_withLogin(mode == Mode::NewUser && workspace && workspace->engine() == SqlEngine::Postgres)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_userId(member.userId)
    , m_name(new QLineEdit(member.name, this))
    , m_email(new QLineEdit(member.email, this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    // On a team server a new user also gets their login (the e-mail address) and its password.
    const bool withLogin = m_withLogin;
    setWindowTitle(mode == Mode::NewUser ? tr("Add user to %1").arg(acting.accountName)
                   : mode == Mode::ExistingUser
                       ? tr("Add existing user to %1").arg(acting.accountName)
                       : tr("Change role in %1").arg(acting.accountName));
    auto* intro = new QLabel(
        mode == Mode::NewUser
            ? (withLogin ? tr("Creates a user of this team workspace and adds it to %1. The "
                              "e-mail address must not belong to another user; it is also the "
                              "user's login to the team server, with the password given here.")
                         : tr("Creates a user of this workspace and adds it to %1. The e-mail "
                              "address must not belong to another user."))
                  .arg(acting.accountName)
        : mode == Mode::ExistingUser
            ? tr("Adds a user of this workspace (for example a user of a partner account) to %1, "
                 "found by e-mail address.")
                  .arg(acting.accountName)
            : tr("The role decides what %1 may do in %2.").arg(member.name, acting.accountName),
        this);
    intro->setObjectName(QStringLiteral("memberIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("memberNameEdit"));
    m_name->setMaxLength(AccountUsers::maxNameLength);
    m_email->setObjectName(QStringLiteral("memberEmailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_role->setObjectName(QStringLiteral("memberRoleCombo"));
    for (UserRole role : userRoles.all())
        m_role->addItem(userRoles.label(role), userRoles.key(role));
    m_role->setCurrentIndex(m_role->findData(
        userRoles.key(mode == Mode::ChangeRole ? member.role : UserRole::CrmSales)));
    m_password->setObjectName(QStringLiteral("memberPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("memberProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field, const QString& name) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    if (mode == Mode::NewUser)
        addRow(tr("&Name:"), m_name, QStringLiteral("memberNameLabel"));
    else
        m_name->hide();
    if (mode != Mode::ChangeRole)
        addRow(tr("&E-mail:"), m_email, QStringLiteral("memberEmailLabel"));
    else
        m_email->hide();
    addRow(tr("&Role:"), m_role, QStringLiteral("memberRoleLabel"));
    if (withLogin)
        addRow(tr("Login &password:"), m_password, QStringLiteral("memberPasswordLabel"));
    else
        m_password->hide();

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::ChangeRole ? tr("Change role") : tr("Add"));
    ok->setObjectName(QStringLiteral("memberOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("memberCancelButton"));
    m_buttons->setObjectName(QStringLiteral("memberButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MemberDialog::updateOk);
    connect(m_email, &QLineEdit::textChanged, this, &MemberDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &MemberDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    updateOk();
    (mode == Mode::NewUser        ? m_name
     : mode == Mode::ExistingUser ? m_email
                                  : static_cast<QWidget*>(m_role))
        ->setFocus();
}

void MemberDialog::updateOk()
{
    const bool filled = (m_mode != Mode::NewUser || !m_name->text().trimmed().isEmpty()) &&
                        (m_mode == Mode::ChangeRole || !m_email->text().trimmed().isEmpty()) &&
                        (!m_withLogin || !m_password->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled);
}

void MemberDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const WorkspaceHandle workspace = m_workspace;
    const NewMember member{
        m_name->text(), m_email->text(),
        userRoles.fromKey(m_role->currentData().toString()).value_or(UserRole::Viewer)};
    Error error;
    bool done = false;
    switch (m_mode) {
    case Mode::NewUser:
        if (m_withLogin) {
            const ServerUser user{member.email, member.name,        m_acting.accountId,
                                  member.role,  m_password->text(), m_acting.userId};
            if (auto added = TeamServerSetup::addUser(workspace, user)) {
                m_userId = added.value();
                done = true;
            } else {
                error = added.error();
            }
        } else if (auto added = AccountUsers::addNewUser(workspace, m_acting, member)) {
            m_userId = added.value();
            done = true;
        } else {
            error = added.error();
        }
        break;
    case Mode::ExistingUser:
        if (auto added = AccountUsers::addExistingUser(workspace, m_acting, member)) {
            m_userId = added.value();
            done = true;
        } else {
            error = added.error();
        }
        break;
    case Mode::ChangeRole:
        if (auto changed = AccountUsers::changeRole(workspace, m_acting, m_userId, member.role))
            done = true;
        else
            error = changed.error();
        break;
    }
    if (!done) {
        m_problem->setText(error.message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
