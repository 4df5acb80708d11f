#pragma once

#include "catalog/CatalogTab.h"

class ProductGroupListModel;

/// Administration → Product groups (distributors, resellers): the acting account's product
/// groups; its CRM admins and managers create, edit and delete them.
class ProductGroupsTab : public CatalogTab {
    Q_OBJECT

public:
    explicit ProductGroupsTab(QWidget* parent = nullptr);

protected:
    Result<void> reload() override;
    bool mayEdit() const override;
    Result<CatalogDialog*> createEditor(const QString& id) override;
    QString rowName(const QString& id) const override;
    QString deleteRefusal(const QString& id) const override;
    Result<void> remove(const QString& id) override;

private:
    ProductGroupListModel* m_model;
};
