#include "partners/PartnerListingsTab.h"

#include "common/DetailsParts.h"
#include "partners/PartnerListingListModel.h"
#include "partners/PartnerTableView.h"

#include <QLabel>
#include <QVBoxLayout>

PartnerListingsTab::PartnerListingsTab(const PartnerProfile& profile, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("partnerListingsPage"));
    auto* layout = new QVBoxLayout(this);
    if (profile.listings.isEmpty()) {
        layout->addWidget(DetailsParts::note(
            tr("No products of %1 are listed on your marketplaces, and none of yours on its "
               "marketplaces.")
                .arg(profile.name),
            QStringLiteral("partnerListingsEmpty"), this));
        layout->addStretch(1);
        return;
    }
    m_model = new PartnerListingListModel(this);
    m_model->setRows(profile.listings);
    auto* table =
        new PartnerTableView(QStringLiteral("partnerListingsTable"), tr("Listings"), this);
    table->setModel(m_model);
    table->fitColumns(320);
    m_table = table;
    layout->addWidget(m_table);
}
