#pragma once

#include "partners/AddPartnerWizardPage.h"

class AgreementForm;
class QListWidget;
class QStackedWidget;

/// Step 2, "Agreement": a new program (vendor) or service (reseller) agreement, or one of the
/// existing ones of that type.
class AddPartnerAgreementPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerAgreementPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    AgreementForm* form() const { return m_form; }
    QListWidget* existingList() const { return m_existing; }

private:
    void collect();

    QStackedWidget* m_stack;
    AgreementForm* m_form;
    QListWidget* m_existing;
    class QLabel* m_existingEmpty;
};
