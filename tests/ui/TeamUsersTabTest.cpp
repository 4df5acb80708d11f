// Users and roles on a team server: adding a user also creates their login. Runs through
// scripts/with-postgres (CHANNELDESK_TEST_POSTGRES_URL); without it the case only warns.
#include "TeamDatabase.h"
#include "TestWorkspace.h"

#include "admin/MemberDialog.h"
#include "admin/UsersTab.h"
#include "demo/DemoWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

TEST_CASE("On a team server, Add user asks for the login's password and creates the login",
          "[ui][users][postgres][rls]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN("CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres "
             "build/tests/ui_tests \"[rls]\"");
        return;
    }
    TeamDatabase team;
    team.init(true);
    const WorkspaceHandle admin = team.open();
    const WorkspaceHandle workspace =
        team.open(QStringLiteral("michael.goldmill@mightymicks.example"));
    const ActingContext acting = TestWorkspace::acting(*admin, id(DemoWorkspace::homeUserId),
                                                       id(DemoWorkspace::homeDistributorId));
    UsersTab tab;
    REQUIRE(tab.load(workspace, acting));
    tab.show();
    QTest::mouseClick(tab.addButton(), Qt::LeftButton);
    auto* dialog = tab.findChild<MemberDialog*>(QStringLiteral("memberDialog"));
    REQUIRE(dialog);
    QPointer<MemberDialog> open = dialog;
    auto* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    CHECK(dialog->passwordEdit()->isVisible());
    CHECK(dialog->passwordEdit()->echoMode() == QLineEdit::Password);
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("memberPasswordLabel"));
    REQUIRE(label);
    CHECK(label->buddy() == dialog->passwordEdit());

    const QString email = team.newEmail();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Rocky Balboa"));
    QTest::keyClicks(dialog->emailEdit(), email);
    CHECK_FALSE(ok->isEnabled()); // no password yet
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("rocky-pass"));
    REQUIRE(ok->isEnabled());
    if (const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS"); !out.isEmpty())
        CHECK(dialog->grab().save(QDir(out).filePath(QStringLiteral("team-server-add-user.png"))));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::qWait(0);
    INFO((open ? open->problemLabel()->text() : QString()).toStdString());
    CHECK_FALSE(open);
    CHECK_FALSE(tab.currentUserId().isEmpty());
    // The new user logs in with that password.
    auto login = Workspace::open(team.urlAs(email, QStringLiteral("rocky-pass")));
    INFO((login ? QString() : login.error().message).toStdString());
    CHECK(login);
}

TEST_CASE("On a file, Add user has no password field", "[ui][users]")
{
    TestWorkspace dir;
    const WorkspaceHandle workspace = dir.createDemo();
    if (workspace->engine() != SqlEngine::Sqlite)
        return; // the PostgreSQL run of the file tests: the case above covers servers
    UsersTab tab;
    REQUIRE(tab.load(workspace, TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                      id(DemoWorkspace::homeDistributorId))));
    tab.show();
    MemberDialog* dialog = tab.openDialog(MemberDialog::Mode::NewUser);
    REQUIRE(dialog);
    CHECK_FALSE(dialog->passwordEdit()->isVisible());
    dialog->reject();
}
