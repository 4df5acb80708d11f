#include "AccessibilityAudit.h"
#include "AccessibilityDemo.h"
#include "AccessibleTree.h"
#include "DirectoryWait.h"
#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/CheckableListAccessible.h"
#include "common/DirectoryView.h"
#include "common/LinkLabelAccessible.h"
#include "common/ObjectWindow.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDetailsWindow.h"
#include "leads/LeadFormEditorDialog.h"
#include "main/MainWindow.h"
#include "partners/ContractWindow.h"
#include "partners/OwnCompanyWindow.h"
#include "partners/PartnerDetailsWindow.h"

#include <QAccessibleActionInterface>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

namespace {

void showAndWait(QWidget* window)
{
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
}

QAccessibleInterface* accessible(QObject* object)
{
    QAccessibleInterface* node = QAccessible::queryAccessibleInterface(object);
    REQUIRE(node);
    return node;
}

} // namespace

TEST_CASE("Every module and tab of the main window passes the accessibility audit",
          "[ui][accessibility]")
{
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    AccessibilityAudit::Watch audit;
    showAndWait(&window);
    for (const MainWindow::Module module : {MainWindow::Module::Leads, MainWindow::Module::Partners,
                                            MainWindow::Module::Administration}) {
        window.showModule(module);
        const auto tabWidgets = window.findChildren<QTabWidget*>();
        for (QTabWidget* tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (!tabs->isTabVisible(tab))
                    continue;
                tabs->setCurrentIndex(tab);
                if (auto* view = qobject_cast<DirectoryView*>(tabs->currentWidget()))
                    CHECK(waitUntilLoaded(view->findChild<QAbstractItemView*>()->model()));
                INFO("tab " << tabs->tabText(tab).toStdString());
                CHECK(AccessibilityAudit::newProblems(&window) == QStringList());
            }
        }
    }
    CHECK(audit.audited().contains(window.objectName()));
}

TEST_CASE("Every details window passes the accessibility audit", "[ui][accessibility]")
{
    AccessibilityDemo f;
    AccessibilityAudit::Watch audit;
    for (const char* partner :
         {DemoWorkspace::ingramMicroId, DemoWorkspace::telefonicaId, DemoWorkspace::frontStreetId,
          DemoWorkspace::championsCorpId, DemoWorkspace::demoVendorId}) {
        PartnerDetailsWindow window(f.workspace, f.home, id(partner));
        showAndWait(&window);
        for (int tab = 0; window.tabs() && tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            INFO(partner << " tab " << tab);
            CHECK(AccessibilityAudit::newProblems(&window) == QStringList());
        }
    }
    const QString contractId =
        f.scalar(QStringLiteral("SELECT id FROM contracts ORDER BY id LIMIT 1"));
    ContractWindow contract(f.workspace, f.home, contractId);
    showAndWait(&contract);
    OwnCompanyWindow own(f.workspace, f.home);
    showAndWait(&own);
    const QString leadId = f.scalar(
        QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = ? ORDER BY id LIMIT 1"),
        {id(DemoWorkspace::homeDistributorId)});
    LeadDetailsWindow lead(f.workspace, f.home, leadId);
    showAndWait(&lead);
    for (const QString& type : {QStringLiteral("account"), QStringLiteral("product")}) {
        const QString objectId =
            f.scalar(type == QLatin1String("account")
                         ? QStringLiteral("SELECT vendor_account_id FROM leads WHERE id = ?")
                         : QStringLiteral("SELECT product_id FROM leads WHERE id = ?"),
                     {leadId});
        ObjectWindow object(f.workspace, f.home, type, objectId);
        showAndWait(&object);
    }
    CHECK(audit.audited().size() >= 9);
}

