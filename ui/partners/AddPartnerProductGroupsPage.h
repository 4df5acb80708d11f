#pragma once

#include "partners/AddPartnerWizardPage.h"

class QListWidget;

/// Step 4, "Product groups" (reseller with a new agreement): the groups available to it.
class AddPartnerProductGroupsPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerProductGroupsPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};
