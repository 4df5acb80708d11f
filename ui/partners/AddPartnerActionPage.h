#pragma once

#include "partners/AddPartnerWizardPage.h"

class QRadioButton;

/// Step 6, "Action": create the partner account now, or generate an invitation link (which
/// is then the last input step: Generate writes everything).
class AddPartnerActionPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerActionPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QRadioButton* createAccountRadio() const { return m_createAccount; }
    QRadioButton* invitationRadio() const { return m_invitation; }

private:
    void apply();

    QRadioButton* m_createAccount;
    QRadioButton* m_invitation;
};
