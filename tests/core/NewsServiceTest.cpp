#include "DemoPartners.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/NewsService.h"
#include "partners/PartnerDetails.h"

TEST_CASE("News: write and edit and delete on the own account - partners read newest first",
          "[partners][news]")
{
    DemoPartners f;
    auto older = NewsService::create(
        f.db, f.apexAdmin,
        {QStringLiteral("Backup 2.0"), QDate(2026, 3, 1), QStringLiteral("Faster restores.")});
    REQUIRE(older);
    CHECK(older->startsWith(QStringLiteral("NW-")));
    auto newer = NewsService::create(f.db, f.as(f.apexAdmin, UserRole::CrmMarketeer),
                                     {QStringLiteral("Mail 3.0"), QDate(2026, 11, 30), {}});
    INFO((newer ? QString() : newer.error().message).toStdString());
    REQUIRE(newer);
    auto profile = PartnerDetails::load(f.db, f.home, f.apex);
    REQUIRE(profile);
    REQUIRE(profile->news.size() >= 2);
    CHECK(profile->news.at(0).id == newer.value());
    CHECK(NewsService::dateOf(profile->news.at(0).publishedAt) == QDate(2026, 11, 30));

    REQUIRE(NewsService::update(
        f.db, f.apexAdmin, older.value(),
        {QStringLiteral("Backup 2.1"), QDate(2026, 12, 1), QStringLiteral("Even faster.")}));
    auto own = NewsService::ownNews(f.db, f.apexAdmin);
    REQUIRE(own);
    CHECK(own->first().id == older.value());
    CHECK(own->first().title == QStringLiteral("Backup 2.1"));

    REQUIRE(NewsService::remove(f.db, f.apexAdmin, newer.value()));
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM news WHERE id = ?"),
                               {newer.value()}) == 0);
    auto events = EventLog::forObject(f.db, older.value());
    REQUIRE(events);
    REQUIRE(events->size() == 2);
    CHECK(events->at(0).action == QStringLiteral("created"));
    CHECK(events->at(1).action == QStringLiteral("updated"));
    auto deleted = EventLog::forObject(f.db, newer.value());
    REQUIRE(deleted);
    CHECK(deleted->last().action == QStringLiteral("deleted"));
}

TEST_CASE("News: only the own account's publishing roles write and bad input is refused",
          "[partners][news]")
{
    DemoPartners f;
    auto article =
        NewsService::create(f.db, f.apexAdmin, {QStringLiteral("Hello"), QDate(2026, 1, 2), {}});
    REQUIRE(article);
    const QString before = TestWorkspace::dump(*f.workspace);
    const NewsDraft draft{QStringLiteral("Changed"), QDate(2026, 1, 3), {}};
    for (UserRole role : {UserRole::Viewer, UserRole::CrmSales}) {
        const ActingContext acting = f.as(f.apexAdmin, role);
        CHECK_FALSE(NewsService::canWrite(acting));
        CHECK(NewsService::create(f.db, acting, draft).error().code == ErrorCode::PermissionDenied);
        CHECK(NewsService::update(f.db, acting, article.value(), draft).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(NewsService::remove(f.db, acting, article.value()).error().code ==
              ErrorCode::PermissionDenied);
    }
    // Another account cannot touch Apex's article.
    CHECK(NewsService::update(f.db, f.home, article.value(), draft).error().code ==
          ErrorCode::NotFound);
    CHECK(NewsService::remove(f.db, f.home, article.value()).error().code == ErrorCode::NotFound);
    // Validation.
    const auto reasons = NewsService::validate(
        {QStringLiteral("  "), QDate(), QString(NewsService::maxBodyLength + 1, QLatin1Char('b'))});
    CHECK(reasons.contains(QStringLiteral("title")));
    CHECK(reasons.contains(QStringLiteral("date")));
    CHECK(reasons.contains(QStringLiteral("body")));
    CHECK(NewsService::validate({QStringLiteral("Tab\there"), QDate(2026, 1, 1), {}})
              .contains(QStringLiteral("title")));
    CHECK(NewsService::create(f.db, f.apexAdmin, {{}, QDate(2026, 1, 1), {}}).error().code ==
          ErrorCode::Invalid);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}
