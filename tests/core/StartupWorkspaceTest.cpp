#include "TestWorkspace.h"

#include "app/StartupWorkspace.h"

#include <QFileInfo>

TEST_CASE("Start-up opens the given, else the last, else the default workspace", "[startup]")
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
    SECTION("else the default workspace, created with the demo data on first start")
    {
        auto chosen = StartupWorkspace::choose({}, lastPath, defaultPath);
        REQUIRE(chosen);
        CHECK(chosen.value() == defaultPath);
        auto opened = Workspace::open(defaultPath);
        REQUIRE(opened);
        CHECK(TestWorkspace::count(*opened.value(), QStringLiteral("SELECT count(*) FROM leads")) > 0);
        // A second start reuses it.
        const QByteArray before = TestWorkspace::fileHash(defaultPath);
        opened.value().reset();
        REQUIRE(StartupWorkspace::choose({}, {}, defaultPath));
        CHECK(TestWorkspace::fileHash(defaultPath) == before);
    }
}
