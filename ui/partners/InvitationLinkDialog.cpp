#include "partners/InvitationLinkDialog.h"

#include "partners/ActivationLinkRow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

InvitationLinkDialog::InvitationLinkDialog(const QString& partnerName, const QString& link,
                                           qint64 expiresAt, QWidget* parent)
    : QDialog(parent)
    , m_linkRow(new ActivationLinkRow(this))
{
    setObjectName(QStringLiteral("invitationLinkDialog"));
    setWindowTitle(tr("New invitation link"));
    auto* intro = new QLabel(
        tr("Pass this new link to %1. The previous link no longer works.").arg(partnerName), this);
    intro->setObjectName(QStringLiteral("invitationLinkIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_linkRow->setLink(link, expiresAt);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("invitationLinkButtons"));
    buttons->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("invitationLinkCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_linkRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    m_linkRow->copyButton()->setFocus();
}
