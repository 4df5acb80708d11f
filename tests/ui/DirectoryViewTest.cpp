#include "DirectoryWait.h"
#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "app/AppLanguage.h"
#include "common/CellText.h"
#include "common/DirectoryView.h"
#include "common/DisplayFormat.h"
#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectoryModel.h"
#include "leads/LeadFormListModel.h"
#include "partners/AgreementListModel.h"
#include "partners/ContractListModel.h"
#include "partners/PartnerDirectoryModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

QStringList columnValues(QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("Directory models pass QAbstractItemModelTester", "[ui][models]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 700, 20));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const ActingContext vendor =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::demoVendorId));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;

    LeadDirectoryModel leads;
    QAbstractItemModelTester leadTester(&leads, mode);
    leads.open(workspace, home);
    REQUIRE(waitUntilLoaded(&leads));
    CHECK(leads.rowCount() == leads.totalCount());
    CHECK(leads.rowCount() > DirectoryModel::windowRows);
    CHECK(leads.columnCount() == 10);
    CHECK(leads.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Lead source"));
    // Every window, read while the tester watches.
    for (int row = 0; row < leads.rowCount(); row += DirectoryModel::windowRows) {
        leads.index(row, 0).data();
        REQUIRE(QTest::qWaitFor([&] { return leads.isRowLoaded(row); }, 5000));
    }
    leads.sort(LeadDirectoryModel::Name, Qt::AscendingOrder);
    REQUIRE(waitUntilLoaded(&leads));
    for (const int column : {int(LeadDirectoryModel::Company), int(LeadDirectoryModel::Owner)}) {
        leads.sort(column, Qt::DescendingOrder);
        REQUIRE(waitUntilLoaded(&leads));
        CHECK(leads.query().sortColumn == leads.columnKey(column));
        const int last = leads.rowCount() - 1;
        leads.index(last, 0).data();
        REQUIRE(QTest::qWaitFor([&] { return leads.isRowLoaded(last); }, 5000));
    }
    DirectoryQuery created = leads.query();
    created.ranges.insert(QStringLiteral("created"), {QStringLiteral("2000-01-01"), {}});
    leads.setQuery(created);
    REQUIRE(waitUntilLoaded(&leads));
    CHECK(leads.rowCount() == leads.totalCount());
    leads.setQuery({});
    REQUIRE(waitUntilLoaded(&leads));
    leads.setQuery(DirectoryQuery{
        {}, false, {{QStringLiteral("status"), QStringLiteral("qualified")}}, {}, {}});
    REQUIRE(waitUntilLoaded(&leads));
    for (int row = 0; row < qMin(leads.rowCount(), 50); ++row)
        CHECK(leads.index(row, LeadDirectoryModel::Status).data().toString() ==
              QStringLiteral("Qualified"));

    PartnerDirectoryModel partners;
    QAbstractItemModelTester partnerTester(&partners, mode);
    partners.open(workspace, home);
    REQUIRE(waitUntilLoaded(&partners));
    CHECK(partners.rowCount() == 26);
    CHECK(partners.columnCount() == 10);
    partners.open(workspace, vendor);
    REQUIRE(waitUntilLoaded(&partners));
    CHECK(partners.rowCount() >= 1);

    ContractListModel contracts;
    QAbstractItemModelTester contractTester(&contracts, mode);
    contracts.setRows(ContractList::of(workspace, home).value());
    CHECK(contracts.rowCount() == 10);

    AgreementListModel agreements;
    QAbstractItemModelTester agreementTester(&agreements, mode);
    agreements.setRows(AgreementList::of(workspace, home).value());
    CHECK(agreements.rowCount() == 7);

    LeadFormListModel forms;
    QAbstractItemModelTester formTester(&forms, mode);
    forms.setRows(LeadFormList::of(workspace, vendor).value());
    CHECK(forms.rowCount() == 2);
    leads.close();
    CHECK(leads.rowCount() == 0);
}

TEST_CASE("A directory model shows the first window before counting and drops superseded queries",
          "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 3000, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    QSignalSpy first(&model, &DirectoryModel::firstWindowLoaded);
    QSignalSpy counted(&model, &DirectoryModel::countChanged);
    model.open(workspace, home);
    REQUIRE(first.wait(5000));
    // The first window alone, until the count arrives.
    if (model.totalCount() < 0)
        CHECK(model.rowCount() == DirectoryModel::windowRows);
    REQUIRE(waitUntilLoaded(&model));
    const qint64 total = model.totalCount();
    CHECK(total > 1500);

    // Rows far down are placeholders until their window arrives, then real rows.
    const QModelIndex far = model.index(model.rowCount() - 1, LeadDirectoryModel::Name);
    CHECK_FALSE(far.data(DirectoryModel::LoadedRole).toBool());
    CHECK(model.index(far.row(), 0).data().toString() == QStringLiteral("Loading\u2026"));
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(far.row()); }, 5000));
    CHECK(far.data().toString() != QStringLiteral("Loading\u2026"));
    CHECK_FALSE(far.data().toString().isEmpty());

    // Showing a window reads its neighbours too.
    model.index(5 * DirectoryModel::windowRows, 0).data();
    REQUIRE(
        QTest::qWaitFor([&] { return model.isRowLoaded(5 * DirectoryModel::windowRows); }, 5000));
    model.index(5 * DirectoryModel::windowRows, 1).data();
    CHECK(QTest::qWaitFor(
        [&] {
            return model.isRowLoaded(6 * DirectoryModel::windowRows) &&
                   model.isRowLoaded(4 * DirectoryModel::windowRows);
        },
        5000));

    // Three queries in a row: only the last one's rows arrive.
    first.clear();
    model.setQuery(DirectoryQuery{QStringLiteral("name"), false, {}, {}, {}});
    model.setQuery(DirectoryQuery{QStringLiteral("name"), true, {}, {}, {}});
    model.setQuery(DirectoryQuery{
        {}, false, {{QStringLiteral("status"), QStringLiteral("qualified")}}, {}, {}});
    REQUIRE(waitUntilLoaded(&model));
    QTest::qWait(100);
    CHECK(first.count() == 1);
    CHECK(model.totalCount() < total);
    for (const QString& status : columnValues(&model, LeadDirectoryModel::Status).mid(0, 100))
        REQUIRE(status == QStringLiteral("Qualified"));
}

