#pragma once

#include "partners/AddPartnerWizardPage.h"

class QListWidget;

/// Step 3, "Marketplaces" (new agreement only). Vendor: any number; one distribution agreement
/// each; marketplaces that already have one are shown but cannot be picked. Reseller: the one
/// marketplace the service agreement is linked to.
class AddPartnerMarketplacesPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerMarketplacesPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget* list() const { return m_list; }

private:
    void collect();

    QListWidget* m_list;
};
