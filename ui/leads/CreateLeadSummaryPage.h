#pragma once

#include <QWizardPage>

class QLabel;

/// Step 4: the created lead, with links that open each object in a window of its own. Each part
/// is a label of its own (the links too), so a screen reader reads the IDs and every link, and
/// Tab reaches each link.
class CreateLeadSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CreateLeadSummaryPage(QWidget* parent = nullptr);

    void initializePage() override;
    /// The group of the summary's rows, named "Created lead".
    QWidget* summary() const { return m_summary; }

private:
    QLabel* m_intro;
    QWidget* m_summary = nullptr;
};
