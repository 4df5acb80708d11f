#include "main/NewWorkspaceDialog.h"

#include "common/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewWorkspaceDialog::NewWorkspaceDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newWorkspaceDialog"));
    setWindowTitle(tr("New workspace"));
    setMinimumWidth(520);
    auto* intro = new QLabel(tr("A workspace holds your company's leads and partners. Tell "
                                "ChannelDesk who you are; you can add partners and users later "
                                "(Workspace \u2192 Users and roles\u2026)."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    m_accountName = addField(form, tr("&Company name:"), QStringLiteral("accountNameEdit"),
                             WorkspaceSetup::Field::AccountName);
    m_accountRole = new QComboBox(this);
    m_accountRole->setObjectName(QStringLiteral("accountRoleCombo"));
    for (AccountRole role : {AccountRole::Distributor, AccountRole::Reseller, AccountRole::Vendor})
        m_accountRole->addItem(accountRoles.label(role), static_cast<int>(role));
    auto* roleLabel = new QLabel(tr("Company &type:"), this);
    roleLabel->setBuddy(m_accountRole);
    form->insertRow(1, roleLabel, m_accountRole);
    m_userName = addField(form, tr("&Your name:"), QStringLiteral("userNameEdit"),
                          WorkspaceSetup::Field::UserName);
    m_userEmail = addField(form, tr("Your &e-mail:"), QStringLiteral("userEmailEdit"),
                           WorkspaceSetup::Field::UserEmail);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    validate();
}

QLineEdit* NewWorkspaceDialog::addField(QFormLayout* form, const QString& label,
                                        const QString& name, WorkspaceSetup::Field field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto* reason = new InlineMessage(this);
    reason->setObjectName(name + QStringLiteral("Reason"));
    reason->setWordWrap(true);
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(edit);
    cell->addWidget(reason);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, cell);
    m_reasons.insert(field, reason);
    connect(edit, &QLineEdit::textChanged, this, &NewWorkspaceDialog::validate);
    return edit;
}

NewWorkspaceRequest NewWorkspaceDialog::request() const
{
    NewWorkspaceRequest request;
    request.accountName = m_accountName->text();
    request.accountRole = static_cast<AccountRole>(m_accountRole->currentData().toInt());
    request.userName = m_userName->text();
    request.userEmail = m_userEmail->text();
    return request;
}

void NewWorkspaceDialog::validate()
{
    const auto reasons = WorkspaceSetup::validate(request());
    const QMap<WorkspaceSetup::Field, QLineEdit*> edits = {
        {WorkspaceSetup::Field::AccountName, m_accountName},
        {WorkspaceSetup::Field::UserName, m_userName},
        {WorkspaceSetup::Field::UserEmail, m_userEmail}};
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        QLineEdit* edit = edits.value(it.key());
        // Untouched empty fields show no reason yet; the Create button stays disabled.
        const bool show = edit && !edit->text().isEmpty();
        it.value()->setText(show ? reasons.value(it.key()) : QString());
        it.value()->setVisible(!it.value()->text().isEmpty());
        if (edit)
            edit->setAccessibleDescription(reasons.value(it.key()));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
}
