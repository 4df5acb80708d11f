#include "catalog/MarketplacesTab.h"

#include "catalog/CatalogAccess.h"
#include "catalog/MarketplaceDialog.h"
#include "catalog/MarketplaceListModel.h"
#include "common/DirectoryView.h"

#include <QPushButton>

MarketplacesTab::MarketplacesTab(QWidget* parent)
    : CatalogTab(QStringLiteral("marketplaceList"), tr("Marketplaces"), parent)
    , m_model(new MarketplaceListModel(this))
{
    setModel(m_model);
    view()->setEmptyText(tr("No marketplaces yet. New\u2026 adds one: vendors with a distribution "
                            "contract for it can then have their products listed there."));
    view()->addColumnFilter(tr("C&urrency:"), MarketplaceListModel::Currency);
    newButton()->setText(tr("&New marketplace\u2026"));
    newButton()->setToolTip(tr("Add a marketplace with its countries and currency"));
    editButton()->setToolTip(tr("Edit the selected marketplace (or press Enter on it)"));
}

Result<void> MarketplacesTab::reload()
{
    auto rows = MarketplaceService::list(workspace(), m_acting);
    m_model->setRows(rows ? rows.value() : QList<MarketplaceRow>());
    if (!rows)
        return rows.error();
    return {};
}

bool MarketplacesTab::mayEdit() const
{
    return CatalogAccess::canManageMarketplaces(m_acting);
}

Result<CatalogDialog*> MarketplacesTab::createEditor(const QString& id)
{
    return loadedEditor<MarketplaceDialog>(id);
}

QString MarketplacesTab::rowName(const QString& id) const
{
    const MarketplaceRow* found = m_model->find(id);
    return found ? found->name : id;
}

QString MarketplacesTab::deleteRefusal(const QString& id) const
{
    const MarketplaceRow* found = m_model->find(id);
    return found ? MarketplaceService::deleteRefusal(*found) : QString();
}

Result<void> MarketplacesTab::remove(const QString& id)
{
    return MarketplaceService::remove(workspace(), m_acting, id);
}
