#include "TestWorkspace.h"

#include "app/StartupWorkspace.h"

#include <QFile>
#include <QFileInfo>

TEST_CASE("Start-up opens the given, else the last, else the default workspace",
          "[startup][sqlite]")
{
    TestWorkspace dir;
    const QString defaultPath = dir.path(QStringLiteral("data/sub/workspace.channeldesk"));
    const QString lastPath = dir.path(QStringLiteral("last.channeldesk"));

    SECTION("an explicit path wins and is not created")
    {
        const QString explicitPath = dir.path(QStringLiteral("explicit.channeldesk"));
        auto chosen = StartupWorkspace::choose(explicitPath, lastPath, defaultPath);
        REQUIRE(chosen);
        CHECK(chosen.value() == explicitPath);
        CHECK_FALSE(QFileInfo::exists(explicitPath));
        CHECK_FALSE(QFileInfo::exists(defaultPath));
    }
    SECTION("the last workspace when it still exists")
    {
        dir.createEmpty(QStringLiteral("last.channeldesk"));
        auto chosen = StartupWorkspace::choose({}, lastPath, defaultPath);
        REQUIRE(chosen);
        CHECK(chosen.value() == lastPath);
        CHECK_FALSE(QFileInfo::exists(defaultPath));
    }
    SECTION("the last team server, which is not a file (its password is not part of it)")
    {
        const QString server = QStringLiteral(
            "postgresql://michael.goldmill%40mightymicks.example@db.example:5432/team");
        auto chosen = StartupWorkspace::choose({}, server, defaultPath);
        REQUIRE(chosen);
        CHECK(chosen.value() == server);
        CHECK_FALSE(QFileInfo::exists(defaultPath));
    }
    SECTION("else the default workspace, created with the demo data on first start")
    {
        auto chosen = StartupWorkspace::choose({}, lastPath, defaultPath);
        REQUIRE(chosen);
        CHECK(chosen.value() == defaultPath);
        auto opened = Workspace::open(defaultPath);
        REQUIRE(opened);
        CHECK(TestWorkspace::count(*opened.value(), QStringLiteral("SELECT count(*) FROM leads")) >
              0);
        // A second start reuses it.
        const QByteArray before = TestWorkspace::fileHash(defaultPath);
        opened.value().reset();
        REQUIRE(StartupWorkspace::choose({}, {}, defaultPath));
        CHECK(TestWorkspace::fileHash(defaultPath) == before);
    }
}

TEST_CASE("A command that only reads opens a read-only workspace read-only",
          "[startup][readonly][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo().reset();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    {
        auto writable = StartupWorkspace::openForReading(path);
        REQUIRE(writable);
        CHECK_FALSE(writable.value()->isReadOnly());
    }
    // Permission bits, so that this holds when the tests run as root too.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto readOnly = StartupWorkspace::openForReading(path);
    auto forWork = Workspace::open(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    INFO((readOnly ? QString() : readOnly.error().message).toStdString());
    REQUIRE(readOnly);
    CHECK(readOnly.value()->isReadOnly());
    CHECK(TestWorkspace::count(*readOnly.value(), QStringLiteral("SELECT count(*) FROM leads")) >
          0);
    REQUIRE_FALSE(forWork);
    CHECK(forWork.error().code == ErrorCode::ReadOnly);
}
