#include "partners/AcceptInvitationDialog.h"

#include "common/DisplayFormat.h"
#include "common/InlineMessage.h"
#include "common/LinkLabelAccessible.h"

#include "common/EmailAddress.h"
#include "partners/InvitationService.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

AcceptInvitationDialog::AcceptInvitationDialog(const WorkspaceHandle& workspace,
                                               const QString& link, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_link(new QLineEdit(this))
    , m_status(new InlineMessage(this))
    , m_agreementName(new QLabel(this))
    , m_description(new QTextBrowser(this))
    , m_document(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_agree(new QCheckBox(tr("I have read and &accept this agreement"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acceptInvitationDialog"));
    setWindowTitle(tr("Accept invitation"));
    m_link->setObjectName(QStringLiteral("activationLinkEdit"));
    m_link->setPlaceholderText(tr("channeldesk://activate?token=\u2026"));
    m_status->setObjectName(QStringLiteral("invitationStatusLabel"));
    m_status->setWordWrap(true);
    m_agreementName->setObjectName(QStringLiteral("invitationAgreementLabel"));
    m_agreementName->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("invitationDescription"));
    m_description->setAccessibleName(tr("Agreement description"));
    m_description->setOpenExternalLinks(true);
    m_document->setObjectName(QStringLiteral("invitationDocumentLabel"));
    m_document->setOpenExternalLinks(true);
    m_document->setTextInteractionFlags(Qt::TextBrowserInteraction);
    LinkLabelAccessible::enable(m_document);
    m_email->setObjectName(QStringLiteral("invitationEmailEdit"));
    m_agree->setObjectName(QStringLiteral("acceptAgreementCheck"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));

    auto* form = new QFormLayout;
    auto* linkLabel = new QLabel(tr("Activation &link:"), this);
    linkLabel->setBuddy(m_link);
    form->addRow(linkLabel, m_link);
    form->addRow(QString(), m_status);
    form->addRow(tr("Agreement:"), m_agreementName);
    form->addRow(tr("Document:"), m_document);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description, 1);
    auto* emailForm = new QFormLayout;
    auto* emailLabel = new QLabel(tr("Your &e-mail:"), this);
    emailLabel->setBuddy(m_email);
    emailForm->addRow(emailLabel, m_email);
    layout->addLayout(emailForm);
    layout->addWidget(m_agree);
    layout->addWidget(m_buttons);
    resize(620, 520);

    connect(m_link, &QLineEdit::textChanged, this, &AcceptInvitationDialog::inspect);
    connect(m_email, &QLineEdit::textChanged, this, &AcceptInvitationDialog::updateButtons);
    connect(m_agree, &QCheckBox::toggled, this, &AcceptInvitationDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcceptInvitationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_link->setText(link);
    inspect();
}

void AcceptInvitationDialog::inspect()
{
    const auto view = InvitationService::inspect(m_workspace, m_link->text(),
                                                 QDateTime::currentMSecsSinceEpoch());
    m_valid = view.ok();
    if (!view) {
        if (m_link->text().trimmed().isEmpty())
            m_status->showMessage(tr("Paste the activation link you received."),
                                  InlineMessage::Kind::Information);
        else
            m_status->showMessage(view.error().message);
        m_agreementName->clear();
        m_document->clear();
        m_description->clear();
    } else {
        m_status->showMessage(tr("%1 invites %2. The invitation is valid until %3.")
                                  .arg(view->inviterName, view->partnerName,
                                       DisplayFormat::dateTime(view->expiresAt)),
                              InlineMessage::Kind::Information);
        m_agreementName->setText(view->agreementName);
        m_description->setHtml(view->descriptionHtml);
        if (view->documentSourceKey == QLatin1String("external"))
            m_document->setText(
                QStringLiteral("<a href=\"%1\">%1</a>").arg(view->documentUrl.toHtmlEscaped()));
        else if (view->documentSourceKey == QLatin1String("uploaded"))
            m_document->setText(
                tr("%1 (stored in the workspace)").arg(view->documentFileName.toHtmlEscaped()));
        else
            m_document->setText(tr("None: the description above is the agreement."));
    }
    updateButtons();
}

void AcceptInvitationDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_valid && m_agree->isChecked() &&
                     EmailAddress::isValid(m_email->text().trimmed()));
}

void AcceptInvitationDialog::accept()
{
    auto accepted = InvitationService::accept(m_workspace, m_link->text(), m_email->text(),
                                              QDateTime::currentMSecsSinceEpoch());
    if (!accepted) {
        m_status->showMessage(accepted.error().message);
        return;
    }
    m_acceptedAccountId = accepted->partnerAccountId;
    emit invitationAccepted(m_acceptedAccountId);
    QDialog::accept();
}
