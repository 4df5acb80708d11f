#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class InvitationLinkDialog;
class PendingInvitationModel;
class QPushButton;

/// Partners → Invitations: the acting account's pending invitations (partner, agreement,
/// expiry) with Revoke and Resend for a CRM admin or manager.
class InvitationsTab : public QWidget {
    Q_OBJECT

public:
    explicit InvitationsTab(QWidget* parent = nullptr);

    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);

    DirectoryView* view() const { return m_view; }
    QPushButton* revokeButton() const { return m_revokeButton; }
    QPushButton* resendButton() const { return m_resendButton; }

    /// Revokes the current invitation after a confirmation.
    void revokeCurrent();
    /// Replaces the current invitation's link and shows the new one (window-modal).
    InvitationLinkDialog* resendCurrent();
    /// The key of the current invitation, or an empty string.
    QString currentKey() const;

signals:
    /// An invitation was revoked or resent.
    void invitationsChanged();

private:
    Result<void> reload();
    void reloadOrWarn();
    void updateButtons();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_view;
    PendingInvitationModel* m_model;
    QPushButton* m_revokeButton;
    QPushButton* m_resendButton;
};
