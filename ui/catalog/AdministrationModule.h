#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class ApiKeysTab;
class CatalogTab;
class ListingsTab;
class MarketplacesTab;
class ProductGroupsTab;
class ProductsTab;
class QTabWidget;
class WebFormsTab;

/// The Administration module: setting up a company (SPEC 8). Vendors see Products and Listings;
/// distributors and resellers Marketplaces, Product groups and Listings; CRM admins also API keys,
/// and those of a distributor or reseller Web forms.
/// Other tabs can be added with addTab().
class AdministrationModule : public QWidget {
    Q_OBJECT

public:
    explicit AdministrationModule(QWidget* parent = nullptr);

    /// Shows the tabs acting's account has, with what acting may see in workspace.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    /// Forgets the workspace (before it is closed).
    void unload();
    /// Adds a tab after the catalog tabs; it stays for every acting account.
    void addTab(QWidget* tab, const QString& label);

    QTabWidget* tabs() const { return m_tabs; }
    ProductsTab* productsTab() const { return m_products; }
    MarketplacesTab* marketplacesTab() const { return m_marketplaces; }
    ProductGroupsTab* productGroupsTab() const { return m_groups; }
    ListingsTab* listingsTab() const { return m_listings; }
    ApiKeysTab* apiKeysTab() const { return m_apiKeys; }
    WebFormsTab* webFormsTab() const { return m_webForms; }

signals:
    /// The catalog changed (other modules, e.g. Create Lead's choices, may want to reload).
    void catalogChanged();

private:
    void showTabsFor(const ActingContext& acting);
    QList<CatalogTab*> catalogTabs() const;

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QTabWidget* m_tabs;
    ProductsTab* m_products;
    MarketplacesTab* m_marketplaces;
    ProductGroupsTab* m_groups;
    ListingsTab* m_listings;
    ApiKeysTab* m_apiKeys;
    WebFormsTab* m_webForms;
    QList<QPair<QWidget*, QString>> m_extraTabs;
};
