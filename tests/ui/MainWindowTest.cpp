#include "DarkPalette.h"
#include "DirectoryWait.h"
#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/DirectoryModel.h"
#include "common/DirectoryView.h"
#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/CreateLeadWizard.h"
#include "leads/LeadDetailsWindow.h"
#include "leads/LeadsModule.h"
#include "main/ActingAsSwitcher.h"
#include "main/MainWindow.h"
#include "partners/AddPartnerWizard.h"
#include "partners/PartnerDetailsWindow.h"
#include "partners/PartnersModule.h"
#include "session/Memberships.h"
#include "storage/Transaction.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

int rows(const MainWindow& window, const char* tableName)
{
    auto* table = window.findChild<QTableView*>(QString::fromLatin1(tableName));
    REQUIRE(table);
    REQUIRE(waitUntilLoaded(table->model()));
    return table->model()->rowCount();
}

QStringList column(const MainWindow& window, const char* tableName, int column)
{
    auto* table = window.findChild<QTableView*>(QString::fromLatin1(tableName));
    REQUIRE(table);
    REQUIRE(waitUntilLoaded(table->model()));
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

/// Moves the "acting as" combo with the keyboard, as a user would, until it shows accountId.
void actAsWithKeyboard(MainWindow& window, const QString& accountId)
{
    QComboBox* combo = window.actingSwitcher()->combo();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && window.acting().accountId != accountId; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(window.acting().accountId == accountId);
}

struct OpenWindow {
    TestWorkspace dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    OpenWindow()
    {
        QSettings().clear();
        dir.createDemo();
        path = dir.path(QStringLiteral("demo.channeldesk"));
        window = std::make_unique<MainWindow>();
        auto opened = window->openWorkspace(path);
        REQUIRE(opened);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
};

} // namespace

TEST_CASE("The main window shows the demo data as the acting account sees it", "[ui][main]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    // A new demo opens as its home user and account.
    CHECK(window.acting().userId == id(DemoWorkspace::homeUserId));
    CHECK(window.acting().accountId == id(DemoWorkspace::homeDistributorId));

    window.showModule(MainWindow::Module::Leads);
    CHECK(rows(window, "leadDirectoryTable") == 12);
    auto* leadTabs = window.findChild<QTabWidget*>(QStringLiteral("leadsTabs"));
    REQUIRE(leadTabs);
    CHECK(leadTabs->tabText(0) == QStringLiteral("Directory"));
    CHECK(leadTabs->tabText(1) == QStringLiteral("Forms"));
    CHECK_FALSE(leadTabs->isTabVisible(1));

    const QString acting = window.findChild<QLabel*>(QStringLiteral("actingStatusLabel"))->text();
    CHECK(acting.contains(QStringLiteral("Michael Goldmill")));
    CHECK(acting.contains(QStringLiteral("Mighty Mick's LLC")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("workspaceStatusLabel"))->text() ==
          QDir::toNativeSeparators(fixture.path));
    CHECK(window.windowTitle().contains(QStringLiteral("demo.channeldesk")));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentModule() == MainWindow::Module::Partners);
    auto* partnerTabs = window.findChild<QTabWidget*>(QStringLiteral("partnersTabs"));
    REQUIRE(partnerTabs);
    CHECK(QStringList{partnerTabs->tabText(0), partnerTabs->tabText(1), partnerTabs->tabText(2)} ==
          QStringList{QStringLiteral("Directory"), QStringLiteral("Contracts"),
                      QStringLiteral("Agreements")});
    CHECK(rows(window, "partnerDirectoryTable") == 6);
    const QStringList accounts = column(window, "partnerDirectoryTable", 0);
    CHECK(accounts.contains(QStringLiteral("Ingram Micro\nPA-239-689")));
    CHECK(accounts.contains(QStringLiteral("Front Street Inc\nVA-892-333")));
    CHECK(accounts.contains(QStringLiteral("Champions Corp\nVA-149-494")));
    CHECK(rows(window, "contractListTable") == 10);
    CHECK(rows(window, "agreementListTable") == 7);

    // Act as the vendor: its leads, its Forms tab and its partners.
    actAsWithKeyboard(window, id(DemoWorkspace::demoVendorId));
    CHECK(rows(window, "partnerDirectoryTable") == 2);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentModule() == MainWindow::Module::Leads);
    CHECK(rows(window, "leadDirectoryTable") == 14);
    CHECK(leadTabs->isTabVisible(1));
    CHECK(rows(window, "leadFormsTable") == 2);
    CHECK(window.findChild<QLabel*>(QStringLiteral("actingStatusLabel"))
              ->text()
              .contains(QStringLiteral("Apex Cloud Software")));

    // An account that is neither vendor nor distributor of any lead sees none.
    actAsWithKeyboard(window, id(DemoWorkspace::championsCorpId));
    CHECK(rows(window, "leadDirectoryTable") == 0);
    CHECK(window.findChild<QLabel*>(QStringLiteral("leadDirectoryEmpty"))->isVisible());
}