TEST_CASE("A screen reader reads the values of the Partner Details header, then what they are",
          "[ui][accessibility]")
{
    AccessibilityDemo f;
    PartnerDetailsWindow window(f.workspace, f.home, id(DemoWorkspace::telefonicaId));
    showAndWait(&window);
    const auto read = [&](const char* name) {
        auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(label);
        QAccessibleInterface* node = accessible(label);
        return std::pair{node->text(QAccessible::Name), node->text(QAccessible::Description)};
    };
    CHECK(read("partnerIdLabel") ==
          std::pair{QStringLiteral("VA-1234-1234"), QStringLiteral("Account ID")});
    CHECK(read("partnerRoleLabel") == std::pair{QStringLiteral("Vendor"), QStringLiteral("Type")});
    CHECK(read("partnerStatusLabel").first == QStringLiteral("Active"));
    CHECK(read("partnerStatusLabel").second == QStringLiteral("Status"));
}

TEST_CASE("A link label reads the text it shows", "[ui][accessibility]")
{
    QLabel label;
    ObjectWindow::setLink(&label, QStringLiteral("Apex & Co"), QStringLiteral("account:VA-1"));
    label.setAccessibleName(QStringLiteral("Apex & Co"));
    QAccessibleInterface* node = accessible(&label);
    CHECK(node->text(QAccessible::Name) == QStringLiteral("Apex & Co"));
    CHECK(AccessibilityAudit::problems(&label) == QStringList());
}

TEST_CASE("Each link of a label is a Link a screen reader can press", "[ui][accessibility]")
{
    QWidget window;
    auto* label = new QLabel(&window);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Its interface is made before it has links (as setAccessibleName() does while a screen
    // reader listens); Qt's would stay cached and hide the links.
    QAccessible::queryAccessibleInterface(label);
    label->setText(QStringLiteral("Same TIN: <a href=\"company:CMP-1\">Acme</a>, same e-mail: "
                                  "<b><a href=\"contact:CNT-2\">Ann <i>Smith</i></a></b>"));
    LinkLabelAccessible::enable(label);
    showAndWait(&window);

    QAccessibleInterface* node = accessible(label);
    CHECK(dynamic_cast<LinkLabelAccessible*>(node));
    CHECK(node->text(QAccessible::Name) ==
          QStringLiteral("Same TIN: Acme, same e-mail: Ann Smith"));
    REQUIRE(node->childCount() == 2);
    QAccessibleInterface* second = node->child(1);
    REQUIRE(second);
    CHECK(second->role() == QAccessible::Link);
    CHECK(second->text(QAccessible::Name) == QStringLiteral("Ann Smith"));
    CHECK(second->text(QAccessible::Value) == QStringLiteral("contact:CNT-2"));
    CHECK(second->parent() == node);
    CHECK(node->indexOfChild(second) == 1);
    CHECK(node->child(0)->text(QAccessible::Name) == QStringLiteral("Acme"));
    CHECK(AccessibilityAudit::problems(&window) == QStringList());

    QSignalSpy activated(label, &QLabel::linkActivated);
    QAccessibleActionInterface* action = second->actionInterface();
    REQUIRE(action);
    CHECK(action->actionNames() == QStringList{QAccessibleActionInterface::pressAction()});
    action->doAction(QAccessibleActionInterface::pressAction());
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().at(0).toString() == QStringLiteral("contact:CNT-2"));

    // A label made by the app's link helper gets it without asking.
    QLabel link;
    ObjectWindow::setLink(&link, QStringLiteral("Apex & Co"), QStringLiteral("account:VA-1"));
    REQUIRE(accessible(&link)->childCount() == 1);
    CHECK(accessible(&link)->child(0)->text(QAccessible::Name) == QStringLiteral("Apex & Co"));
}