TEST_CASE("Scrolling a directory end to end keeps a bounded cache", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 20000, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    model.open(workspace, home);
    REQUIRE(waitUntilLoaded(&model));
    REQUIRE(model.rowCount() > DirectoryModel::windowRows * DirectoryModel::maxCachedWindows);
    QStringList seen;
    for (int row = 0; row < model.rowCount(); row += DirectoryModel::windowRows) {
        model.index(row, 0).data();
        REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 5000));
        seen << model.idAt(row);
        REQUIRE(model.cachedWindowCount() <= DirectoryModel::maxCachedWindows);
    }
    CHECK(seen.removeDuplicates() == 0);
    CHECK(model.cachedWindowCount() == DirectoryModel::maxCachedWindows);
    // The first window was evicted and comes back when asked for.
    CHECK_FALSE(model.isRowLoaded(0));
    model.index(0, 0).data();
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(0); }, 5000));
    CHECK(model.idAt(0) == seen.first());
}

TEST_CASE("A directory searches sorts opens rows and remembers its columns", "[ui][directory]")
{
    QSettings().clear();
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const auto rows = LeadDirectory::visibleTo(workspace, home);
    REQUIRE(rows);
    const LeadDirectoryRow some = rows.value().at(3);
    LeadDirectoryModel model;
    model.open(workspace, home);

    {
        DirectoryView view(QStringLiteral("testDirectory"), QStringLiteral("Leads"));
        view.setDirectoryModel(&model);
        view.show();
        QTableView* table = view.table();
        REQUIRE(waitUntilLoaded(&model));
        CHECK(table->model()->rowCount() == 12);
        CHECK(view.countText() == QStringLiteral("12 rows"));
        // Newest first by default.
        CHECK(model.idAt(0) == rows.value().first().id);

        QTest::keyClicks(view.searchEdit(), some.company.section(QLatin1Char(' '), 0, 0));
        REQUIRE(QTest::qWaitFor([&] { return !model.query().search.isEmpty(); }, 2000));
        REQUIRE(waitUntilLoaded(&model));
        CHECK(table->model()->rowCount() >= 1);
        CHECK(columnValues(table->model(), LeadDirectoryModel::Id).contains(some.id));
        CHECK(view.countText().endsWith(QStringLiteral("matching")));
        view.searchEdit()->clear();
        REQUIRE(QTest::qWaitFor([&] { return model.query().search.isEmpty(); }, 2000));
        REQUIRE(waitUntilLoaded(&model));
        CHECK(table->model()->rowCount() == 12);

        // Sort by Created uses the timestamp, in SQL.
        table->sortByColumn(LeadDirectoryModel::Created, Qt::AscendingOrder);
        REQUIRE(waitUntilLoaded(&model));
        CHECK(model.query().sortColumn == QStringLiteral("created"));
        CHECK_FALSE(model.query().descending);
        CHECK(model.idAt(0) == rows.value().last().id);
        // Every column of the Leads directory sorts, the related names too.
        for (const int column :
             {int(LeadDirectoryModel::Id), int(LeadDirectoryModel::Company),
              int(LeadDirectoryModel::Contact), int(LeadDirectoryModel::Product),
              int(LeadDirectoryModel::Marketplace), int(LeadDirectoryModel::Owner)}) {
            INFO(
                model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
            CHECK(model.isSortable(column));
            table->sortByColumn(column, Qt::DescendingOrder);
            REQUIRE(waitUntilLoaded(&model));
            CHECK(table->horizontalHeader()->sortIndicatorSection() == column);
            CHECK(model.query().sortColumn == model.columnKey(column));
            CHECK(model.query().descending);
            QStringList shown = columnValues(&model, column);
            // An empty cell shows CellText::empty() but sorts as the empty text it is.
            for (QString& value : shown)
                if (value == CellText::empty())
                    value.clear();
            QStringList sorted = shown;
            std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
                return a.compare(b, Qt::CaseInsensitive) > 0;
            });
            CHECK(shown == sorted);
        }
        table->sortByColumn(LeadDirectoryModel::Created, Qt::AscendingOrder);
        REQUIRE(waitUntilLoaded(&model));
        CHECK(model.idAt(0) == rows.value().last().id);

        QSignalSpy activated(&view, &DirectoryView::rowActivated);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(activated.count() == 1);
        CHECK(activated.first().first().toInt() == 2);

        // selectId finds a row by asking where it is.
        view.selectId(some.id);
        REQUIRE(QTest::qWaitFor([&] { return model.idAt(table->currentIndex().row()) == some.id; },
                                5000));

        table->horizontalHeader()->setSectionHidden(LeadDirectoryModel::Owner, true);
        table->horizontalHeader()->moveSection(LeadDirectoryModel::Status, 0);
    }
    LeadDirectoryModel other;
    other.open(workspace, home);
    DirectoryView again(QStringLiteral("testDirectory"), QStringLiteral("Leads"));
    again.setDirectoryModel(&other);
    CHECK(again.table()->horizontalHeader()->isSectionHidden(LeadDirectoryModel::Owner));
    CHECK(again.table()->horizontalHeader()->visualIndex(LeadDirectoryModel::Status) == 0);
    CHECK(again.table()->horizontalHeader()->sortIndicatorSection() == LeadDirectoryModel::Created);
    // The remembered sort is the query's.
    CHECK(other.query().sortColumn == QStringLiteral("created"));
    CHECK_FALSE(other.query().descending);
}

