#pragma once

#include "storage/WorkspaceHandle.h"

#include <QDialog>

class InlineMessage;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

/// Opens an activation link (SPEC 4.4): shows the agreement, asks for the partner's e-mail and
/// acceptance, then activates the partner and signs its contract through core.
class AcceptInvitationDialog : public QDialog {
    Q_OBJECT

public:
    explicit AcceptInvitationDialog(const WorkspaceHandle& workspace, const QString& link = {},
                                    QWidget* parent = nullptr);

    void accept() override;
    QString acceptedAccountId() const { return m_acceptedAccountId; }

signals:
    void invitationAccepted(const QString& partnerAccountId);

private:
    void inspect();
    void updateButtons();

    WorkspaceHandle m_workspace;
    QLineEdit* m_link;
    InlineMessage* m_status;
    QLabel* m_agreementName;
    QTextBrowser* m_description;
    QLabel* m_document;
    QLineEdit* m_email;
    QCheckBox* m_agree;
    QDialogButtonBox* m_buttons;
    bool m_valid = false;
    QString m_acceptedAccountId;
};
