#include "catalog/AdministrationModule.h"

#include "catalog/ListingsTab.h"
#include "catalog/MarketplacesTab.h"
#include "catalog/ProductGroupsTab.h"
#include "catalog/ProductsTab.h"
#include "intake/WebFormPublications.h"
#include "integrations/ApiKeyService.h"
#include "integrations/ApiKeysTab.h"
#include "integrations/WebFormsTab.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

AdministrationModule::AdministrationModule(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_products(new ProductsTab(this))
    , m_marketplaces(new MarketplacesTab(this))
    , m_groups(new ProductGroupsTab(this))
    , m_listings(new ListingsTab(this))
    , m_apiKeys(new ApiKeysTab(this))
    , m_webForms(new WebFormsTab(this))
{
    setObjectName(QStringLiteral("administrationModule"));
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (CatalogTab* tab : catalogTabs()) {
        tab->hide();
        // A product or marketplace changes what the other lists show (counts, choices).
        connect(tab, &CatalogTab::changed, this, [this, tab] {
            for (CatalogTab* other : catalogTabs())
                if (other != tab && m_tabs->indexOf(other) >= 0)
                    if (auto loaded = other->load(m_workspace, m_acting); !loaded)
                        QMessageBox::warning(this, tr("Administration"), loaded.error().message);
            // A listing listed or unlisted adds or takes away pairs to publish.
            if (m_tabs->indexOf(m_webForms) >= 0)
                if (auto loaded = m_webForms->load(m_workspace, m_acting); !loaded)
                    QMessageBox::warning(this, tr("Administration"), loaded.error().message);
            emit catalogChanged();
        });
    }
    m_apiKeys->hide();
    m_webForms->hide();
}

QList<CatalogTab*> AdministrationModule::catalogTabs() const
{
    return {m_products, m_marketplaces, m_groups, m_listings};
}

Result<void> AdministrationModule::load(const WorkspaceHandle& workspace,
                                        const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    showTabsFor(acting);
    Result<void> result;
    for (CatalogTab* tab : catalogTabs())
        if (m_tabs->indexOf(tab) >= 0)
            if (auto loaded = tab->load(workspace, acting); !loaded && result)
                result = loaded;
    if (auto loaded = m_apiKeys->load(workspace, acting); !loaded && result)
        result = loaded;
    if (auto loaded = m_webForms->load(workspace, acting); !loaded && result)
        result = loaded;
    return result;
}

void AdministrationModule::unload()
{
    // Editors hold the workspace: they go now, not later.
    for (CatalogTab* tab : catalogTabs())
        qDeleteAll(tab->findChildren<QDialog*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_apiKeys->findChildren<QDialog*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_webForms->findChildren<QDialog*>(Qt::FindDirectChildrenOnly));
    m_apiKeys->unload();
    m_webForms->unload();
    m_workspace = {};
}

void AdministrationModule::addTab(QWidget* tab, const QString& label)
{
    m_extraTabs << qMakePair(tab, label);
    m_tabs->addTab(tab, label);
}

void AdministrationModule::showTabsFor(const ActingContext& acting)
{
    QWidget* current = m_tabs->currentWidget();
    const bool vendor = acting.accountRole == AccountRole::Vendor;
    QList<QPair<QWidget*, QString>> wanted;
    if (vendor)
        wanted << qMakePair<QWidget*, QString>(m_products, tr("Products"));
    else
        wanted << qMakePair<QWidget*, QString>(m_marketplaces, tr("Marketplaces"))
               << qMakePair<QWidget*, QString>(m_groups, tr("Product groups"));
    wanted << qMakePair<QWidget*, QString>(m_listings, tr("Listings"));
    if (ApiKeyService::mayManage(acting))
        wanted << qMakePair<QWidget*, QString>(m_apiKeys, tr("API keys"));
    if (WebFormPublications::mayPublish(acting))
        wanted << qMakePair<QWidget*, QString>(m_webForms, tr("Web forms"));
    wanted << m_extraTabs;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (CatalogTab* tab : catalogTabs())
        tab->hide();
    m_apiKeys->hide();
    m_webForms->hide();
    for (const auto& [widget, label] : wanted)
        m_tabs->addTab(widget, label);
    if (const int index = m_tabs->indexOf(current); index >= 0)
        m_tabs->setCurrentIndex(index);
}
