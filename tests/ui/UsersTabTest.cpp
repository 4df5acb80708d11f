#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "admin/AdministrationDialog.h"
#include "admin/MemberDialog.h"
#include "admin/UsersTab.h"
#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "main/ActingAsSwitcher.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

struct UsersFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    QString role(const QString& userId) const
    {
        return TestWorkspace::scalar(*workspace,
                                     QStringLiteral("SELECT coalesce((SELECT role FROM memberships "
                                                    "WHERE user_id = ? AND account_id = ?), '-')"),
                                     {userId, admin.accountId});
    }
    QString userWithEmail(const QString& email) const
    {
        return TestWorkspace::scalar(*workspace,
                                     QStringLiteral("SELECT coalesce((SELECT id FROM users WHERE "
                                                    "email = ?), '')"),
                                     {email});
    }
};

QStringList names(const UsersTab& tab)
{
    QStringList list;
    const QAbstractItemModel* model = tab.view()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data().toString();
    return list;
}

} // namespace

TEST_CASE("A CRM admin adds a user, changes its role and removes it in Users and roles",
          "[ui][users]")
{
    UsersFixture f;
    UsersTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    QSignalSpy changed(&tab, &UsersTab::membershipsChanged);
    CHECK(names(tab).contains(QStringLiteral("Michael Goldmill")));
    CHECK_FALSE(tab.readOnlyNote()->isVisible());
    CHECK(tab.addButton()->isVisible());
    CHECK_FALSE(tab.changeRoleButton()->isEnabled());

    QTest::mouseClick(tab.addButton(), Qt::LeftButton);
    auto* adding = child<MemberDialog>(tab, "memberDialog");
    QPointer<MemberDialog> dialog = adding;
    auto* ok = adding->buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(adding->nameEdit(), QStringLiteral("Rocky Balboa"));
    QTest::keyClicks(adding->emailEdit(), QStringLiteral("not-an-address"));
    adding->roleCombo()->setCurrentIndex(
        adding->roleCombo()->findData(QStringLiteral("crm_manager")));
    QTest::mouseClick(ok, Qt::LeftButton);
    // Refused with the reason; what was typed stays.
    REQUIRE(dialog);
    CHECK(adding->problemLabel()->isVisible());
    CHECK(adding->problemLabel()->text() == QStringLiteral("This is not a valid e-mail address."));
    CHECK(adding->nameEdit()->text() == QStringLiteral("Rocky Balboa"));
    adding->emailEdit()->clear();
    QTest::keyClicks(adding->emailEdit(), QStringLiteral("michael.goldmill@mightymicks.example"));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(dialog);
    CHECK(adding->problemLabel()->text().contains(QStringLiteral("add the existing user")));
    adding->emailEdit()->clear();
    QTest::keyClicks(adding->emailEdit(), QStringLiteral("rocky@mightymicks.example"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::qWait(0);
    CHECK_FALSE(dialog);
    const QString rocky = f.userWithEmail(QStringLiteral("rocky@mightymicks.example"));
    REQUIRE_FALSE(rocky.isEmpty());
    CHECK(f.role(rocky) == QStringLiteral("crm_manager"));
    CHECK(changed.count() == 1);
    CHECK(names(tab).contains(QStringLiteral("Rocky Balboa")));
    CHECK(tab.currentUserId() == rocky);

    // Change role: Enter on the row opens the dialog.
    tab.view()->table()->setFocus();
    QTest::keyClick(tab.view()->table(), Qt::Key_Return);
    auto* changing = child<MemberDialog>(tab, "memberDialog");
    CHECK_FALSE(changing->nameEdit()->isVisible());
    CHECK(changing->roleCombo()->currentData().toString() == QStringLiteral("crm_manager"));
    changing->roleCombo()->setCurrentIndex(
        changing->roleCombo()->findData(QStringLiteral("viewer")));
    QTest::mouseClick(changing->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(f.role(rocky) == QStringLiteral("viewer"));
    CHECK(changed.count() == 2);

    // Remove, after the confirmation.
    REQUIRE(tab.currentUserId() == rocky);
    whenModal([](QWidget* box) {
        if (auto* message = qobject_cast<QMessageBox*>(box))
            message->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(tab.removeButton(), Qt::LeftButton);
    CHECK(f.role(rocky) == QStringLiteral("-"));
    CHECK_FALSE(names(tab).contains(QStringLiteral("Rocky Balboa")));
    CHECK(changed.count() == 3);
}

TEST_CASE("Removing the last CRM admin is refused with the reason", "[ui][users]")
{
    UsersFixture f;
    UsersTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    REQUIRE(tab.view()->selectId(f.admin.userId));
    QString shown;
    whenModal([&shown](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        REQUIRE(message);
        message->button(QMessageBox::Yes)->click();
        whenModal([&shown](QWidget* refusal) {
            auto* warning = qobject_cast<QMessageBox*>(refusal);
            REQUIRE(warning);
            shown = warning->text();
            warning->accept();
        });
    });
    QTest::mouseClick(tab.removeButton(), Qt::LeftButton);
    CHECK(shown.contains(QStringLiteral("last CRM admin")));
    CHECK(f.role(f.admin.userId) == QStringLiteral("crm_admin"));
}

TEST_CASE("Users and roles is read-only for everyone but the CRM admin", "[ui][users][permissions]")
{
    UsersFixture f;
    for (const char* role : {"crm_sales", "viewer"}) {
        INFO(role);
        const ActingContext other =
            TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, id(role));
        UsersTab tab;
        REQUIRE(tab.load(f.workspace, other));
        tab.show();
        CHECK(tab.readOnlyNote()->isVisible());
        for (QPushButton* button :
             {tab.addButton(), tab.addExistingButton(), tab.changeRoleButton(), tab.removeButton()})
            CHECK_FALSE(button->isVisible());
        CHECK(tab.view()->table()->model()->rowCount() > 1);
        CHECK(tab.openDialog(MemberDialog::Mode::NewUser) == nullptr);
    }
}

TEST_CASE("Adding an existing user by e-mail works with the keyboard alone",
          "[ui][users][keyboard]")
{
    UsersFixture f;
    {
        MemberDialog dialog(MemberDialog::Mode::ExistingUser, f.workspace, f.admin);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        CHECK_FALSE(dialog.nameEdit()->isVisible());
        // The e-mail field has the focus first; Tab goes on to the role; Enter adds.
        CHECK(dialog.emailEdit()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(),
                         QStringLiteral("ivan.drago@ingrammicro.example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(dialog.roleCombo()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End); // Viewer
        CHECK(dialog.roleCombo()->currentData().toString() == QStringLiteral("viewer"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
    const QString drago = f.userWithEmail(QStringLiteral("ivan.drago@ingrammicro.example"));
    CHECK(f.role(drago) == QStringLiteral("viewer"));
    {
        // Twice: the reason shows, the dialog stays; Esc closes it without a change.
        MemberDialog dialog(MemberDialog::Mode::ExistingUser, f.workspace, f.admin);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(QApplication::focusWidget(),
                         QStringLiteral("ivan.drago@ingrammicro.example"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(dialog.problemLabel()->text().contains(QStringLiteral("already a user")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(f.role(drago) == QStringLiteral("viewer"));
}

TEST_CASE("Workspace → Users and roles… adds a membership the Acting as box lists at once",
          "[ui][users][main]")
{
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.show();
    const int before = window.actingSwitcher()->combo()->count();
    auto* action = window.findChild<QAction*>(QStringLiteral("usersAndRolesAction"));
    REQUIRE(action);
    action->trigger();
    QPointer<AdministrationDialog> dialog =
        window.findChild<AdministrationDialog*>(QStringLiteral("usersAndRolesDialog"));
    REQUIRE(dialog);
    auto* tab = child<UsersTab>(*dialog, "usersTab");
    MemberDialog* member = tab->openDialog(MemberDialog::Mode::NewUser);
    REQUIRE(member);
    QTest::keyClicks(member->nameEdit(), QStringLiteral("Adrian Pennino"));
    QTest::keyClicks(member->emailEdit(), QStringLiteral("adrian@mightymicks.example"));
    member->accept();
    CHECK(window.actingSwitcher()->combo()->count() == before + 1);
    CHECK(window.acting().userId == id(DemoWorkspace::homeUserId));

    // The admin demotes itself after making the new user admin: the window follows the new role.
    const QString adrian = tab->currentUserId();
    REQUIRE_FALSE(adrian.isEmpty());
    member = tab->openDialog(MemberDialog::Mode::ChangeRole);
    REQUIRE(member);
    member->roleCombo()->setCurrentIndex(
        member->roleCombo()->findData(QStringLiteral("crm_admin")));
    member->accept();
    REQUIRE(tab->view()->selectId(id(DemoWorkspace::homeUserId)));
    member = tab->openDialog(MemberDialog::Mode::ChangeRole);
    REQUIRE(member);
    member->roleCombo()->setCurrentIndex(
        member->roleCombo()->findData(QStringLiteral("crm_manager")));
    member->accept();
    CHECK(window.acting().userRole == UserRole::CrmManager);
    CHECK(tab->readOnlyNote()->isVisible());
    CHECK_FALSE(tab->addButton()->isVisible());
    dialog->reject();
}

TEST_CASE("Screenshots of Users and roles", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    UsersFixture f;
    AdministrationDialog dialog(QStringLiteral("Users and roles \u2014 Mighty Mick's LLC"),
                                QStringLiteral("usersAndRolesDialog"));
    auto* tab = new UsersTab(&dialog);
    dialog.addTab(tab, QStringLiteral("&Users"),
                  [tab](const WorkspaceHandle& workspace, const ActingContext& acting) {
                      return tab->load(workspace, acting);
                  });
    REQUIRE(dialog.load(f.workspace, f.admin));
    dialog.show();
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("users-and-roles.png"))));
    MemberDialog* member = tab->openDialog(MemberDialog::Mode::NewUser);
    QTest::keyClicks(member->nameEdit(), QStringLiteral("Rocky Balboa"));
    QTest::keyClicks(member->emailEdit(), QStringLiteral("michael.goldmill@mightymicks.example"));
    member->accept();
    QTest::qWait(50);
    CHECK(member->grab().save(QDir(out).filePath(QStringLiteral("users-add-user-refused.png"))));
    member->reject();
    const ActingContext viewer =
        TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, QStringLiteral("viewer"));
    REQUIRE(dialog.load(f.workspace, viewer));
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(out).filePath(QStringLiteral("users-and-roles-viewer.png"))));
}
