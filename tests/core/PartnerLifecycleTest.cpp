#include "DemoPartners.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerLifecycle.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct LifecycleFixture : DemoPartners {
    QString status(const QString& partner) const
    {
        return scalar(QStringLiteral("SELECT status FROM partnerships WHERE owner_account_id = ? "
                                     "AND partner_account_id = ?"),
                      {mm, partner});
    }
};

} // namespace

TEST_CASE("Remove partner: pending contracts deleted and active ones terminated in one step",
          "[partners][lifecycle]")
{
    LifecycleFixture f;
    // Front Street: invited, its program contract pending with an invitation.
    auto plan = PartnerLifecycle::removalPlan(f.db, f.home, f.frontStreet);
    REQUIRE(plan);
    REQUIRE(plan->contracts.size() == 1);
    CHECK(plan->contracts.first().deleted());
    const QString pending = plan->contracts.first().contractId;
    auto removed = PartnerLifecycle::remove(f.db, f.home, f.frontStreet);
    REQUIRE(removed);
    CHECK(f.status(f.frontStreet) == QStringLiteral("removed"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE id = ?"), {pending}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM invitations WHERE contract_id = ?"),
                  {pending}) == 0);
    auto events = EventLog::forObject(f.db, pending);
    REQUIRE(events);
    CHECK(events->last().action == QStringLiteral("deleted"));

    // Apex: its program and distribution contracts are active, with listed listings.
    auto apexPlan = PartnerLifecycle::removalPlan(f.db, f.home, f.apex);
    REQUIRE(apexPlan);
    const int active = f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE "
                                              "issuer_account_id = ? AND partner_account_id = ? "
                                              "AND status = 'active'"),
                               {f.mm, f.apex});
    CHECK(active == 3);
    CHECK(apexPlan->contracts.size() == active);
    CHECK(apexPlan->listingsToUnlist > 0);
    REQUIRE(PartnerLifecycle::remove(f.db, f.home, f.apex));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE issuer_account_id = ? AND "
                                 "partner_account_id = ? AND status = 'terminated'"),
                  {f.mm, f.apex}) == active);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM listings l JOIN contracts c ON "
                                 "c.id = l.contract_id WHERE c.issuer_account_id = ? AND "
                                 "c.partner_account_id = ? AND l.status = 'listed'"),
                  {f.mm, f.apex}) == 0);
    // Ingram's own contracts with Apex stay as they were.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE partner_account_id = ? AND "
                                 "issuer_account_id <> ? AND status = 'active'"),
                  {f.apex, f.mm}) == 2);
    auto partnerEvents = EventLog::forObject(f.db, f.apex);
    REQUIRE(partnerEvents);
    CHECK(partnerEvents->last().action == QStringLiteral("removed"));
    CHECK(partnerEvents->last()
              .changes.value(QStringLiteral("terminated_contracts"))
              .toArray()
              .size() == active);

    // A removed partner stays visible, with its status.
    auto profile = PartnerDetails::load(f.db, f.home, f.apex);
    REQUIRE(profile);
    CHECK(profile->statusKey == QStringLiteral("removed"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM partner_links WHERE viewer_account_id = ? "
                                 "AND partner_account_id = ? AND status = 'removed'"),
                  {f.mm, f.apex}) == 1);

    // Twice is refused.
    auto again = PartnerLifecycle::remove(f.db, f.home, f.apex);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Invalid);
}

TEST_CASE("Restore partner: active again and its contracts stay ended", "[partners][lifecycle]")
{
    LifecycleFixture f;
    REQUIRE(PartnerLifecycle::remove(f.db, f.home, f.apex));
    auto notRemoved = PartnerLifecycle::restore(f.db, f.home, f.frontStreet);
    REQUIRE_FALSE(notRemoved);
    CHECK(notRemoved.error().code == ErrorCode::Invalid);
    REQUIRE(PartnerLifecycle::restore(f.db, f.home, f.apex));
    CHECK(f.status(f.apex) == QStringLiteral("active"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE issuer_account_id = ? AND "
                                 "partner_account_id = ? AND status = 'active'"),
                  {f.mm, f.apex}) == 0);
    auto events = EventLog::forObject(f.db, f.apex);
    REQUIRE(events);
    CHECK(events->last().action == QStringLiteral("restored"));
}

TEST_CASE("Remove and restore partner: only the owner's CRM admin or manager",
          "[partners][lifecycle]")
{
    LifecycleFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    for (UserRole role : {UserRole::Viewer, UserRole::CrmSales, UserRole::CrmMarketeer}) {
        auto removed = PartnerLifecycle::remove(f.db, f.as(f.home, role), f.apex);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::PermissionDenied);
        auto restored = PartnerLifecycle::restore(f.db, f.as(f.home, role), f.apex);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(PartnerLifecycle::removalPlan(f.db, f.as(f.home, role), f.apex));
    }
    // Apex (the partner) cannot remove its distributor: that is not its partnership.
    ActingContext apex =
        TestWorkspace::acting(*f.workspace, id(DemoWorkspace::demoVendorUserId), f.apex);
    auto reverse = PartnerLifecycle::remove(f.db, apex, f.mm);
    REQUIRE_FALSE(reverse);
    CHECK(reverse.error().code == ErrorCode::NotFound);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    CHECK(PartnerLifecycle::remove(f.db, f.as(f.home, UserRole::CrmManager), f.apex));
}

TEST_CASE("Remove partner: a failure part way changes nothing", "[partners][lifecycle]")
{
    LifecycleFixture f;
    // A trigger makes the last step (the partnership) fail after the contracts were changed.
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("test_refuse_removal"),
                              QStringLiteral("UPDATE OF status"), QStringLiteral("partnerships"),
                              QStringLiteral("NEW.status = 'removed'"),
                              QStringLiteral("test refuses"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto removed = PartnerLifecycle::remove(f.db, f.home, f.apex);
    REQUIRE_FALSE(removed);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Remove partner: the database keeps a removed partner without open contracts",
          "[partners][lifecycle]")
{
    LifecycleFixture f;
    QSqlQuery query(f.db);
    REQUIRE(query.prepare(QStringLiteral("UPDATE partnerships SET status = 'removed' "
                                         "WHERE owner_account_id = ? AND partner_account_id = ?")));
    query.addBindValue(f.mm);
    query.addBindValue(f.apex);
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().text().contains(QStringLiteral("open contracts")));
    REQUIRE(PartnerLifecycle::remove(f.db, f.home, f.apex));
    QSqlQuery reopen(f.db);
    REQUIRE(
        reopen.prepare(QStringLiteral("UPDATE contracts SET status = 'active' "
                                      "WHERE issuer_account_id = ? AND partner_account_id = ?")));
    reopen.addBindValue(f.mm);
    reopen.addBindValue(f.apex);
    CHECK_FALSE(reopen.exec());
}
