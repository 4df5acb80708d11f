#include "catalog/ProductGroupsTab.h"

#include "catalog/CatalogAccess.h"
#include "catalog/ProductGroupDialog.h"
#include "catalog/ProductGroupListModel.h"
#include "common/DirectoryView.h"

#include <QPushButton>

ProductGroupsTab::ProductGroupsTab(QWidget* parent)
    : CatalogTab(QStringLiteral("productGroupList"), tr("Product groups"), parent)
    , m_model(new ProductGroupListModel(this))
{
    setModel(m_model);
    view()->setEmptyText(tr("No product groups yet. New\u2026 adds one from your vendors' "
                            "published products; service agreements offer groups to resellers."));
    newButton()->setText(tr("&New product group\u2026"));
    newButton()->setToolTip(tr("Add a group of products to offer to resellers"));
    editButton()->setToolTip(tr("Edit the selected product group (or press Enter on it)"));
}

Result<void> ProductGroupsTab::reload()
{
    auto rows = ProductGroupService::list(workspace(), m_acting);
    m_model->setRows(rows ? rows.value() : QList<ProductGroupRow>());
    if (!rows)
        return rows.error();
    return {};
}

bool ProductGroupsTab::mayEdit() const
{
    return CatalogAccess::canManageMarketplaces(m_acting);
}

Result<CatalogDialog*> ProductGroupsTab::createEditor(const QString& id)
{
    return loadedEditor<ProductGroupDialog>(id);
}

QString ProductGroupsTab::rowName(const QString& id) const
{
    const ProductGroupRow* found = m_model->find(id);
    return found ? found->name : id;
}

QString ProductGroupsTab::deleteRefusal(const QString& id) const
{
    const ProductGroupRow* found = m_model->find(id);
    return found ? ProductGroupService::deleteRefusal(*found) : QString();
}

Result<void> ProductGroupsTab::remove(const QString& id)
{
    return ProductGroupService::remove(workspace(), m_acting, id);
}
