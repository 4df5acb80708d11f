#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"
#include "main/MainWindow.h"
#include "transfer/ImportDialog.h"
#include "transfer/ImportMappingView.h"
#include "transfer/ImportReportView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

namespace {

/// Runs act on the modal widget once it is shown (a dialog's exec() blocks the test).
void whenModal(std::function<void(QWidget*)> act, int attempts = 200)
{
    QTimer::singleShot(attempts == 200 ? 0 : 10, [act = std::move(act), attempts]() mutable {
        if (QWidget* modal = QApplication::activeModalWidget())
            act(modal);
        else if (attempts > 0)
            whenModal(std::move(act), attempts - 1);
    });
}

QString writeFile(const TestWorkspace& dir, const QByteArray& bytes)
{
    const QString path = dir.path(QStringLiteral("import.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// "Direction" names no field: it must be chosen by hand. Line 4 is refused (bad TIN).
const QByteArray leadsCsv =
    "Product,Marketplace,Lead name,Source,Company name,Company website,Company TIN,Direction,"
    "First name,Last name\r\n"
    "Apex Mail Security,Mighty Mick's US,Dialog lead 1,Call,Zenith,zenith.example,500100732259,SMB,"
    "Zoe,Quinn\r\n"
    "Apex Mail Security,Mighty Mick's US,Dialog lead 2,Email,Orbit,orbit.example,7736050003,"
    "Enterprise,Omar,Ortiz\r\n"
    "Apex Mail Security,Mighty Mick's US,Dialog lead 3,Email,Bad TIN,bad.example,1234567895,SMB,"
    "Bo,Bad\r\n";

struct DialogFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    int leads() const
    {
        return TestWorkspace::count(*workspace, QStringLiteral("SELECT count(*) FROM leads"));
    }
};

} // namespace

TEST_CASE("The import dialog maps columns then imports and reports", "[ui][import]")
{
    DialogFixture f;
    const int before = f.leads();
    ImportDialog dialog(TransferKind::Leads, f.workspace, f.home);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    REQUIRE(importButton);
    CHECK_FALSE(importButton->isEnabled()); // no file yet

    REQUIRE(dialog.setFile(writeFile(f.dir, leadsCsv)));
    auto* view = dialog.findChild<ImportMappingView*>();
    REQUIRE(view);
    REQUIRE(view->columnCount() == 10);
    CHECK(view->combo(0)->currentData().toString() == QStringLiteral("product"));
    CHECK(view->combo(2)->currentData().toString() == QStringLiteral("name"));
    CHECK(view->combo(3)->currentData().toString() == QStringLiteral("source"));
    CHECK(view->combo(7)->currentData().toString().isEmpty()); // "Direction": Skip
    CHECK(view->combo(0)->currentText() == QStringLiteral("Product *"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("mappingSamples0"))->text() ==
          QStringLiteral("Apex Mail Security \u00b7 Apex Mail Security \u00b7 Apex Mail Security"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importFileInfoLabel"))
              ->text()
              .contains(QStringLiteral("comma")));
    // Each combo is labelled by its column's header.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(view->combo(7));
    REQUIRE(accessible);
    const auto labels = accessible->relations(QAccessible::Label);
    REQUIRE(labels.size() == 1);
    CHECK(labels.first().first->text(QAccessible::Name) == QStringLiteral("Direction"));
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (!widget->isVisible() ||
            !(qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)))
            continue;
        QAccessibleInterface* input = QAccessible::queryAccessibleInterface(widget);
        INFO(widget->objectName().toStdString());
        CHECK(input->relations(QAccessible::Label).size() == 1);
    }
    CHECK_FALSE(importButton->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importProblemsLabel"))->text() ==
          QStringLiteral("Choose the column of Selling direction."));

    // Choose the field with the keyboard, as a user would.
    view->combo(7)->setFocus();
    QTest::keyClicks(view->combo(7), QStringLiteral("Sell"));
    CHECK(view->combo(7)->currentData().toString() == QStringLiteral("selling_direction"));
    REQUIRE(importButton->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importProblemsLabel"))->text().isEmpty());

    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(dialog.report());
    CHECK(dialog.importedCount() == 2);
    CHECK(f.leads() == before + 2);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().first().toLongLong() == 2);
    auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("importPages"));
    CHECK(pages->currentWidget() == dialog.findChild<ImportReportView*>());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text() ==
          QStringLiteral("2 imported, 1 skipped."));
    const QString details =
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("importDetailsText"))->toPlainText();
    CHECK(details.startsWith(QStringLiteral("Line 4: Company TIN: ")));
    CHECK_FALSE(importButton->isVisible());

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyReportButton")),
                      Qt::LeftButton);
    CHECK(
        QGuiApplication::clipboard()->text().startsWith(QStringLiteral("2 imported, 1 skipped.")));
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("Line 4: Company TIN")));
    const QString saved = f.dir.path(QStringLiteral("report.txt"));
    REQUIRE(dialog.findChild<ImportReportView*>()->saveTo(saved));
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Line 4: Company TIN")));

    auto* close = dialog.findChild<QPushButton*>(QStringLiteral("closeImportButton"));
    REQUIRE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("Cancel in the import progress keeps nothing of the open batch", "[ui][import]")
{
    DialogFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    QByteArray csv =
        "Product,Name,Source,Company name,Company website,Company TIN,Selling direction,"
        "First name,Last name\n";
    for (int i = 0; i < 600; ++i)
        csv += "Apex Mail Security,Lead " + QByteArray::number(i) +
               ",Call,Zenith,zenith.example,500100732259,SMB,Zoe,Quinn\n";
    ImportDialog dialog(TransferKind::Leads, f.workspace, f.home);
    dialog.show();
    REQUIRE(dialog.setFile(writeFile(f.dir, csv)));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    REQUIRE(importButton->isEnabled());
    bool cancelled = false;
    QTimer::singleShot(0, &dialog, [&dialog, &cancelled] {
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"));
        REQUIRE(progress);
        QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        cancelled = true;
    });
    QTest::mouseClick(importButton, Qt::LeftButton);
    CHECK(cancelled);
    REQUIRE(dialog.report());
    CHECK(dialog.report()->cancelled);
    CHECK(dialog.importedCount() == 0);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))
              ->text()
              .contains(QStringLiteral("Cancelled")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("The import dialog says when the acting user may not import", "[ui][import][permissions]")
{
    DialogFixture f;
    const QString salesId = TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral(
            "SELECT user_id FROM memberships WHERE account_id = ? AND role = 'crm_sales'"),
        {f.home.accountId});
    const ActingContext sales = TestWorkspace::acting(*f.workspace, salesId, f.home.accountId);
    ImportDialog dialog(TransferKind::Partners, f.workspace, sales);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importProblemsLabel"))
              ->text()
              .contains(QStringLiteral("may not add partners")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("importFileEdit"))->isEnabled());
}

