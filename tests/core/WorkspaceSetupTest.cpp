#include "TestWorkspace.h"

#include "session/Memberships.h"
#include "storage/WorkspaceSetup.h"

#include <QFileInfo>

TEST_CASE("A new blank workspace needs a company, a name and a valid e-mail", "[setup][sqlite]")
{
    NewWorkspaceRequest request;
    auto reasons = WorkspaceSetup::validate(request);
    CHECK(reasons.size() == 3);
    request.accountName = QString(201, QLatin1Char('x'));
    request.userName = QStringLiteral("Ann");
    request.userEmail = QStringLiteral("ann@");
    reasons = WorkspaceSetup::validate(request);
    CHECK(reasons.value(WorkspaceSetup::Field::AccountName).contains(QStringLiteral("200")));
    CHECK_FALSE(reasons.contains(WorkspaceSetup::Field::UserName));
    CHECK(reasons.contains(WorkspaceSetup::Field::UserEmail));
}

TEST_CASE("A new blank workspace has its company and first user, who can act there",
          "[setup][sqlite]")
{
    TestWorkspace dir;
    NewWorkspaceRequest request{QStringLiteral(" Northwind Distribution "),
                                AccountRole::Distributor, QStringLiteral("Nancy Davolio"),
                                QStringLiteral("nancy@northwind.test")};
    auto created = WorkspaceSetup::createBlank(dir.path(), request);
    REQUIRE(created);
    CHECK(created->accountName == QStringLiteral("Northwind Distribution"));
    CHECK(created->accountId.startsWith(QStringLiteral("PA-")));
    CHECK(created->userRole == UserRole::CrmAdmin);

    auto opened = Workspace::open(dir.path());
    REQUIRE(opened);
    auto all = Memberships::all(opened.value()->database());
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first() == created.value());
    // The account, the user and the three default selling directions.
    CHECK(TestWorkspace::count(*opened.value(), QStringLiteral("SELECT count(*) FROM events")) ==
          5);

    SECTION("an existing file is never overwritten")
    {
        const QByteArray before = TestWorkspace::fileHash(dir.path());
        opened.value().reset();
        auto again = WorkspaceSetup::createBlank(dir.path(), request);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::AlreadyExists);
        CHECK(TestWorkspace::fileHash(dir.path()) == before);
    }
}

TEST_CASE("An invalid request creates no file", "[setup][sqlite]")
{
    TestWorkspace dir;
    auto created = WorkspaceSetup::createBlank(dir.path(), {});
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK_FALSE(QFileInfo::exists(dir.path()));
}