TEST_CASE("Column filters of a directory become its query", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    model.open(workspace, home);
    DirectoryView view(QStringLiteral("filterDirectory"), QStringLiteral("Leads"));
    view.setDirectoryModel(&model);
    QComboBox* status = view.addColumnFilter(QStringLiteral("Status:"), LeadDirectoryModel::Status);
    QComboBox* product =
        view.addColumnFilter(QStringLiteral("Product:"), LeadDirectoryModel::Product);
    for (const int column : {int(LeadDirectoryModel::Status), int(LeadDirectoryModel::Product)})
        view.setFilterChoices(
            column,
            LeadDirectory::source().choices(workspace, home, model.columnKey(column)).value());
    CHECK(status->itemText(0) == QStringLiteral("All"));
    QStringList statuses;
    for (int i = 1; i < status->count(); ++i)
        statuses << status->itemText(i);
    CHECK(statuses == QStringList{QStringLiteral("New"), QStringLiteral("Qualified"),
                                  QStringLiteral("Disqualified")});
    CHECK(product->findText(QStringLiteral("Apex Backup")) > 0);

    status->setCurrentIndex(status->findText(QStringLiteral("Qualified")));
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.rowCount() == 3);
    CHECK(columnValues(&model, LeadDirectoryModel::Status).removeDuplicates() == 2);
    CHECK(view.countText() == QStringLiteral("3 matching"));
    product->setCurrentIndex(product->findText(QStringLiteral("Apex Backup")));
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.rowCount() <= 3);
    status->setCurrentIndex(0);
    product->setCurrentIndex(0);
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.rowCount() == 12);

    // The choice survives new choices and a reload.
    status->setCurrentIndex(status->findText(QStringLiteral("New")));
    view.setFilterChoices(
        LeadDirectoryModel::Status,
        LeadDirectory::source().choices(workspace, home, QStringLiteral("status")).value());
    model.reload();
    REQUIRE(waitUntilLoaded(&model));
    CHECK(status->currentText() == QStringLiteral("New"));
    CHECK(model.rowCount() == 6);
}

