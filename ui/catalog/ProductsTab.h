#pragma once

#include "catalog/CatalogTab.h"
#include "catalog/ProductService.h"

class ProductListModel;

/// Administration → Products (vendors): the acting vendor's products; its CRM admins and
/// managers create, edit, publish and delete them.
class ProductsTab : public CatalogTab {
    Q_OBJECT

public:
    explicit ProductsTab(QWidget* parent = nullptr);

protected:
    Result<void> reload() override;
    bool mayEdit() const override;
    Result<CatalogDialog*> createEditor(const QString& id) override;
    QString rowName(const QString& id) const override;
    QString deleteRefusal(const QString& id) const override;
    Result<void> remove(const QString& id) override;

private:
    ProductListModel* m_model;
};
