#include "partners/PartnersModule.h"

#include "common/DirectoryView.h"
#include "partners/AgreementList.h"
#include "partners/AgreementListModel.h"
#include "partners/ContractList.h"
#include "partners/ContractListModel.h"
#include "partners/PartnerDirectory.h"
#include "partners/PartnerDirectoryModel.h"

#include <QTabWidget>
#include <QVBoxLayout>

PartnersModule::PartnersModule(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_directory(new DirectoryView(QStringLiteral("partnerDirectory"), tr("Partners"), this))
    , m_contracts(new DirectoryView(QStringLiteral("contractList"), tr("Contracts"), this))
    , m_agreements(new DirectoryView(QStringLiteral("agreementList"), tr("Agreements"), this))
    , m_partnerModel(new PartnerDirectoryModel(this))
    , m_contractModel(new ContractListModel(this))
    , m_agreementModel(new AgreementListModel(this))
{
    setObjectName(QStringLiteral("partnersModule"));
    m_tabs->setObjectName(QStringLiteral("partnersTabs"));
    m_tabs->setDocumentMode(true);
    m_directory->setLinesPerRow(2);
    m_directory->setSourceModel(m_partnerModel);
    m_directory->setEmptyText(tr("No partners yet."));
    m_contracts->setSourceModel(m_contractModel);
    m_contracts->setEmptyText(tr("No contracts yet."));
    m_agreements->setSourceModel(m_agreementModel);
    m_agreements->setEmptyText(tr("No agreements yet."));
    m_tabs->addTab(m_directory, tr("Directory"));
    m_tabs->addTab(m_contracts, tr("Contracts"));
    m_tabs->addTab(m_agreements, tr("Agreements"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

Result<void> PartnersModule::load(const QSqlDatabase& database, const ActingContext& acting)
{
    auto partners = PartnerDirectory::of(database, acting);
    m_partnerModel->setRows(partners ? partners.value() : QList<PartnerDirectoryRow>());
    auto contracts = ContractList::of(database, acting);
    m_contractModel->setRows(contracts ? contracts.value() : QList<ContractListRow>());
    auto agreements = AgreementList::of(database, acting);
    m_agreementModel->setRows(agreements ? agreements.value() : QList<AgreementListRow>());
    for (const Error* error : {partners ? nullptr : &partners.error(),
                               contracts ? nullptr : &contracts.error(),
                               agreements ? nullptr : &agreements.error()})
        if (error)
            return *error;
    return {};
}