TEST_CASE("A column without an index does not sort", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    PartnerDirectoryModel model;
    model.open(workspace, home);
    DirectoryView view(QStringLiteral("unsortedDirectory"), QStringLiteral("Partners"));
    view.setDirectoryModel(&model);
    REQUIRE(waitUntilLoaded(&model));
    QTableView* table = view.table();
    table->sortByColumn(PartnerDirectoryModel::Account, Qt::AscendingOrder);
    REQUIRE(waitUntilLoaded(&model));
    CHECK_FALSE(model.isSortable(PartnerDirectoryModel::TechnicalContact));
    // The indicator stays where it was, and so does the query.
    table->sortByColumn(PartnerDirectoryModel::TechnicalContact, Qt::AscendingOrder);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == PartnerDirectoryModel::Account);
    CHECK(model.query().sortColumn == QStringLiteral("account"));
}

TEST_CASE("The Created days of a directory become its query", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 400, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const auto all = LeadDirectory::visibleTo(workspace, home);
    REQUIRE(all);
    const QString day =
        QDateTime::fromMSecsSinceEpoch(all.value().at(all.value().size() / 2).createdAt)
            .date()
            .toString(Qt::ISODate);
    const QString later =
        QDateTime::fromMSecsSinceEpoch(all.value().first().createdAt).date().toString(Qt::ISODate);
    LeadDirectoryModel model;
    model.open(workspace, home);
    DirectoryView view(QStringLiteral("rangeDirectory"), QStringLiteral("Leads"));
    view.setDirectoryModel(&model);
    view.addDateRangeFilter(QStringLiteral("created"), QStringLiteral("Cr&eated"));
    view.show();
    REQUIRE(waitUntilLoaded(&model));
    auto* from = view.findChild<QLineEdit*>(QStringLiteral("rangeDirectoryCreatedFrom"));
    auto* to = view.findChild<QLineEdit*>(QStringLiteral("rangeDirectoryCreatedTo"));
    auto* problem = view.findChild<QLabel*>(QStringLiteral("rangeDirectoryFilterProblem"));
    REQUIRE(from);
    REQUIRE(to);
    REQUIRE(problem);
    // Visible labels bound to the inputs, and names that say which end is which.
    QStringList captions;
    for (const QLabel* label : view.findChildren<QLabel*>())
        if (label->buddy() == from || label->buddy() == to)
            captions << label->text();
    CHECK(captions == QStringList{QStringLiteral("Cr&eated from:"), QStringLiteral("to:")});
    CHECK(from->accessibleName() == QStringLiteral("Created from"));
    CHECK(to->accessibleName() == QStringLiteral("Created to"));
    CHECK(from->text().isEmpty());
    // Days are typed and shown in the app's one date format; the query keeps YYYY-MM-DD.
    CHECK(from->placeholderText() == DisplayFormat::dateFormat().toUpper());
    const auto shown = [](const QString& isoDay) {
        return DisplayFormat::date(QDate::fromString(isoDay, Qt::ISODate));
    };
    CHECK(model.query().ranges.isEmpty());

    const auto countFor = [&](const DirectoryRange& range) {
        DirectoryQuery query;
        query.ranges.insert(QStringLiteral("created"), range);
        return LeadDirectory::source().count(workspace, home, query).value();
    };
    QTest::keyClicks(from, shown(day));
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, {}});
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.totalCount() == countFor({day, {}}));
    CHECK(model.totalCount() < all.value().size());
    CHECK(view.countText().endsWith(QStringLiteral("matching")));
    QTest::keyClicks(to, shown(later));
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, later});
    CHECK(model.totalCount() == countFor({day, later}));
    CHECK(problem->isHidden());

    // A day being typed is not applied; a bad one is named and not applied either.
    to->clear();
    QTest::keyClicks(to, QStringLiteral("2026-13"));
    CHECK(problem->isHidden());
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, {}});
    QTest::keyClicks(to, QStringLiteral("-01"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("2026-13-01")));
    CHECK(to->accessibleDescription() == problem->text());
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, {}});
    CHECK(to->text() == QStringLiteral("2026-13-01")); // what was typed stays
    // The wrong way round.
    to->setText(shown(QStringLiteral("2000-01-01")));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(shown(QStringLiteral("2000-01-01"))));
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, {}});

    // Cleared: no limit at all, not a made-up day.
    to->clear();
    from->clear();
    CHECK(problem->isHidden());
    CHECK(model.query().ranges.isEmpty());
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.totalCount() == all.value().size());

    // Saved views set a range and read it back.
    view.setRange(QStringLiteral("created"), {day, day});
    CHECK(from->text() == shown(day));
    CHECK(to->text() == shown(day));
    CHECK(view.range(QStringLiteral("created")) == DirectoryRange{day, day});
    CHECK(model.query().ranges.value(QStringLiteral("created")) == DirectoryRange{day, day});
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.totalCount() == countFor({day, day}));
    CHECK(model.totalCount() >= 1);
    view.setRange(QStringLiteral("created"), {});
    CHECK(from->text().isEmpty());
    CHECK(model.query().ranges.isEmpty());

    // selectId shows a lead the range hides.
    view.setRange(QStringLiteral("created"), {later, later});
    REQUIRE(waitUntilLoaded(&model));
    const QString hidden = all.value().last().id;
    view.selectId(hidden);
    REQUIRE(QTest::qWaitFor(
        [&] { return model.idAt(view.table()->currentIndex().row()) == hidden; }, 5000));
    CHECK(from->text().isEmpty());
    CHECK(model.query().ranges.isEmpty());
}

