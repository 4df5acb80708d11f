#pragma once

#include "catalog/CatalogTab.h"

class ListingListModel;
class QPushButton;

/// Administration → Listings. Vendors see the listings of their products: Request listing…
/// and Withdraw (an unlisted listing nothing uses). Distributors and resellers see the listings
/// on their marketplaces: List and Unlist.
class ListingsTab : public CatalogTab {
    Q_OBJECT

public:
    explicit ListingsTab(QWidget* parent = nullptr);

    QPushButton* listButton() const { return m_list; }
    QPushButton* unlistButton() const { return m_unlist; }
    /// Lists (or unlists) the current row as the List / Unlist buttons do.
    void setCurrentListed(bool listed);

protected:
    Result<void> reload() override;
    bool mayEdit() const override;
    Result<CatalogDialog*> createEditor(const QString& id) override;
    QString rowName(const QString& id) const override;
    QString deleteRefusal(const QString& id) const override;
    Result<void> remove(const QString& id) override;
    void updateButtons() override;

private:
    ListingListModel* m_model;
    QPushButton* m_list;
    QPushButton* m_unlist;
};
