#pragma once

#include "partners/AddPartnerWizardPage.h"

class QLabel;
class QListWidget;

/// Step 5, "Syndication" (reseller with a new agreement): an existing syndication agreement is
/// mandatory; the wizard cannot create one.
class AddPartnerSyndicationPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerSyndicationPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget* list() const { return m_list; }
    QLabel* emptyLabel() const { return m_empty; }

private:
    QListWidget* m_list;
    QLabel* m_empty;
};
