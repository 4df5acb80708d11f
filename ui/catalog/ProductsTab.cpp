#include "catalog/ProductsTab.h"

#include "catalog/CatalogAccess.h"
#include "catalog/ProductDialog.h"
#include "catalog/ProductListModel.h"
#include "common/DirectoryView.h"

#include <QPushButton>

ProductsTab::ProductsTab(QWidget* parent)
    : CatalogTab(QStringLiteral("productList"), tr("Products"), parent)
    , m_model(new ProductListModel(this))
{
    setModel(m_model);
    view()->setEmptyText(tr("No products yet. New\u2026 adds one; publish it to have it listed "
                            "on your distributors' marketplaces."));
    view()->addColumnFilter(tr("S&tatus:"), ProductListModel::Status);
    newButton()->setText(tr("&New product\u2026"));
    newButton()->setToolTip(tr("Add a product (draft or published)"));
    editButton()->setToolTip(tr("Edit or publish the selected product (or press Enter on it)"));
}

Result<void> ProductsTab::reload()
{
    auto rows = ProductService::list(workspace(), m_acting);
    m_model->setRows(rows ? rows.value() : QList<ProductRow>());
    if (!rows)
        return rows.error();
    return {};
}

bool ProductsTab::mayEdit() const
{
    return CatalogAccess::canManageProducts(m_acting);
}

Result<CatalogDialog*> ProductsTab::createEditor(const QString& id)
{
    return loadedEditor<ProductDialog>(id);
}

QString ProductsTab::rowName(const QString& id) const
{
    const ProductRow* found = m_model->find(id);
    return found ? found->name : id;
}

QString ProductsTab::deleteRefusal(const QString& id) const
{
    const ProductRow* found = m_model->find(id);
    return found ? ProductService::deleteRefusal(*found) : QString();
}

Result<void> ProductsTab::remove(const QString& id)
{
    return ProductService::remove(workspace(), m_acting, id);
}
