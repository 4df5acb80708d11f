#pragma once

#include "catalog/CatalogTab.h"

class MarketplaceListModel;

/// Administration → Marketplaces (distributors, resellers): the acting account's marketplaces;
/// its CRM admins and managers create, edit and delete them.
class MarketplacesTab : public CatalogTab {
    Q_OBJECT

public:
    explicit MarketplacesTab(QWidget* parent = nullptr);

protected:
    Result<void> reload() override;
    bool mayEdit() const override;
    Result<CatalogDialog*> createEditor(const QString& id) override;
    QString rowName(const QString& id) const override;
    QString deleteRefusal(const QString& id) const override;
    Result<void> remove(const QString& id) override;

private:
    MarketplaceListModel* m_model;
};
