#include "partners/InvitationsTab.h"

#include "common/DirectoryView.h"
#include "partners/InvitationLinkDialog.h"
#include "partners/PendingInvitationModel.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

InvitationsTab::InvitationsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("invitationList"), tr("Pending invitations"), this))
    , m_model(new PendingInvitationModel(this))
    , m_revokeButton(new QPushButton(tr("Re&voke\u2026"), this))
    , m_resendButton(new QPushButton(tr("Re&send"), this))
{
    setObjectName(QStringLiteral("invitationsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No pending invitations. Invite a partner with Create Partner \u2192 "
                            "Generate invitation link."));
    m_revokeButton->setObjectName(QStringLiteral("revokeInvitationButton"));
    m_revokeButton->setToolTip(tr("Withdraw the selected invitation: its link stops working"));
    m_resendButton->setObjectName(QStringLiteral("resendInvitationButton"));
    m_resendButton->setToolTip(tr("Issue a new link for the selected invitation; the old link "
                                  "stops working"));
    m_view->addToolWidget(m_revokeButton);
    m_view->addToolWidget(m_resendButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_revokeButton, &QPushButton::clicked, this, &InvitationsTab::revokeCurrent);
    connect(m_resendButton, &QPushButton::clicked, this, &InvitationsTab::resendCurrent);
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvitationsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &InvitationsTab::updateButtons);
    updateButtons();
}

Result<void> InvitationsTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    return reload();
}

Result<void> InvitationsTab::reload()
{
    auto pending =
        InvitationService::pending(m_workspace, m_acting, QDateTime::currentMSecsSinceEpoch());
    m_model->setRows(pending ? pending.value() : QList<PendingInvitation>());
    updateButtons();
    if (!pending)
        return pending.error();
    return {};
}

void InvitationsTab::reloadOrWarn()
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the invitations"), reloaded.error().message);
    emit invitationsChanged();
}

QString InvitationsTab::currentKey() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return {};
    return m_model->rows().at(row).key;
}

void InvitationsTab::revokeCurrent()
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size() || !m_acting.canManagePartners())
        return;
    const PendingInvitation invitation = m_model->rows().at(row);
    if (QMessageBox::question(this, tr("Revoke invitation"),
                              tr("Revoke the invitation of %1? Its link stops working at once; "
                                 "the partner stays Invited and its contract Pending.")
                                  .arg(invitation.partnerName)) != QMessageBox::Yes)
        return;
    if (auto done = InvitationService::revoke(m_workspace, m_acting, invitation.key,
                                              QDateTime::currentMSecsSinceEpoch());
        !done) {
        QMessageBox::warning(this, tr("Revoke invitation"), done.error().message);
        return;
    }
    reloadOrWarn();
}

InvitationLinkDialog* InvitationsTab::resendCurrent()
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size() || !m_acting.canManagePartners())
        return nullptr;
    const PendingInvitation invitation = m_model->rows().at(row);
    auto resent = InvitationService::resend(m_workspace, m_acting, invitation.key,
                                            QDateTime::currentMSecsSinceEpoch());
    if (!resent) {
        QMessageBox::warning(this, tr("Resend invitation"), resent.error().message);
        return nullptr;
    }
    reloadOrWarn();
    m_view->selectId(resent->key);
    auto* dialog =
        new InvitationLinkDialog(invitation.partnerName, resent->link, resent->expiresAt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void InvitationsTab::updateButtons()
{
    const bool mayManage = m_acting.canManagePartners();
    const bool selected = !currentKey().isEmpty();
    m_revokeButton->setVisible(mayManage);
    m_resendButton->setVisible(mayManage);
    m_revokeButton->setEnabled(mayManage && selected);
    m_resendButton->setEnabled(mayManage && selected);
}
