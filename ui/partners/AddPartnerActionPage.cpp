#include "partners/AddPartnerActionPage.h"

#include "partners/AddPartnerWizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

AddPartnerActionPage::AddPartnerActionPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_createAccount(new QRadioButton(tr("Create partner &account"), this))
    , m_invitation(new QRadioButton(tr("Generate &invitation link"), this))
{
    setObjectName(QStringLiteral("partnerActionPage"));
    setTitle(tr("Action"));
    setSubTitle(tr("Create the account for the partner and your users now, or invite the partner "
                   "to complete the registration."));
    m_createAccount->setObjectName(QStringLiteral("createAccountRadio"));
    m_invitation->setObjectName(QStringLiteral("generateInvitationRadio"));
    m_createAccount->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_createAccount);
    group->addButton(m_invitation);
    auto* accountHint = new QLabel(tr("The partner is Active at once and its contract signed; "
                                      "you pick the users of the new account next."),
                                   this);
    auto* invitationHint = new QLabel(tr("The partner is Invited and its contract Pending until "
                                         "it opens the activation link and accepts."),
                                      this);
    for (QLabel* hint : {accountHint, invitationHint}) {
        hint->setWordWrap(true);
        hint->setIndent(24);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    content()->addWidget(m_createAccount);
    content()->addWidget(accountHint);
    content()->addSpacing(8);
    content()->addWidget(m_invitation);
    content()->addWidget(invitationHint);
    content()->addStretch(1);
    setButtonText(QWizard::CommitButton, tr("&Generate"));
    connect(m_invitation, &QRadioButton::toggled, this, [this] {
        apply();
        emit completeChanged(); // the steps ahead change with the choice
    });
}

void AddPartnerActionPage::initializePage()
{
    apply();
}

void AddPartnerActionPage::apply()
{
    if (!partnerWizard())
        return;
    partnerWizard()->draft().action = m_invitation->isChecked() ? PartnerAction::GenerateInvitation
                                                                : PartnerAction::CreateAccount;
    setCommitPage(m_invitation->isChecked());
}

bool AddPartnerActionPage::validatePage()
{
    apply();
    if (m_invitation->isChecked()) {
        partnerWizard()->draft().userIds.clear();
        return partnerWizard()->commit(errorLabel());
    }
    return true;
}
