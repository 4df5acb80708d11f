#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "admin/AdministrationDialog.h"
#include "admin/ReferenceListTab.h"
#include "admin/ReferenceNameDialog.h"
#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "main/MainWindow.h"
#include "reference/ReferenceListService.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

struct ListFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    QString entry(const char* table, const QString& name) const
    {
        return TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT coalesce((SELECT id || '|' || retired FROM %1 WHERE account_id = ? "
                "AND name = ?), '-')")
                .arg(QString::fromLatin1(table)),
            {admin.accountId, name});
    }
};

QStringList column(const ReferenceListTab& tab, int column)
{
    QStringList values;
    const QAbstractItemModel* model = tab.view()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("Selling directions are added, renamed, retired and deleted in their tab",
          "[ui][reference]")
{
    ListFixture f;
    ReferenceListTab tab(ReferenceKind::SellingDirections);
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    CHECK(tab.view()->table()->accessibleName() == QStringLiteral("Selling directions"));
    CHECK(column(tab, 0).size() == 3);

    ReferenceNameDialog* adding = tab.openAdd();
    REQUIRE(adding);
    QPointer<ReferenceNameDialog> dialog = adding;
    CHECK_FALSE(adding->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(adding->nameEdit(), QStringLiteral("smb"));
    QTest::mouseClick(adding->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(dialog);
    CHECK(adding->problemLabel()->text().contains(QStringLiteral("already")));
    adding->nameEdit()->clear();
    QTest::keyClicks(adding->nameEdit(), QStringLiteral("Education"));
    QTest::mouseClick(adding->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTest::qWait(0);
    CHECK_FALSE(dialog);
    const QString education =
        f.entry("selling_directions", QStringLiteral("Education")).section(QLatin1Char('|'), 0, 0);
    REQUIRE(education.startsWith(QStringLiteral("SD-")));
    CHECK(tab.currentId() == education);

    ReferenceNameDialog* renaming = tab.openRename();
    REQUIRE(renaming);
    dialog = renaming;
    CHECK(renaming->nameEdit()->text() == QStringLiteral("Education"));
    renaming->nameEdit()->selectAll();
    QTest::keyClicks(renaming->nameEdit(), QStringLiteral("Higher education"));
    QTest::keyClick(renaming->nameEdit(), Qt::Key_Return);
    QTest::qWait(0);
    CHECK_FALSE(dialog);
    CHECK(f.entry("selling_directions", QStringLiteral("Higher education")) ==
          education + QStringLiteral("|0"));

    // Retire, then un-retire: the button says which.
    CHECK(tab.retireButton()->text() == QStringLiteral("&Retire"));
    QTest::mouseClick(tab.retireButton(), Qt::LeftButton);
    CHECK(f.entry("selling_directions", QStringLiteral("Higher education")) ==
          education + QStringLiteral("|1"));
    CHECK(tab.retireButton()->text() == QStringLiteral("Un-&retire"));
    CHECK(column(tab, 1).contains(QStringLiteral("Retired")));
    QTest::mouseClick(tab.retireButton(), Qt::LeftButton);
    CHECK(f.entry("selling_directions", QStringLiteral("Higher education")) ==
          education + QStringLiteral("|0"));

    // Unused: deleted after the confirmation.
    whenModal([](QWidget* box) {
        if (auto* message = qobject_cast<QMessageBox*>(box))
            message->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(tab.deleteButton(), Qt::LeftButton);
    CHECK(f.entry("selling_directions", QStringLiteral("Higher education")) == QStringLiteral("-"));

    // In use (the demo's leads): refused with the reason, nothing asked.
    const QString smb =
        f.entry("selling_directions", QStringLiteral("SMB")).section(QLatin1Char('|'), 0, 0);
    REQUIRE(tab.view()->selectId(smb));
    QString shown;
    whenModal([&shown](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        REQUIRE(message);
        shown = message->text();
        message->accept();
    });
    QTest::mouseClick(tab.deleteButton(), Qt::LeftButton);
    CHECK(shown.contains(QStringLiteral("Retire it instead")));
    CHECK(f.entry("selling_directions", QStringLiteral("SMB")) == smb + QStringLiteral("|0"));
}

TEST_CASE("Reference lists are read-only for sales and viewers", "[ui][reference][permissions]")
{
    ListFixture f;
    for (const char* role : {"crm_sales", "viewer"}) {
        INFO(role);
        const ActingContext other =
            TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, id(role));
        ReferenceListTab tab(ReferenceKind::Campaigns);
        REQUIRE(tab.load(f.workspace, other));
        tab.show();
        for (QPushButton* button :
             {tab.addButton(), tab.renameButton(), tab.retireButton(), tab.deleteButton()})
            CHECK_FALSE(button->isVisible());
        CHECK(tab.openAdd() == nullptr);
        CHECK(column(tab, 0).size() == 3);
    }
}

TEST_CASE("A campaign is added with the keyboard alone and Esc cancels",
          "[ui][reference][keyboard]")
{
    ListFixture f;
    auto submit = [&f](const QString& name) -> Result<void> {
        auto added =
            ReferenceListService::add(f.workspace, f.admin, ReferenceKind::Campaigns, name);
        if (!added)
            return added.error();
        return {};
    };
    {
        ReferenceNameDialog dialog(QStringLiteral("Add campaign"), {}, submit);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        CHECK(dialog.nameEdit()->hasFocus());
        // A name in use: Enter shows the reason and keeps the dialog and the text.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("partner summit 2026"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("already")));
        CHECK(dialog.nameEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Black Friday 2026"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(f.entry("campaigns", QStringLiteral("Black Friday 2026")).endsWith(QStringLiteral("|0")));
    {
        ReferenceNameDialog dialog(QStringLiteral("Add campaign"), {}, submit);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Never saved"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(f.entry("campaigns", QStringLiteral("Never saved")) == QStringLiteral("-"));
}

TEST_CASE("Workspace → Reference lists… shows the three lists of the acting account",
          "[ui][reference][main]")
{
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("referenceListsAction"));
    REQUIRE(action);
    action->trigger();
    QPointer<AdministrationDialog> dialog =
        window.findChild<AdministrationDialog*>(QStringLiteral("referenceListsDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->tabs()->count() == 3);
    CHECK(dialog->tabs()->tabText(0) == QStringLiteral("Campaigns"));
    CHECK(dialog->tabs()->tabText(1) == QStringLiteral("Selling directions"));
    CHECK(dialog->tabs()->tabText(2) == QStringLiteral("Content distribution channels"));
    for (int i = 0; i < 3; ++i) {
        auto* tab = qobject_cast<ReferenceListTab*>(dialog->tabs()->widget(i));
        REQUIRE(tab);
        CHECK(tab->view()->table()->model()->rowCount() > 0);
    }
    dialog->reject();
}

TEST_CASE("Screenshots of the reference lists", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    ListFixture f;
    AdministrationDialog dialog(QStringLiteral("Reference lists \u2014 Mighty Mick's LLC"),
                                QStringLiteral("referenceListsDialog"));
    QList<ReferenceListTab*> tabs;
    for (ReferenceKind kind : allReferenceKinds) {
        auto* tab = new ReferenceListTab(kind, &dialog);
        tabs << tab;
        dialog.addTab(tab, ReferenceKindInfo::of(kind).titleText(),
                      [tab](const WorkspaceHandle& workspace, const ActingContext& acting) {
                          return tab->load(workspace, acting);
                      });
    }
    REQUIRE(dialog.load(f.workspace, f.admin));
    dialog.show();
    dialog.tabs()->setCurrentIndex(1);
    tabs.at(1)->view()->table()->selectRow(0);
    tabs.at(1)->toggleRetired();
    QTest::qWait(50);
    CHECK(
        dialog.grab().save(QDir(out).filePath(QStringLiteral("reference-selling-directions.png"))));
    ReferenceNameDialog* name = tabs.at(1)->openAdd();
    QTest::keyClicks(name->nameEdit(), QStringLiteral("SMB"));
    name->accept();
    QTest::qWait(50);
    CHECK(name->grab().save(QDir(out).filePath(QStringLiteral("reference-add-refused.png"))));
    name->reject();
}