TEST_CASE("The audit finds a link a screen reader cannot reach", "[ui][accessibility]")
{
    // Qt's own label interface, kept from before the label had a link.
    QWidget window;
    auto* label = new QLabel(&window);
    label->setAccessibleName(QStringLiteral("Partner"));
    QAccessibleInterface* plain = QAccessible::queryAccessibleInterface(label);
    REQUIRE(plain);
    REQUIRE_FALSE(dynamic_cast<LinkLabelAccessible*>(plain));
    label->setText(QStringLiteral("<a href=\"account:VA-1\">Partner</a>"));
    showAndWait(&window);
    const QStringList problems = AccessibilityAudit::problems(&window);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("1 link")));
}

TEST_CASE("Checkable lists report which rows are checked and which are unavailable",
          "[ui][accessibility]")
{
    QListWidget list;
    list.setAccessibleName(QStringLiteral("Marketplaces"));
    CheckableListAccessible::enable(&list);
    auto* ticked = new QListWidgetItem(QStringLiteral("EU"), &list);
    ticked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    ticked->setCheckState(Qt::Checked);
    auto* free = new QListWidgetItem(QStringLiteral("APAC"), &list);
    free->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    free->setCheckState(Qt::Unchecked);
    auto* taken = new QListWidgetItem(QStringLiteral("US (already has a contract)"), &list);
    taken->setFlags(Qt::ItemIsSelectable);
    taken->setCheckState(Qt::Unchecked);
    showAndWait(&list);

    QAccessibleInterface* node = accessible(&list);
    CHECK(node->role() == QAccessible::List);
    CHECK(dynamic_cast<CheckableListAccessible*>(node));
    CHECK(node->text(QAccessible::Name) == QStringLiteral("Marketplaces"));
    REQUIRE(node->childCount() == 3);
    QAccessibleInterface* eu = node->child(0);
    CHECK(eu->text(QAccessible::Name) == QStringLiteral("EU"));
    CHECK(eu->state().checkable);
    CHECK(eu->state().checked);
    CHECK_FALSE(eu->state().disabled);
    CHECK(node->indexOfChild(eu) == 0);
    QAccessibleInterface* apac = node->child(1);
    CHECK(apac->state().checkable);
    CHECK_FALSE(apac->state().checked);
    CHECK(node->child(2)->state().disabled);
    CHECK(node->child(2)->actionInterface()->actionNames().isEmpty());
    CHECK(AccessibilityAudit::problems(&list) == QStringList());

    // The toggle action ticks the row as Space does; the list hears of it.
    QSignalSpy changed(&list, &QListWidget::itemChanged);
    apac->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    CHECK(free->checkState() == Qt::Checked);
    CHECK(apac->state().checked);
    CHECK(changed.count() == 1);

    // A list without the interface hides the states: the audit says so.
    QListWidget plain;
    plain.setAccessibleName(QStringLiteral("Plain"));
    auto* item = new QListWidgetItem(QStringLiteral("Unavailable"), &plain);
    item->setFlags(Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    showAndWait(&plain);
    CHECK_FALSE(AccessibilityAudit::problems(&plain).isEmpty());
}

TEST_CASE("The lead form editor's lists report their ticked rows", "[ui][accessibility]")
{
    AccessibilityDemo f;
    LeadFormEditorDialog dialog(f.workspace, f.vendor);
    AccessibilityAudit::Watch audit;
    REQUIRE(dialog.load({}));
    showAndWait(&dialog);
    auto* defaults = dialog.findChild<QListWidget*>(QStringLiteral("formDefaultFieldsList"));
    REQUIRE(defaults);
    QAccessibleInterface* node = accessible(defaults);
    REQUIRE(node->childCount() == defaults->count());
    for (int row = 0; row < defaults->count(); ++row) {
        INFO(defaults->item(row)->text().toStdString());
        CHECK(node->child(row)->state().checked ==
              (defaults->item(row)->checkState() == Qt::Checked));
        CHECK(node->child(row)->state().disabled ==
              !defaults->item(row)->flags().testFlag(Qt::ItemIsEnabled));
    }
    CHECK(audit.audited().contains(dialog.objectName()));
}
