#pragma once

#include "partners/PartnerWizardPage.h"

class QListWidget;

/// Step 4, "Product groups" (reseller with a new agreement): the groups available to it.
class ProductGroupsPage : public PartnerWizardPage {
    Q_OBJECT

public:
    explicit ProductGroupsPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};
