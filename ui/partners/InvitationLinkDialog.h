#pragma once

#include <QDialog>

class ActivationLinkRow;

/// Shows a partner's new activation link after Resend, with Copy and its expiry date.
class InvitationLinkDialog : public QDialog {
    Q_OBJECT

public:
    InvitationLinkDialog(const QString& partnerName, const QString& link, qint64 expiresAt,
                         QWidget* parent = nullptr);

    ActivationLinkRow* linkRow() const { return m_linkRow; }

private:
    ActivationLinkRow* m_linkRow;
};
