#pragma once

#include "partners/AddPartnerWizardPage.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

/// Step 1, "Partner details": type, name, external ID, Create new agreement, and the additional
/// attributes.
class AddPartnerDetailsPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerDetailsPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void collect();
    QLineEdit* addLine(class QFormLayout* form, const QString& label, const QString& name);

    QRadioButton* m_vendor;
    QRadioButton* m_reseller;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_externalId = nullptr;
    QCheckBox* m_createAgreement;
    QPlainTextEdit* m_description;
    QLineEdit* m_countries = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_technicalName = nullptr;
    QLineEdit* m_technicalEmail = nullptr;
    QLineEdit* m_businessName = nullptr;
    QLineEdit* m_businessEmail = nullptr;
    class QLabel* m_nameReason;
    class QLabel* m_emailReason;
};
