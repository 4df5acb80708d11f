#include "catalog/ListingsTab.h"

#include "catalog/CatalogAccess.h"
#include "catalog/ListingListModel.h"
#include "catalog/ListingRequestDialog.h"
#include "catalog/ListingStatus.h"
#include "common/DirectoryView.h"

#include <QMessageBox>
#include <QPushButton>

ListingsTab::ListingsTab(QWidget* parent)
    : CatalogTab(QStringLiteral("listingList"), tr("Listings"), parent)
    , m_model(new ListingListModel(this))
    , m_list(new QPushButton(tr("&List"), this))
    , m_unlist(new QPushButton(tr("&Unlist"), this))
{
    setModel(m_model);
    view()->setEmptyText(tr("No listings yet. A vendor requests the listing of a published "
                            "product on a marketplace where its distribution contract is "
                            "Active; the marketplace's owner lists it."));
    view()->addColumnFilter(tr("S&tatus:"), ListingListModel::Status);
    newButton()->setText(tr("&Request listing\u2026"));
    newButton()->setToolTip(tr("Ask a distributor to list one of your published products on "
                               "its marketplace"));
    deleteButton()->setText(tr("&Withdraw\u2026"));
    m_list->setObjectName(QStringLiteral("listingListListButton"));
    m_list->setToolTip(tr("Offer the product on the marketplace (Create Lead offers it)"));
    m_unlist->setObjectName(QStringLiteral("listingListUnlistButton"));
    m_unlist->setToolTip(tr("Stop offering the product on the marketplace"));
    addButton(m_list);
    addButton(m_unlist);
    connect(m_list, &QPushButton::clicked, this, [this] { setCurrentListed(true); });
    connect(m_unlist, &QPushButton::clicked, this, [this] { setCurrentListed(false); });
}

void ListingsTab::setCurrentListed(bool listed)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (auto done = ListingService::setListed(workspace(), m_acting, id, listed); !done) {
        QMessageBox::warning(this, listed ? tr("Could not list") : tr("Could not unlist"),
                             done.error().message);
        return;
    }
    reloadOrWarn(id);
}

Result<void> ListingsTab::reload()
{
    auto rows = ListingService::list(workspace(), m_acting);
    m_model->setRows(rows ? rows.value() : QList<ListingRow>());
    if (!rows)
        return rows.error();
    return {};
}

bool ListingsTab::mayEdit() const
{
    return CatalogAccess::canManageProducts(m_acting);
}

Result<CatalogDialog*> ListingsTab::createEditor(const QString& id)
{
    if (!id.isEmpty())
        return Error{ErrorCode::Invalid, tr("A listing is not edited: withdraw it or ask the "
                                            "marketplace's owner to list or unlist it.")};
    return loadedEditor<ListingRequestDialog>(id);
}

QString ListingsTab::rowName(const QString& id) const
{
    const ListingRow* found = m_model->find(id);
    return found ? tr("the listing of %1 on %2").arg(found->productName, found->marketplaceName)
                 : id;
}

QString ListingsTab::deleteRefusal(const QString& id) const
{
    const ListingRow* found = m_model->find(id);
    return found ? ListingService::withdrawRefusal(*found) : QString();
}

Result<void> ListingsTab::remove(const QString& id)
{
    return ListingService::withdraw(workspace(), m_acting, id);
}

void ListingsTab::updateButtons()
{
    CatalogTab::updateButtons();
    editButton()->hide();
    const bool owner = CatalogAccess::canManageMarketplaces(m_acting);
    const ListingRow* row = m_model->find(currentId());
    const bool listed = row && row->statusKey == listingStatuses.key(ListingStatus::Listed);
    m_list->setVisible(owner);
    m_unlist->setVisible(owner);
    m_list->setEnabled(owner && row && !listed);
    m_unlist->setEnabled(owner && row && listed);
}
