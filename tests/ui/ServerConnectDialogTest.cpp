// File → Connect to team server…: the dialog's fields, labels, validation and keys, and what the
// main window does when the server cannot be reached (no PostgreSQL needed for these).
#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "main/MainWindow.h"
#include "main/ServerConnectDialog.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

namespace {

QPushButton* connectButton(const ServerConnectDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("serverConnectButton"));
}

void fill(ServerConnectDialog& dialog, const QString& host, int port, const QString& database,
          const QString& login, const QString& password)
{
    for (QLineEdit* edit :
         {dialog.hostEdit(), dialog.databaseEdit(), dialog.loginEdit(), dialog.passwordEdit()})
        edit->clear();
    QTest::keyClicks(dialog.hostEdit(), host);
    dialog.portSpin()->setValue(port);
    QTest::keyClicks(dialog.databaseEdit(), database);
    QTest::keyClicks(dialog.loginEdit(), login);
    QTest::keyClicks(dialog.passwordEdit(), password);
}

/// A local port nothing listens on: connecting is refused at once.
constexpr int closedPort = 1;

} // namespace

TEST_CASE("Every field of the Connect to team server dialog has a visible label bound to it and "
          "an accessible name",
          "[ui][server]")
{
    ServerConnectDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<QWidget*> fields{dialog.recentCombo(),  dialog.hostEdit(),  dialog.portSpin(),
                                 dialog.databaseEdit(), dialog.loginEdit(), dialog.passwordEdit()};
    const auto labels = dialog.findChildren<QLabel*>();
    for (QWidget* field : fields) {
        INFO(field->objectName().toStdString());
        CHECK_FALSE(field->objectName().isEmpty());
        const auto bound = std::find_if(labels.cbegin(), labels.cend(),
                                        [field](QLabel* label) { return label->buddy() == field; });
        REQUIRE(bound != labels.cend());
        CHECK((*bound)->isVisible());
        CHECK((*bound)->text().contains(QLatin1Char('&')));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(field);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
    }
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK(dialog.rememberCheck()->isVisible());
    CHECK(dialog.rememberCheck()->text().contains(QStringLiteral("keychain")));
    dialog.setRememberPassword(false);
    CHECK_FALSE(dialog.rememberPassword());
    dialog.rememberCheck()->click();
    CHECK(dialog.rememberPassword());
}

TEST_CASE("The Connect to team server dialog refuses what cannot be connected to and connects "
          "on Enter",
          "[ui][server]")
{
    ServerConnectDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(connectButton(dialog)->isEnabled());

    fill(dialog, QStringLiteral("db.example.com"), 5433, QStringLiteral("team"),
         QStringLiteral("michael.goldmill@mightymicks.example"), QStringLiteral("s3cret:@/"));
    CHECK(connectButton(dialog)->isEnabled());
    const ServerAddress address = dialog.address();
    CHECK(address.host == QStringLiteral("db.example.com"));
    CHECK(address.port == 5433);
    CHECK(address.database == QStringLiteral("team"));
    CHECK(address.login == QStringLiteral("michael.goldmill@mightymicks.example"));
    CHECK(address.password == QStringLiteral("s3cret:@/"));
    // The URL round-trips, and what people see of it has no password.
    auto parsed = ServerAddress::parse(address.url());
    REQUIRE(parsed);
    CHECK(parsed->password == address.password);
    CHECK(parsed->login == address.login);
    CHECK_FALSE(address.displayUrl().contains(QStringLiteral("s3cret")));

    QTest::keyClicks(dialog.hostEdit(), QStringLiteral(" x/y"));
    CHECK_FALSE(connectButton(dialog)->isEnabled());
    auto* hostReason = dialog.findChild<QLabel*>(QStringLiteral("serverHostEditReason"));
    REQUIRE(hostReason);
    CHECK(hostReason->isVisible());
    CHECK_FALSE(hostReason->text().isEmpty());
    CHECK_FALSE(dialog.hostEdit()->accessibleDescription().isEmpty());
    dialog.hostEdit()->setText(QStringLiteral("db.example.com"));
    CHECK(connectButton(dialog)->isEnabled());
    dialog.databaseEdit()->clear();
    CHECK_FALSE(connectButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("team"));

    dialog.passwordEdit()->setFocus();
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("Esc closes the Connect to team server dialog without connecting", "[ui][server]")
{
    ServerConnectDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.com"));
    QTest::keyClick(dialog.hostEdit(), Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("A team server that is down is named in the dialog, what was typed stays, and the open "
          "workspace stays open",
          "[ui][server]")
{
    QSettings().clear();
    qputenv("CHANNELDESK_NO_KEYCHAIN", "1");
    TestWorkspace dir;
    dir.createDemo();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    CHECK(window.findChild<QAction*>(QStringLiteral("connectServerAction")));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("reconnectAction"))->isEnabled());

    ServerConnectDialog dialog(&window);
    fill(dialog, QStringLiteral("127.0.0.1"), closedPort, QStringLiteral("team"),
         QStringLiteral("michael.goldmill@mightymicks.example"), QStringLiteral("typed"));
    auto failed = window.connectWith(dialog);
    REQUIRE_FALSE(failed);
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("serverConnectProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("127.0.0.1:1")));
    CHECK_FALSE(problem->text().contains(QStringLiteral("typed")));
    CHECK(dialog.address().password == QStringLiteral("typed"));
    CHECK(dialog.loginEdit()->text() == QStringLiteral("michael.goldmill@mightymicks.example"));
    REQUIRE(window.workspace());
    CHECK(window.workspace()->path() == QFileInfo(path).absoluteFilePath());
    // Nothing about a failed server is remembered.
    CHECK(MainWindow::recentServers().isEmpty());
    qunsetenv("CHANNELDESK_NO_KEYCHAIN");
}

TEST_CASE("Screenshots of the Connect to team server dialog", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    ServerConnectDialog dialog;
    dialog.setRecent({QStringLiteral(
        "postgresql://michael.goldmill%40mightymicks.example@db.example.com:5432/team")});
    dialog.show();
    fill(dialog, QStringLiteral("db.example.com"), 5432, QStringLiteral("team"),
         QStringLiteral("michael.goldmill@mightymicks.example"), QStringLiteral("secret"));
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(QDir(out).filePath(QStringLiteral("connect-team-server.png"))));
    dialog.showProblem(
        QStringLiteral("Could not connect to the team server at db.example.com:5432: "
                       "connection refused"));
    dialog.hostEdit()->setText(QStringLiteral("bad host/"));
    QTest::qWait(50);
    REQUIRE(
        dialog.grab().save(QDir(out).filePath(QStringLiteral("connect-team-server-problem.png"))));
}