TEST_CASE("The window remembers the workspace, acting account and module", "[ui][main]")
{
    OpenWindow fixture;
    actAsWithKeyboard(*fixture.window, id(DemoWorkspace::telefonicaId));
    fixture.window->showModule(MainWindow::Module::Partners);
    fixture.window->close();
    fixture.window.reset();

    CHECK(QSettings().value(MainWindow::lastWorkspaceKey()).toString() == fixture.path);
    MainWindow again;
    REQUIRE(again.openWorkspace(fixture.path));
    CHECK(again.acting().accountId == id(DemoWorkspace::telefonicaId));
    CHECK(again.currentModule() == MainWindow::Module::Partners);
    CHECK(again.actingSwitcher()->combo()->currentText().contains(QStringLiteral("Telefonica")));
}

TEST_CASE("A workspace that cannot be opened leaves the open one in place", "[ui][main]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    const int leads = rows(window, "leadDirectoryTable");
    auto failed = window.openWorkspace(fixture.dir.path(QStringLiteral("nowhere.channeldesk")));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::NotFound);
    REQUIRE(window.workspace());
    CHECK(window.workspace()->path() == fixture.path);
    CHECK(rows(window, "leadDirectoryTable") == leads);
}

TEST_CASE("Every control of the main window has an accessible name", "[ui][accessibility]")
{
    OpenWindow fixture;
    for (MainWindow::Module module : {MainWindow::Module::Leads, MainWindow::Module::Partners,
                                      MainWindow::Module::Administration}) {
        fixture.window->showModule(module);
        const auto widgets = fixture.window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisible())
                continue;
            const bool control =
                qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QAbstractButton*>(widget);
            if (!control || widget->inherits("QToolBarExtension"))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(accessible);
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
        }
    }
}

TEST_CASE("Screenshots of the main window", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    window.resize(1400, 800);
    const auto shoot = [&](const char* name) {
        REQUIRE(waitUntilLoaded(window.leadsModule()->directory()->table()->model()));
        REQUIRE(waitUntilLoaded(window.partnersModule()->directory()->table()->model()));
        QTest::qWait(50);
        REQUIRE(window.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    window.showModule(MainWindow::Module::Leads);
    shoot("leads-distributor.png");
    // The window's size on a first start: the filter bar fits.
    window.resize(1280, 780);
    shoot("leads-distributor-default-size.png");
    CHECK(window.width() == 1280);
    window.resize(1400, 800);
    window.showModule(MainWindow::Module::Partners);
    shoot("partners-distributor.png");
    window.partnersModule()->tabs()->setCurrentIndex(1);
    shoot("contracts-distributor.png");
    window.partnersModule()->tabs()->setCurrentIndex(2);
    shoot("agreements-distributor.png");
    window.setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    window.showModule(MainWindow::Module::Leads);
    shoot("leads-vendor.png");
    window.leadsModule()->tabs()->setCurrentIndex(1);
    shoot("forms-vendor.png");
}

TEST_CASE("Screenshots with a dark palette", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        OpenWindow fixture;
        MainWindow& window = *fixture.window;
        window.resize(1400, 800);
        const auto shoot = [&](QWidget* widget, const char* name) {
            QTest::qWait(80);
            REQUIRE(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
        };
        window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
        window.showModule(MainWindow::Module::Leads);
        REQUIRE(waitUntilLoaded(window.leadsModule()->directory()->table()->model()));
        shoot(&window, "dark-leads.png");
        window.showModule(MainWindow::Module::Partners);
        REQUIRE(waitUntilLoaded(window.partnersModule()->directory()->table()->model()));
        shoot(&window, "dark-partners.png");
        window.partnersModule()->tabs()->setCurrentIndex(PartnersModule::AgreementsTabIndex);
        REQUIRE(waitUntilLoaded(window.partnersModule()->agreements()->table()->model()));
        shoot(&window, "dark-agreements.png");

        PartnerDetailsWindow* partner =
            window.partnersModule()->openPartner(id(DemoWorkspace::telefonicaId));
        REQUIRE(partner);
        partner->resize(1100, 760);
        shoot(partner, "dark-partner-details.png");
        partner->close();

        const QString disqualified = TestWorkspace::scalar(
            *window.workspace(),
            QStringLiteral("SELECT min(id) FROM leads WHERE status = 'disqualified'"));
        if (!disqualified.isEmpty()) {
            LeadDetailsWindow* lead = window.leadsModule()->openLead(disqualified);
            REQUIRE(lead);
            lead->resize(1100, 760);
            shoot(lead, "dark-lead-details.png");
            lead->close();
        }

        AddPartnerWizard* wizard = window.partnersModule()->createPartner();
        REQUIRE(wizard);
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("partnerNameEdit")),
                         QStringLiteral("Ingram Micro"));
        auto* reason = wizard->findChild<QLabel*>(QStringLiteral("partnerWizardError"));
        if (reason) {
            reason->setText(QStringLiteral("A partner named Ingram Micro exists already."));
            reason->show();
        }
        shoot(wizard, "dark-add-partner.png");
        wizard->reject();
    }
    QApplication::setPalette(light);
}