TEST_CASE("In German the Created days are typed as the German date format", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 100, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const auto all = LeadDirectory::visibleTo(workspace, home);
    REQUIRE(all);
    const QDate newest = QDateTime::fromMSecsSinceEpoch(all.value().first().createdAt).date();
    const QDate oldest = QDateTime::fromMSecsSinceEpoch(all.value().last().createdAt).date();
    REQUIRE(oldest < newest);

    struct German {
        QLocale saved;
        German() { REQUIRE(AppLanguage::install(QStringLiteral("de")).application); }
        ~German()
        {
            AppLanguage::removeCatalogues();
            QLocale::setDefault(saved);
        }
    } german;
    LeadDirectoryModel model;
    model.open(workspace, home);
    DirectoryView view(QStringLiteral("germanRange"), QStringLiteral("Leads"));
    view.setDirectoryModel(&model);
    view.addDateRangeFilter(QStringLiteral("created"), QStringLiteral("Er&stellt"));
    view.show();
    REQUIRE(waitUntilLoaded(&model));
    auto* from = view.findChild<QLineEdit*>(QStringLiteral("germanRangeCreatedFrom"));
    auto* problem = view.findChild<QLabel*>(QStringLiteral("germanRangeFilterProblem"));
    REQUIRE(from);
    REQUIRE(problem);
    CHECK(from->placeholderText() == QStringLiteral("TT.MM.JJJJ"));

    const QString typed = QStringLiteral("%1.%2.%3")
                              .arg(newest.day(), 2, 10, QLatin1Char('0'))
                              .arg(newest.month(), 2, 10, QLatin1Char('0'))
                              .arg(newest.year());
    QTest::keyClicks(from, typed);
    CHECK(problem->isHidden());
    CHECK(model.query().ranges.value(QStringLiteral("created")) ==
          DirectoryRange{newest.toString(Qt::ISODate), {}});
    REQUIRE(waitUntilLoaded(&model));
    CHECK(model.totalCount() >= 1);
    CHECK(model.totalCount() < all.value().size());

    // A day in another format is named, in German, and not applied.
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("12/31/2026"));
    from->setFocus();
    QMetaObject::invokeMethod(from, "editingFinished");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("12/31/2026")));
    CHECK(problem->text().contains(QStringLiteral("ist kein Datum")));
    CHECK(problem->text().contains(QStringLiteral("31.03.2026")));
    CHECK(model.query().ranges.value(QStringLiteral("created")).from ==
          newest.toString(Qt::ISODate));

    // A saved view's stored day shows the German way.
    view.setRange(QStringLiteral("created"), {oldest.toString(Qt::ISODate), {}});
    CHECK(from->text() == DisplayFormat::date(oldest));
    CHECK(from->text().contains(QLatin1Char('.')));
    CHECK(problem->isHidden());
}

