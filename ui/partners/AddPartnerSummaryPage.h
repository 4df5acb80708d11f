#pragma once

#include "partners/AddPartnerWizardPage.h"

#include "partners/ActivationLinkRow.h"

class QLabel;
class QLineEdit;
class QPushButton;

/// Step 8, "Summary": the agreements and contracts created or selected, as links (each part a
/// label of its own, so a screen reader reads the IDs and links and Tab reaches each link); for
/// an invitation the Activation link with Copy.
class AddPartnerSummaryPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    /// The group of the summary's rows, named "Created partner".
    QWidget* summary() const { return m_summary; }
    QLineEdit* activationLinkEdit() const { return m_linkRow->linkEdit(); }
    QPushButton* copyButton() const { return m_linkRow->copyButton(); }
    /// "The link works once and expires on …".
    QLabel* expiryLabel() const { return m_linkRow->expiryLabel(); }

private:
    QWidget* m_summary = nullptr;
    ActivationLinkRow* m_linkRow;
};
