#include "leads/LeadsModule.h"

#include "common/DirectoryView.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadDirectoryModel.h"
#include "leads/LeadFormList.h"
#include "leads/LeadFormListModel.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

LeadsModule::LeadsModule(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_directory(new DirectoryView(QStringLiteral("leadDirectory"), tr("Leads"), this))
    , m_forms(new DirectoryView(QStringLiteral("leadForms"), tr("Lead forms"), this))
    , m_leadModel(new LeadDirectoryModel(this))
    , m_formModel(new LeadFormListModel(this))
{
    setObjectName(QStringLiteral("leadsModule"));
    m_tabs->setObjectName(QStringLiteral("leadsTabs"));
    m_tabs->setDocumentMode(true);
    m_directory->setSourceModel(m_leadModel);
    m_forms->setSourceModel(m_formModel);
    m_forms->setEmptyText(tr("No lead forms yet. Leads of your products use the default form."));
    m_tabs->addTab(m_directory, tr("Directory"));
    m_formsTab = m_tabs->addTab(m_forms, tr("Forms"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

Result<void> LeadsModule::load(const QSqlDatabase& database, const ActingContext& acting)
{
    m_tabs->setTabVisible(m_formsTab, acting.isVendorPortal());
    m_directory->setEmptyText(acting.isVendorPortal()
                                  ? tr("No leads for your products yet. They appear here as soon "
                                       "as a distributor creates one.")
                                  : tr("No leads yet on your marketplaces."));
    auto leads = LeadDirectory::visibleTo(database, acting);
    m_leadModel->setRows(leads ? leads.value() : QList<LeadDirectoryRow>());
    if (!leads)
        return leads.error();
    auto forms = acting.isVendorPortal() ? LeadFormList::of(database, acting)
                                         : Result<QList<LeadFormListRow>>(QList<LeadFormListRow>());
    m_formModel->setRows(forms ? forms.value() : QList<LeadFormListRow>());
    if (!forms)
        return forms.error();
    return {};
}
