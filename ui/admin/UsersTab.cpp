#include "admin/UsersTab.h"

#include "accounts/AccountUsers.h"
#include "admin/AccountMemberModel.h"
#include "common/DirectoryView.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

UsersTab::UsersTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("accountUsers"), tr("Users and roles"), this))
    , m_model(new AccountMemberModel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add &user\u2026"), this))
    , m_addExistingButton(new QPushButton(tr("Add e&xisting user\u2026"), this))
    , m_changeRoleButton(new QPushButton(tr("Change &role\u2026"), this))
    , m_removeButton(new QPushButton(tr("Re&move from account\u2026"), this))
{
    setObjectName(QStringLiteral("usersTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No users yet."));
    m_readOnlyNote->setObjectName(QStringLiteral("usersReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setToolTip(tr("Create a new user and add it to this account"));
    m_addExistingButton->setObjectName(QStringLiteral("addExistingUserButton"));
    m_addExistingButton->setToolTip(tr("Add a user of this workspace, found by e-mail address"));
    m_changeRoleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_changeRoleButton->setToolTip(tr("Change the selected user's role (or press Enter on it)"));
    m_removeButton->setObjectName(QStringLiteral("removeMemberButton"));
    m_removeButton->setToolTip(tr("Remove the selected user from this account; the user stays in "
                                  "the workspace"));
    for (QPushButton* button :
         {m_addButton, m_addExistingButton, m_changeRoleButton, m_removeButton})
        m_view->addToolWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_view);

    connect(m_addButton, &QPushButton::clicked, this,
            [this] { openDialog(MemberDialog::Mode::NewUser); });
    connect(m_addExistingButton, &QPushButton::clicked, this,
            [this] { openDialog(MemberDialog::Mode::ExistingUser); });
    connect(m_changeRoleButton, &QPushButton::clicked, this,
            [this] { openDialog(MemberDialog::Mode::ChangeRole); });
    connect(m_removeButton, &QPushButton::clicked, this, &UsersTab::removeCurrent);
    connect(m_view, &DirectoryView::rowActivated, this,
            [this](int) { openDialog(MemberDialog::Mode::ChangeRole); });
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &UsersTab::updateButtons);
    updateButtons();
}

Result<void> UsersTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    m_readOnlyNote->setText(
        tr("Only a CRM admin of %1 can add users or change roles.").arg(acting.accountName));
    return reload();
}

Result<void> UsersTab::reload()
{
    auto members = AccountUsers::members(m_workspace, m_acting.accountId);
    m_model->setRows(members ? members.value() : QList<AccountMember>());
    updateButtons();
    if (!members)
        return members.error();
    return {};
}

void UsersTab::reloadAndSelect(const QString& userId)
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Users and roles"), reloaded.error().message);
    select(userId);
    emit membershipsChanged();
}

const AccountMember* UsersTab::currentMember() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return nullptr;
    return &m_model->rows().at(row);
}

QString UsersTab::currentUserId() const
{
    const AccountMember* member = currentMember();
    return member ? member->userId : QString();
}

void UsersTab::select(const QString& userId)
{
    if (!userId.isEmpty())
        m_view->selectId(userId);
}

MemberDialog* UsersTab::openDialog(MemberDialog::Mode mode)
{
    if (!AccountUsers::mayManage(m_acting))
        return nullptr;
    AccountMember member;
    if (mode == MemberDialog::Mode::ChangeRole) {
        const AccountMember* current = currentMember();
        if (!current)
            return nullptr;
        member = *current;
    }
    auto* dialog = new MemberDialog(mode, m_workspace, m_acting, member, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { reloadAndSelect(dialog->userId()); });
    dialog->open();
    return dialog;
}

void UsersTab::removeCurrent()
{
    const AccountMember* member = currentMember();
    if (!member || !AccountUsers::mayManage(m_acting))
        return;
    const AccountMember removed = *member;
    if (QMessageBox::question(this, tr("Remove from account"),
                              tr("Remove %1 (%2) from %3? The user stays in the workspace and "
                                 "keeps any other accounts.")
                                  .arg(removed.name, removed.email, m_acting.accountName)) !=
        QMessageBox::Yes)
        return;
    if (auto done = AccountUsers::removeMember(m_workspace, m_acting, removed.userId); !done) {
        QMessageBox::warning(this, tr("Remove from account"), done.error().message);
        return;
    }
    reloadAndSelect({});
}

void UsersTab::updateButtons()
{
    const bool mayManage = AccountUsers::mayManage(m_acting);
    const bool selected = currentMember() != nullptr;
    m_readOnlyNote->setVisible(!mayManage && !m_acting.accountId.isEmpty());
    for (QPushButton* button :
         {m_addButton, m_addExistingButton, m_changeRoleButton, m_removeButton})
        button->setVisible(mayManage);
    m_changeRoleButton->setEnabled(mayManage && selected);
    m_removeButton->setEnabled(mayManage && selected);
}