TEST_CASE("A file that is not CSV is refused with its reason", "[ui][import]")
{
    DialogFixture f;
    ImportDialog dialog(TransferKind::Leads, f.workspace, f.home);
    CHECK_FALSE(dialog.setFile(writeFile(f.dir, "Name,\"never closed\n")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importProblemsLabel"))
              ->text()
              .contains(QStringLiteral("Line 1")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK_FALSE(dialog.setFile(f.dir.path(QStringLiteral("missing.csv"))));
}

TEST_CASE("File menu imports partners and the main window reloads", "[ui][import][main]")
{
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.show();
    auto* importLeads = window.findChild<QAction*>(QStringLiteral("importLeadsAction"));
    auto* importPartners = window.findChild<QAction*>(QStringLiteral("importPartnersAction"));
    REQUIRE(importLeads);
    REQUIRE(importPartners);
    CHECK(importLeads->isEnabled());
    CHECK(importPartners->isEnabled());
    CHECK(importLeads->text() == QStringLiteral("Import &leads\u2026"));

    const QString path = writeFile(dir, "Type,Partner name,Agreement\n"
                                        "Vendor,Menu Vendor,Mighty Mick's Vendor Program\n");
    bool ran = false;
    whenModal([&ran](QWidget* modal) {
        auto* dialog = qobject_cast<ImportDialog*>(modal);
        REQUIRE(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        CHECK(dialog->importedCount() == 1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeImportButton")),
                          Qt::LeftButton);
        ran = true;
    });
    window.importRecords(TransferKind::Partners, path);
    CHECK(ran);
    CHECK(window.currentModule() == MainWindow::Module::Partners);
    CHECK(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("1 imported, 0 skipped.")));
    CHECK(TestWorkspace::count(
              *window.workspace(),
              QStringLiteral("SELECT count(*) FROM accounts WHERE name = 'Menu Vendor'")) == 1);

    // A vendor may neither create leads nor add partners.
    REQUIRE(window.setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
    CHECK_FALSE(importLeads->isEnabled());
    CHECK_FALSE(importPartners->isEnabled());
}

TEST_CASE("Screenshots of the import dialog", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    DialogFixture f;
    ImportDialog dialog(TransferKind::Leads, f.workspace, f.home);
    dialog.show();
    REQUIRE(dialog.setFile(writeFile(f.dir, leadsCsv)));
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(out + QStringLiteral("/import-mapping.png")));
    auto* view = dialog.findChild<ImportMappingView*>();
    view->combo(7)->setCurrentIndex(view->combo(7)->findData(QStringLiteral("selling_direction")));
    dialog.startImport();
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(out + QStringLiteral("/import-report.png")));
}

TEST_CASE("The import dialog says which column is a duplicate of which", "[ui][import]")
{
    DialogFixture f;
    ImportDialog dialog(TransferKind::Leads, f.workspace, f.home);
    REQUIRE(dialog.setFile(writeFile(f.dir, "Product,Name,Lead name\nApex Mail Security,A,B\n")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("importFileInfoLabel"))
              ->text()
              .contains(QStringLiteral("Column 3 \u201cLead name\u201d is a duplicate: column 2 "
                                       "\u201cName\u201d is imported into Name already.")));
}
