#include "ForkedChild.h"
#include "TestWorkspace.h"

#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "demo/StagedWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <csignal>

namespace {

/// Every file in the test folder, by name.
QStringList filesIn(const TestWorkspace& dir)
{
    return QDir(QFileInfo(dir.path()).absolutePath())
        .entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("A demo killed part-way leaves nothing at its path, and a rerun writes it",
          "[demo][staging][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    // kill -9 in the middle of the generated leads: the small demo is complete by then.
    const ForkedChild::Exit killed = ForkedChild::run([&] {
        static_cast<void>(DemoVolume::create(path, 10'000, 10, [](qint64 done, qint64) {
            if (done == 10'000)
                ::raise(SIGKILL);
        }));
    });
    REQUIRE(killed.signalled);
    REQUIRE(killed.signal == SIGKILL);
    CHECK_FALSE(QFileInfo::exists(path));
    // What the killed run left: its temporary workspace and its lock, nothing by the final name.
    CHECK(QFileInfo::exists(StagedWorkspace::stagingPath(path)));
    CHECK(QFileInfo::exists(StagedWorkspace::lockPath(path)));

    auto rerun = DemoVolume::create(path, 30, 5);
    INFO((rerun ? QString() : rerun.error().message).toStdString());
    REQUIRE(rerun);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("demo.channeldesk")});
    auto opened = Workspace::open(path);
    REQUIRE(opened);
    CHECK(TestWorkspace::count(*opened.value(), QStringLiteral("SELECT count(*) FROM leads")) ==
          18 + 30);
}

TEST_CASE("A demo that fails part-way leaves no file", "[demo][staging][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    bool filled = false;
    auto failed = StagedWorkspace::create(path, [&](const QSqlDatabase& database) -> Result<void> {
        filled = bool(DemoWorkspace::fill(database));
        return Error{ErrorCode::Storage, QStringLiteral("disk full")};
    });
    CHECK(filled);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message == QStringLiteral("disk full"));
    CHECK(filesIn(dir).isEmpty());
    REQUIRE(DemoWorkspace::create(path));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("demo.channeldesk")});
}

TEST_CASE("A complete demo is closed and checkpointed before it gets its name",
          "[demo][staging][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    QStringList seenWhileWriting;
    REQUIRE(StagedWorkspace::create(path, [&](const QSqlDatabase& database) {
        seenWhileWriting = filesIn(dir);
        return DemoWorkspace::fill(database);
    }));
    // While it was written, only the temporary name and the lock existed.
    CHECK_FALSE(seenWhileWriting.contains(QStringLiteral("demo.channeldesk")));
    CHECK(seenWhileWriting.contains(QStringLiteral("demo.channeldesk.partial")));
    CHECK(seenWhileWriting.contains(QStringLiteral("demo.channeldesk.partial.lock")));
    // No -wal or -shm beside the result: everything is in the file itself.
    CHECK(filesIn(dir) == QStringList{QStringLiteral("demo.channeldesk")});
    auto opened = Workspace::open(path);
    REQUIRE(opened);
    CHECK(TestWorkspace::count(*opened.value(), QStringLiteral("SELECT count(*) FROM leads")) ==
          18);
}

TEST_CASE("A file at the temporary name that is not ours is refused and kept",
          "[demo][staging][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    const QString staging = StagedWorkspace::stagingPath(path);
    {
        QFile foreign(staging);
        REQUIRE(foreign.open(QIODevice::WriteOnly));
        foreign.write("someone's notes");
    }
    const QByteArray before = TestWorkspace::fileHash(staging);
    auto refused = DemoWorkspace::create(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(refused.error().message.contains(QStringLiteral("did not leave it there")));
    CHECK(TestWorkspace::fileHash(staging) == before);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("demo.channeldesk.partial")});
}

TEST_CASE("A demo being written by a live run is not touched by another", "[demo][staging][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    QLockFile otherRun(StagedWorkspace::lockPath(path));
    REQUIRE(otherRun.tryLock(0));
    {
        QFile staging(StagedWorkspace::stagingPath(path));
        REQUIRE(staging.open(QIODevice::WriteOnly));
        staging.write("being written");
    }
    const QByteArray before = TestWorkspace::fileHash(StagedWorkspace::stagingPath(path));
    auto refused = DemoWorkspace::create(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Locked);
    CHECK(TestWorkspace::fileHash(StagedWorkspace::stagingPath(path)) == before);
    CHECK_FALSE(QFileInfo::exists(path));
    otherRun.unlock();
    QFile::remove(StagedWorkspace::stagingPath(path));
    CHECK(DemoWorkspace::create(path));
}
