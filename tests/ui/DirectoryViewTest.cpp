#include "TestWorkspace.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectoryModel.h"
#include "leads/LeadFormListModel.h"
#include "partners/AgreementListModel.h"
#include "partners/ContractListModel.h"
#include "partners/PartnerDirectoryModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

TEST_CASE("Directory models pass QAbstractItemModelTester", "[ui][models]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const ActingContext vendor = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::demoVendorId));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;

    LeadDirectoryModel leads;
    QAbstractItemModelTester leadTester(&leads, mode);
    leads.setRows(LeadDirectory::visibleTo(workspace->database(), home).value());
    CHECK(leads.rowCount() == 12);
    CHECK(leads.columnCount() == 10);
    CHECK(leads.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Lead source"));

    PartnerDirectoryModel partners;
    QAbstractItemModelTester partnerTester(&partners, mode);
    partners.setRows(PartnerDirectory::of(workspace->database(), home).value());
    CHECK(partners.rowCount() == 6);
    CHECK(partners.columnCount() == 10);

    ContractListModel contracts;
    QAbstractItemModelTester contractTester(&contracts, mode);
    contracts.setRows(ContractList::of(workspace->database(), home).value());
    CHECK(contracts.rowCount() == 10);

    AgreementListModel agreements;
    QAbstractItemModelTester agreementTester(&agreements, mode);
    agreements.setRows(AgreementList::of(workspace->database(), home).value());
    CHECK(agreements.rowCount() == 7);

    LeadFormListModel forms;
    QAbstractItemModelTester formTester(&forms, mode);
    forms.setRows(LeadFormList::of(workspace->database(), vendor).value());
    CHECK(forms.rowCount() == 2);
    leads.setRows({});
    CHECK(leads.rowCount() == 0);
}

TEST_CASE("A directory searches, sorts, opens rows and remembers its columns", "[ui][directory]")
{
    QSettings().clear();
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    model.setRows(LeadDirectory::visibleTo(workspace->database(), home).value());
    const QString someName = model.rows().at(3).name;

    {
        DirectoryView view(QStringLiteral("testDirectory"), QStringLiteral("Leads"));
        view.setSourceModel(&model);
        view.show();
        QTableView* table = view.table();
        CHECK(table->model()->rowCount() == 12);

        QTest::keyClicks(view.searchEdit(), someName);
        CHECK(table->model()->rowCount() >= 1);
        CHECK(table->model()->index(0, LeadDirectoryModel::Name).data().toString() == someName);
        view.searchEdit()->clear();
        CHECK(table->model()->rowCount() == 12);

        // Sort by Created uses the timestamp, not the text.
        table->sortByColumn(LeadDirectoryModel::Created, Qt::AscendingOrder);
        qint64 previous = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const int source = view.proxy()->mapToSource(table->model()->index(row, 0)).row();
            CHECK(model.rows().at(source).createdAt >= previous);
            previous = model.rows().at(source).createdAt;
        }

        QSignalSpy activated(&view, &DirectoryView::rowActivated);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(activated.count() == 1);
        CHECK(activated.first().first().toInt() == view.proxy()->mapToSource(table->model()->index(2, 0)).row());

        table->horizontalHeader()->setSectionHidden(LeadDirectoryModel::Owner, true);
        table->horizontalHeader()->moveSection(LeadDirectoryModel::Status, 0);
    }
    DirectoryView again(QStringLiteral("testDirectory"), QStringLiteral("Leads"));
    again.setSourceModel(&model);
    CHECK(again.table()->horizontalHeader()->isSectionHidden(LeadDirectoryModel::Owner));
    CHECK(again.table()->horizontalHeader()->visualIndex(LeadDirectoryModel::Status) == 0);
    CHECK(again.table()->horizontalHeader()->sortIndicatorSection() == LeadDirectoryModel::Created);
}

TEST_CASE("Column filters keep the rows with one value and list the values present", "[ui][directory]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    model.setRows(LeadDirectory::visibleTo(workspace->database(), home).value());
    DirectoryView view(QStringLiteral("filterDirectory"), QStringLiteral("Leads"));
    view.setSourceModel(&model);
    QComboBox* status = view.addColumnFilter(QStringLiteral("Status:"), LeadDirectoryModel::Status);
    QComboBox* product = view.addColumnFilter(QStringLiteral("Product:"), LeadDirectoryModel::Product);
    CHECK(status->itemText(0) == QStringLiteral("All"));
    QStringList statuses;
    for (int i = 1; i < status->count(); ++i)
        statuses << status->itemText(i);
    CHECK(statuses == QStringList{QStringLiteral("Disqualified"), QStringLiteral("New"), QStringLiteral("Qualified")});

    status->setCurrentIndex(status->findText(QStringLiteral("Qualified")));
    const int qualified = view.table()->model()->rowCount();
    CHECK(qualified == 3);
    for (int row = 0; row < qualified; ++row)
        CHECK(view.table()->model()->index(row, LeadDirectoryModel::Status).data().toString() == QStringLiteral("Qualified"));
    product->setCurrentIndex(product->findText(QStringLiteral("Apex Backup")));
    CHECK(view.table()->model()->rowCount() <= qualified);
    status->setCurrentIndex(0);
    product->setCurrentIndex(0);
    CHECK(view.table()->model()->rowCount() == 12);

    // The choice survives a reload of the same rows.
    status->setCurrentIndex(status->findText(QStringLiteral("New")));
    model.setRows(LeadDirectory::visibleTo(workspace->database(), home).value());
    CHECK(status->currentText() == QStringLiteral("New"));
    CHECK(view.table()->model()->rowCount() == 6);
}
