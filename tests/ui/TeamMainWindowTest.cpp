// The main window connected to a team server with a user's own login: where it is connected,
// whom it may act as, and a screenshot. Runs through scripts/with-postgres
// (CHANNELDESK_TEST_POSTGRES_URL); without it the case only warns.
#include "TeamDatabase.h"
#include "TestWorkspace.h"

#include "app/StartupWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "main/MainWindow.h"
#include "server/TeamServerSetup.h"
#include "session/Memberships.h"
#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

TEST_CASE("The main window on a team server says where it is connected and acts only as the "
          "login's own memberships",
          "[ui][main][postgres][rls]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN("CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres "
             "build/tests/ui_tests \"[postgres]\"");
        return;
    }
    qputenv("CHANNELDESK_NO_KEYCHAIN", "1");
    QSettings().clear();
    TeamDatabase team;
    team.init(true);
    const QString apollo = QStringLiteral("apollo.creed@tomorrowcorp.example"); // two accounts
    auto admin = team.open();
    const int apollosMemberships = TestWorkspace::count(
        *admin,
        QStringLiteral("SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                       "WHERE lower(u.email) = lower(?)"),
        {apollo});
    REQUIRE(apollosMemberships > 0);
    const int allMemberships =
        TestWorkspace::count(*admin, QStringLiteral("SELECT count(*) FROM memberships"));
    REQUIRE(allMemberships > apollosMemberships);

    const QString url = team.urlAs(apollo, TeamServerSetup::defaultDemoPassword());
    MainWindow window;
    auto connected = window.connectToServer(url);
    INFO((connected ? QString() : connected.error().message).toStdString());
    REQUIRE(connected);
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Without a keychain the status bar says so, over the acting label, not on top of it.
    CHECK_FALSE(window.statusBar()->currentMessage().isEmpty());
    auto* actingLabel = window.findChild<QLabel*>(QStringLiteral("actingStatusLabel"));
    REQUIRE(actingLabel);
    CHECK_FALSE(actingLabel->isVisible());

    auto* where = window.findChild<QLabel*>(QStringLiteral("workspaceStatusLabel"));
    REQUIRE(where);
    CHECK(where->text().startsWith(QStringLiteral("Team server: ")));
    CHECK(where->text().contains(QStringLiteral("127.0.0.1")));
    CHECK_FALSE(where->text().contains(TeamServerSetup::defaultDemoPassword()));
    CHECK_FALSE(where->toolTip().contains(TeamServerSetup::defaultDemoPassword()));
    CHECK(where->toolTip().contains(apollo));

    auto* acting = window.findChild<QComboBox*>(QStringLiteral("actingAsCombo"));
    REQUIRE(acting);
    CHECK(acting->count() == apollosMemberships);
    for (int i = 0; i < acting->count(); ++i) {
        INFO(acting->itemText(i).toStdString());
        CHECK(acting->itemText(i).startsWith(QStringLiteral("Apollo Creed")));
    }
    CHECK(window.acting().userName == QStringLiteral("Apollo Creed"));
    CHECK_FALSE(window.reconnectButton()->isVisible());
    // The next start opens this server again; the password is never in the settings.
    const QString last = QSettings().value(MainWindow::lastWorkspaceKey()).toString();
    CHECK(ServerAddress::isServerUrl(last));
    CHECK(last.contains(QStringLiteral("apollo.creed")));
    CHECK_FALSE(last.contains(TeamServerSetup::defaultDemoPassword()));
    CHECK(StartupWorkspace::choose({}, last, QStringLiteral("/nonexistent/default.channeldesk"))
              .value() == last);
    // Acting as another company's user is refused.
    CHECK_FALSE(
        window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId)));

    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS");
    if (!out.isEmpty()) {
        window.showModule(MainWindow::Module::Leads);
        QTest::qWait(300);
        CHECK(
            window.grab().save(QDir(out).filePath(QStringLiteral("team-server-main-window.png"))));
    }

    // The server ends the idle session: the window says so within seconds and offers Reconnect.
    ServerAdmin().exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE usename = '%1'")
                           .arg(apollo));
    REQUIRE(QTest::qWaitFor([&] { return window.reconnectButton()->isVisible(); }, 10000));
    auto* state = window.findChild<QLabel*>(QStringLiteral("workspaceStateLabel"));
    REQUIRE(state);
    CHECK(state->text().contains(QStringLiteral("lost")));
    // No earlier passing message squeezed beside it (the keychain's was still shown).
    CHECK(window.statusBar()->currentMessage().isEmpty());
    if (!out.isEmpty())
        CHECK(window.grab().save(
            QDir(out).filePath(QStringLiteral("team-server-connection-lost.png"))));
    QTest::mouseClick(window.reconnectButton(), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return !window.reconnectButton()->isVisible(); }, 10000));
    CHECK_FALSE(state->isVisible());
    qunsetenv("CHANNELDESK_NO_KEYCHAIN");
}