TEST_CASE("A small in-memory list searches and filters in memory", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    ContractListModel model;
    model.setRows(ContractList::of(workspace, home).value());
    DirectoryView view(QStringLiteral("contractList"), QStringLiteral("Contracts"));
    view.setSourceModel(&model);
    QComboBox* status = view.addColumnFilter(QStringLiteral("Status:"), ContractListModel::Status);
    CHECK(view.table()->model()->rowCount() == 10);
    status->setCurrentIndex(1);
    const int filtered = view.table()->model()->rowCount();
    CHECK(filtered < 10);
    CHECK(view.countText() == QStringLiteral("%1 of 10 rows").arg(filtered));
    status->setCurrentIndex(0);
    const QString someId = model.index(4, ContractListModel::Id).data().toString();
    QTest::keyClicks(view.searchEdit(), someId);
    CHECK(view.table()->model()->rowCount() == 1);
}

TEST_CASE("Export writes the view as shown: its query and visible columns in order",
          "[ui][directory][export]")
{
    QSettings().clear();
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    LeadDirectoryModel model;
    model.open(workspace, home);
    DirectoryView view(QStringLiteral("exportDirectory"), QStringLiteral("Leads"));
    view.setDirectoryModel(&model);
    REQUIRE(view.exportButton());
    CHECK(view.exportButton()->text().remove(QLatin1Char('&')) == QStringLiteral("Export\u2026"));
    REQUIRE(waitUntilLoaded(&model));
    QHeaderView* header = view.table()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, column != LeadDirectoryModel::Name &&
                                             column != LeadDirectoryModel::Status &&
                                             column != LeadDirectoryModel::Id);
    header->moveSection(header->visualIndex(LeadDirectoryModel::Status), 0);
    view.setFilterChoices(LeadDirectoryModel::Status, {});
    model.setQuery(DirectoryQuery{
        {}, false, {{QStringLiteral("status"), QStringLiteral("qualified")}}, {}, {}});
    REQUIRE(waitUntilLoaded(&model));

    const QString path = dir.path(QStringLiteral("view.csv"));
    auto written = view.exportTo(path);
    REQUIRE(written);
    CHECK(written.value() == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .remove(QChar(0xfeff))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.first() == QStringLiteral("Status,ID,Name"));
    for (const QString& line : lines.mid(1))
        CHECK(line.startsWith(QStringLiteral("Qualified,")));
}

TEST_CASE("Type-ahead in a large directory searches the rows already read", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace, 3000, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    DirectoryView view(QStringLiteral("typeAheadDirectory"), QStringLiteral("Leads"));
    LeadDirectoryModel model;
    view.setDirectoryModel(&model);
    model.open(workspace, home);
    REQUIRE(waitUntilLoaded(&model));
    REQUIRE(model.rowCount() > 4 * DirectoryModel::windowRows);
    QTest::qWait(200); // the neighbours read ahead have arrived
    const int cached = model.cachedWindowCount();
    const QModelIndex start = model.index(0, LeadDirectoryModel::Name);

    // Rows not read yet are neither matched ("Loading…") nor read to be searched.
    CHECK(model
              .match(start, Qt::DisplayRole, QStringLiteral("Loading"), -1,
                     Qt::MatchStartsWith | Qt::MatchWrap)
              .isEmpty());
    QTest::qWait(200);
    CHECK(model.cachedWindowCount() == cached);
    CHECK_FALSE(model.isRowLoaded(model.rowCount() - 1));

    // A name shown on screen is found from the row after the current one, wrapping round.
    const QString name = model.index(5, LeadDirectoryModel::Name).data().toString();
    const QModelIndexList found =
        model.match(model.index(6, LeadDirectoryModel::Name), Qt::DisplayRole,
                    name.left(3).toLower(), 1, Qt::MatchStartsWith | Qt::MatchWrap);
    REQUIRE(found.size() == 1);
    CHECK(found.first().data().toString().startsWith(name.left(3), Qt::CaseInsensitive));
    CHECK(model.match(start, LeadDirectoryModel::IdRole, model.idAt(7), 1, Qt::MatchExactly)
              .value(0)
              .row() == 7);
}

TEST_CASE("A directory model deleted before its view leaves the view empty", "[ui][directory]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    DirectoryView view(QStringLiteral("deletedModelDirectory"), QStringLiteral("Leads"));
    view.resize(800, 400);
    view.show();
    auto* model = new LeadDirectoryModel;
    view.setDirectoryModel(model);
    model->open(workspace, home);
    REQUIRE(waitUntilLoaded(model));
    delete model;
    QCoreApplication::processEvents();
    CHECK(view.table()->model() == nullptr);
    CHECK(view.table()->horizontalHeader()->count() == 0);
}
