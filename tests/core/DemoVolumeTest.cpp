#include "TestWorkspace.h"

#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectory.h"
#include "partners/PartnerDirectory.h"

#include <QFileInfo>
#include <QSqlQuery>

TEST_CASE("A large demo has the asked-for leads and partners, consistent and visible",
          "[demo][volume][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("large.channeldesk"));
    qint64 lastDone = -1;
    auto created = DemoVolume::create(path, 3000, 400, [&](qint64 done, qint64 total) {
        CHECK(done > lastDone);
        CHECK(total == 3400);
        lastDone = done;
    });
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    CHECK(lastDone == 3400);
    auto opened = Workspace::open(path);
    REQUIRE(opened);
    const Workspace& workspace = *opened.value();
    CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM leads")) ==
          18 + 3000);
    CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM partnerships")) ==
          9 + 400);
    QSqlQuery check(workspace.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
    CHECK(TestWorkspace::count(workspace, QStringLiteral(R"(
        SELECT count(*) FROM leads l JOIN listings li ON li.id = l.listing_id
          JOIN products p ON p.id = l.product_id JOIN marketplaces m ON m.id = l.marketplace_id
         WHERE li.product_id <> l.product_id OR p.vendor_account_id <> l.vendor_account_id
            OR m.owner_account_id <> l.distributor_account_id)")) == 0);

    // Visibility still holds: each account sees exactly the leads it is vendor or distributor of.
    for (const char* account : {DemoWorkspace::homeDistributorId, DemoWorkspace::demoVendorId,
                                DemoWorkspace::ingramMicroId}) {
        auto rows = LeadDirectory::visibleTo(workspace.database(),
                                             TestWorkspace::actingIn(workspace, id(account)));
        REQUIRE(rows);
        CHECK(rows->size() ==
              TestWorkspace::count(
                  workspace,
                  QStringLiteral("SELECT count(*) FROM leads WHERE vendor_account_id = ? OR "
                                 "distributor_account_id = ?"),
                  {id(account), id(account)}));
    }
    auto partners = PartnerDirectory::of(
        workspace.database(),
        TestWorkspace::actingIn(workspace, id(DemoWorkspace::homeDistributorId)));
    REQUIRE(partners);
    CHECK(partners->size() == 6 + 400);
}

TEST_CASE("A large demo is the same every time and refuses bad counts", "[demo][volume][sqlite]")
{
    TestWorkspace dir;
    REQUIRE(DemoVolume::create(dir.path(QStringLiteral("a.channeldesk")), 200, 20));
    REQUIRE(DemoVolume::create(dir.path(QStringLiteral("b.channeldesk")), 200, 20));
    auto a = Workspace::open(dir.path(QStringLiteral("a.channeldesk")));
    auto b = Workspace::open(dir.path(QStringLiteral("b.channeldesk")));
    REQUIRE((a && b));
    CHECK(TestWorkspace::dump(*a.value()) == TestWorkspace::dump(*b.value()));

    auto refused = DemoVolume::create(dir.path(QStringLiteral("c.channeldesk")), -1, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("c.channeldesk"))));
}