TEST_CASE("Screenshots of a large directory", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    QSettings().clear();
    TestWorkspace dir;
    {
        WorkspaceHandle workspace = dir.createDemo();
        REQUIRE(DemoVolume::add(workspace, 60000, 2000));
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.resize(1400, 800);
    window.show();
    const auto save = [&](const char* name) {
        REQUIRE(window.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    QTableView* table = window.leadsModule()->directory()->table();
    REQUIRE(waitUntilLoaded(table->model()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    save("large-leads-end-loading.png");
    const int last = table->model()->rowCount() - 1;
    REQUIRE(QTest::qWaitFor(
        [&] { return table->model()->index(last, 0).data(DirectoryModel::LoadedRole).toBool(); }));
    QTest::qWait(50);
    save("large-leads-end.png");
    QTest::keyClicks(window.leadsModule()->directory()->searchEdit(), QStringLiteral("atlas"));
    QTest::qWait(DirectoryView::searchDelayMs + 50);
    REQUIRE(waitUntilLoaded(table->model()));
    save("large-leads-search.png");
    window.showModule(MainWindow::Module::Partners);
    REQUIRE(waitUntilLoaded(window.partnersModule()->directory()->table()->model()));
    QTest::qWait(50);
    save("large-partners.png");
}

TEST_CASE("Create Lead is offered to distributor CRM users only and Enter opens a lead",
          "[ui][main][leads]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    LeadsModule* leads = window.leadsModule();
    window.showModule(MainWindow::Module::Leads);
    QPushButton* create = leads->createLeadButton();
    CHECK(create->objectName() == QStringLiteral("createLeadButton"));
    CHECK(create->text().remove(QLatin1Char('&')) == QStringLiteral("Create Lead"));
    CHECK(create->isVisible());

    QTest::mouseClick(create, Qt::LeftButton);
    auto* wizard = leads->findChild<CreateLeadWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->windowTitle() == QStringLiteral("Create Lead"));
    wizard->reject();

    // Enter on a row opens that lead's details window.
    QTableView* table = leads->directory()->table();
    REQUIRE(waitUntilLoaded(table->model()));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString leadId = table->model()->index(0, 0).data().toString();
    QTest::keyClick(table, Qt::Key_Return);
    auto* details = leads->findChild<LeadDetailsWindow*>();
    REQUIRE(details);
    CHECK(details->windowTitle().contains(leadId));
    details->close();

    actAsWithKeyboard(window, id(DemoWorkspace::demoVendorId)); // vendors do not create leads
    CHECK_FALSE(create->isVisible());
    const auto contexts = Memberships::all(window.workspace()->database());
    REQUIRE(contexts);
    for (const ActingContext& context : contexts.value()) {
        if (context.userRole == UserRole::Viewer && !context.isVendorPortal()) {
            REQUIRE(window.setActing(context.userId, context.accountId));
            CHECK_FALSE(create->isVisible());
        }
    }
}

TEST_CASE("Create Partner is offered to distributor admins and Enter opens Partner Details",
          "[ui][main][partners]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    PartnersModule* partners = window.partnersModule();
    window.showModule(MainWindow::Module::Partners);
    QPushButton* create = partners->createPartnerButton();
    CHECK(create->text().remove(QLatin1Char('&')) == QStringLiteral("Create Partner"));
    CHECK(create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* wizard = partners->findChild<AddPartnerWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->windowTitle() == QStringLiteral("Add partner"));
    wizard->reject();

    DirectoryView* directory = partners->directory();
    REQUIRE(waitUntilLoaded(directory->table()->model()));
    REQUIRE(directory->selectId(id(DemoWorkspace::telefonicaId)));
    REQUIRE(QTest::qWaitFor([directory] {
        return directory->table()->currentIndex().data(DirectoryModel::IdRole).toString() ==
               id(DemoWorkspace::telefonicaId);
    }));
    QTest::keyClick(directory->table(), Qt::Key_Return);
    auto* details = partners->findChild<PartnerDetailsWindow*>();
    REQUIRE(details);
    CHECK(details->windowTitle().startsWith(QStringLiteral("Telefonica")));

    // A summary link to a contract selects it in the Contracts tab.
    const QString contractId = TestWorkspace::scalar(
        *window.workspace(),
        QStringLiteral("SELECT min(id) FROM contracts WHERE issuer_account_id = ?"),
        {id(DemoWorkspace::homeDistributorId)});
    partners->openObject(QStringLiteral("contract"), contractId);
    CHECK(partners->tabs()->currentIndex() == PartnersModule::ContractsTabIndex);
    const QModelIndex current = partners->contracts()->table()->currentIndex();
    CHECK(current.sibling(current.row(), 0).data().toString() == contractId);

    // Changing the acting account closes its windows and hides what it may not do.
    actAsWithKeyboard(window, id(DemoWorkspace::demoVendorId));
    CHECK(partners->findChild<PartnerDetailsWindow*>() == nullptr);
    CHECK_FALSE(create->isVisible());
    CHECK(window.findChild<QAction*>(QStringLiteral("acceptInvitationAction")));
}

TEST_CASE("The status bar shows the shown directory's count", "[ui][main]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    auto* count = window.findChild<QLabel*>(QStringLiteral("countStatusLabel"));
    REQUIRE(count);
    window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    window.showModule(MainWindow::Module::Leads);
    CHECK(rows(window, "leadDirectoryTable") == 12);
    CHECK(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Leads: 12 rows"); }));
    window.showModule(MainWindow::Module::Partners);
    CHECK(rows(window, "partnerDirectoryTable") == 6);
    CHECK(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Partners: 6 rows"); }));
    QTest::keyClicks(window.partnersModule()->directory()->searchEdit(), QStringLiteral("ingram"));
    CHECK(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Partners: 1 matching"); }));
}

TEST_CASE("The status bar count follows the tab that is shown", "[ui][main]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    auto* count = window.findChild<QLabel*>(QStringLiteral("countStatusLabel"));
    REQUIRE(count);
    window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    window.showModule(MainWindow::Module::Partners);
    PartnersModule* partners = window.partnersModule();
    CHECK(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Partners: 6 rows"); }));

    partners->tabs()->setCurrentIndex(PartnersModule::ContractsTabIndex);
    DirectoryView* contracts = partners->contracts();
    REQUIRE(waitUntilLoaded(contracts->table()->model()));
    const QString contractRows = contracts->countText();
    CHECK(contractRows != QStringLiteral("6 rows"));
    CHECK(QTest::qWaitFor(
        [&] { return count->text() == QStringLiteral("Contracts: ") + contractRows; }));

    // A search on the shown tab changes the count; one on a hidden tab does not.
    QTest::keyClicks(contracts->searchEdit(), QStringLiteral("no such contract"));
    CHECK(QTest::qWaitFor([&] {
        return count->text() == QStringLiteral("Contracts: ") + contracts->countText() &&
               contracts->countText() != contractRows;
    }));
    QTest::keyClicks(partners->directory()->searchEdit(), QStringLiteral("ingram"));
    QTest::qWait(50);
    CHECK(count->text() == QStringLiteral("Contracts: ") + contracts->countText());

    partners->tabs()->setCurrentIndex(PartnersModule::DirectoryTab);
    CHECK(QTest::qWaitFor([&] { return count->text() == QStringLiteral("Partners: 1 matching"); }));

    window.setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    window.showModule(MainWindow::Module::Leads);
    window.leadsModule()->tabs()->setCurrentIndex(1);
    DirectoryView* forms = window.leadsModule()->forms();
    REQUIRE(waitUntilLoaded(forms->table()->model()));
    CHECK(QTest::qWaitFor(
        [&] { return count->text() == QStringLiteral("Forms: ") + forms->countText(); }));
}

TEST_CASE("A write waiting for another program says so in the status bar, then goes on",
          "[ui][main][transactions]")
{
    OpenWindow fixture;
    MainWindow& window = *fixture.window;
    auto other = Workspace::open(fixture.path);
    REQUIRE(other);
    QSqlQuery holder(other.value()->database());
    REQUIRE(holder.exec(QStringLiteral("BEGIN IMMEDIATE"))); // as a long import holds it
    QString shown;
    // Runs while the write waits, since the window keeps handling events meanwhile.
    QTimer::singleShot(0, &window, [&] {
        shown = window.statusBar()->currentMessage();
        CHECK(holder.exec(QStringLiteral("ROLLBACK")));
    });
    Transaction transaction(window.workspace()->database());
    CHECK(transaction.isOpen());
    CHECK(shown.startsWith(QStringLiteral("Waiting for the workspace")));
    CHECK(window.statusBar()->currentMessage().isEmpty());
}
