#pragma once

#include <QWizardPage>

class QLabel;

/// Step 4: the created lead, with links that open each object in a window of its own.
class LeadSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LeadSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    QLabel* summaryLabel() const { return m_summary; }

private:
    QLabel* m_intro;
    QLabel* m_summary;
};
