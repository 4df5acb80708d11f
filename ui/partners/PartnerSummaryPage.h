#pragma once

#include "partners/PartnerWizardPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

/// Step 8, "Summary": the agreements and contracts created or selected, as links; for an
/// invitation the Activation link with Copy.
class PartnerSummaryPage : public PartnerWizardPage {
    Q_OBJECT

public:
    explicit PartnerSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    QLabel* summaryLabel() const { return m_summary; }
    QLineEdit* activationLinkEdit() const { return m_link; }
    QPushButton* copyButton() const { return m_copy; }

private:
    QLabel* m_summary;
    QWidget* m_linkRow;
    QLineEdit* m_link;
    QPushButton* m_copy;
};
