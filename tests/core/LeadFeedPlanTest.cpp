// The REST API's lead feed (GET /api/v1/leads) reads one index range per page, in order, for a
// vendor and for a distributor, with or without a status, a start and a cursor: the indexes of
// migration 17 on (account, updated_at, id). SQLite's own plan is checked; PostgreSQL has the
// same indexes.
#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "intake/LeadFeed.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

TEST_CASE("A page of the lead feed is one index range in order, never a sort of every lead",
          "[intake][feed][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext distributor = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    const ActingContext vendor = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    auto firstPage = LeadFeed::page(workspace->database(), distributor, {{}, {}, {}, 2});
    REQUIRE(firstPage);
    REQUIRE_FALSE(firstPage->nextCursor.isEmpty());
    const QList<LeadFeedQuery> queries{
        {},
        {QStringLiteral("new"), {}, {}, 100},
        {{}, 1'700'000'000'000, {}, 50},
        {QStringLiteral("qualified"), 1'700'000'000'000, firstPage->nextCursor, 500},
    };
    for (const ActingContext& acting : {distributor, vendor}) {
        const QString index = acting.isVendorPortal() ? QStringLiteral("leads_vendor_updated")
                                                      : QStringLiteral("leads_distributor_updated");
        for (const LeadFeedQuery& feed : queries) {
            auto statement = LeadFeed::pageStatement(acting, feed);
            REQUIRE(statement);
            QSqlQuery query(workspace->database());
            REQUIRE(SqlError::exec(query, QStringLiteral("EXPLAIN QUERY PLAN ") + statement->first,
                                   statement->second));
            QStringList lines;
            while (query.next())
                lines << query.value(3).toString();
            const QString plan = lines.join(QLatin1Char('\n'));
            INFO(statement->first.toStdString() << "\n" << plan.toStdString());
            CHECK(plan.contains(QStringLiteral("SEARCH l USING INDEX ") + index));
            CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")));
        }
    }
}
