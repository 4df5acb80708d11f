#pragma once

#include <QWizardPage>

class QListWidget;

/// Step 2: the acting account's marketplaces where the chosen product is listed.
class CreateLeadMarketplacePage : public QWizardPage {
    Q_OBJECT

public:
    explicit CreateLeadMarketplacePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /// The listing of the product on the chosen marketplace.
    QString listingId() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
    QString m_loadedFor;
};
