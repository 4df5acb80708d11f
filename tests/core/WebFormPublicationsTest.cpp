// Vendors' lead forms published on websites (issue 14, point 3): a distributor's crm_admin
// publishes an active form for a listing it applies to; the public route finds it. Engine-neutral
// cases also run on PostgreSQL (CHANNELDESK_TEST_ENGINE=postgres); the [postgres] case checks
// row-level security and the public look-up with real logins (scripts/with-postgres).
#include "TeamDatabase.h"
#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "intake/WebFormPublications.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {

const QString serviceUrl = QStringLiteral("https://leads.mightymicks.example");

struct WebFormsFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    QList<WebFormPublication> pairs(const ActingContext& acting) const
    {
        auto listed = WebFormPublications::list(db, acting);
        INFO((listed ? QString() : listed.error().message).toStdString());
        REQUIRE(listed);
        return listed.value();
    }
    /// Makes the admin (who publishes in these tests) a crm_manager, after making another user a
    /// crm_admin (the last one cannot be demoted); returns that other admin.
    ActingContext demotePublisher() const
    {
        QSqlQuery query(db);
        REQUIRE(SqlError::exec(query,
                               QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                              "VALUES (?, ?, 'crm_admin')"),
                               {id(DemoWorkspace::demoVendorUserId), admin.accountId}));
        REQUIRE(SqlError::exec(query,
                               QStringLiteral("UPDATE memberships SET role = 'crm_manager' WHERE "
                                              "user_id = ? AND account_id = ?"),
                               {admin.userId, admin.accountId}));
        return TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                     admin.accountId);
    }
    WebFormPublication publish(const WebFormPublication& pair,
                               const QStringList& origins = {}) const
    {
        auto published = WebFormPublications::publish(db, admin, pair.formId, pair.listingId,
                                                      serviceUrl, origins);
        INFO((published ? QString() : published.error().message).toStdString());
        REQUIRE(published);
        return published.value();
    }
};

} // namespace

TEST_CASE("Sites and the service address are read as origins and a base address",
          "[intake][web-forms]")
{
    auto origins = WebFormPublications::parseOrigins(
        QStringLiteral(" https://www.Example.com/ ,http://shop.example.com:8080\n"
                       "https://www.example.com:443  https://www.example.com"));
    REQUIRE(origins);
    CHECK(origins.value() == QStringList{QStringLiteral("https://www.example.com"),
                                         QStringLiteral("http://shop.example.com:8080")});
    CHECK(WebFormPublications::parseOrigins(QString())->isEmpty());
    for (const QString& bad :
         {QStringLiteral("www.example.com"), QStringLiteral("ftp://example.com"),
          QStringLiteral("https://example.com/page"), QStringLiteral("https://example.com?x=1"),
          QStringLiteral("https://user@example.com"), QStringLiteral("javascript:alert(1)"),
          QStringLiteral("https://")}) {
        INFO(bad.toStdString());
        auto parsed = WebFormPublications::parseOrigins(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::Invalid);
        CHECK(parsed.error().message.contains(bad));
    }
    QStringList many;
    for (int i = 0; i <= WebFormPublications::maxOrigins; ++i)
        many << QStringLiteral("https://site%1.example").arg(i);
    CHECK_FALSE(WebFormPublications::parseOrigins(many.join(QLatin1Char(' '))));

    CHECK(WebFormPublications::parseServiceUrl(QStringLiteral(" https://leads.example.com/ "))
              .value() == QStringLiteral("https://leads.example.com"));
    CHECK(WebFormPublications::parseServiceUrl(QStringLiteral("http://127.0.0.1:8080")).value() ==
          QStringLiteral("http://127.0.0.1:8080"));
    CHECK(WebFormPublications::parseServiceUrl(QStringLiteral("https://example.com/cd/")).value() ==
          QStringLiteral("https://example.com/cd"));
    for (const QString& bad :
         {QString(), QStringLiteral("leads.example.com"),
          QStringLiteral("https://example.com/?a=1"), QStringLiteral("https://example.com/#top"),
          QStringLiteral("file:///etc/passwd"),
          QStringLiteral("https://") + QString(300, QLatin1Char('a'))}) {
        INFO(bad.toStdString());
        CHECK_FALSE(WebFormPublications::parseServiceUrl(bad));
    }
}

TEST_CASE("A distributor's CRM admin lists the forms it may publish and publishes one",
          "[intake][web-forms]")
{
    WebFormsFixture f;
    const QList<WebFormPublication> pairs = f.pairs(f.admin);
    REQUIRE_FALSE(pairs.isEmpty());
    // Every pair: an active form applying to a listed listing on one of our marketplaces.
    for (const WebFormPublication& pair : pairs) {
        CHECK_FALSE(pair.isPublished());
        CHECK(f.count(QStringLiteral(
                          "SELECT count(*) FROM listings l JOIN marketplaces m ON m.id = "
                          "l.marketplace_id JOIN lead_form_listings fl ON fl.listing_id = l.id "
                          "JOIN lead_forms lf ON lf.id = fl.form_id WHERE l.id = ? AND "
                          "lf.id = ? AND lf.status = 'active' AND l.status = 'listed' AND "
                          "m.owner_account_id = ?"),
                      {pair.listingId, pair.formId, f.admin.accountId}) == 1);
        CHECK_FALSE(pair.productName.isEmpty());
        CHECK_FALSE(pair.vendorName.isEmpty());
    }
    CHECK(
        f.count(
            QStringLiteral(
                "SELECT count(*) FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                "JOIN lead_form_listings fl ON fl.listing_id = l.id JOIN lead_forms lf ON lf.id = "
                "fl.form_id WHERE lf.status = 'active' AND l.status = 'listed' AND "
                "m.owner_account_id = ?"),
            {f.admin.accountId}) == pairs.size());

    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
    const WebFormPublication published =
        f.publish(pairs.first(), {QStringLiteral("https://www.mightymicks.example/")});
    CHECK(IdFormat::of(IdKind::WebForm).matches(published.id));
    CHECK(published.formId == pairs.first().formId);
    CHECK(published.listingId == pairs.first().listingId);
    CHECK(published.accountId == f.admin.accountId);
    CHECK(published.serviceUrl == serviceUrl);
    CHECK(published.allowedOrigins ==
          QStringList{QStringLiteral("https://www.mightymicks.example")});
    CHECK(published.publishedBy == f.admin.userId);
    CHECK(published.publishedByName == f.admin.userName);
    CHECK(published.publishedAt > 0);
    CHECK(published.address() == serviceUrl + QStringLiteral("/forms/") + published.formId +
                                     QStringLiteral("?listing=") + published.listingId);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events WHERE object_id = ? AND action = "
                                 "'published' AND object_type = 'web_form'"),
                  {published.id}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events + 1);
    CHECK(f.pairs(f.admin).first().id == published.id);

    // Published once at a time.
    auto again = WebFormPublications::publish(f.db, f.admin, published.formId, published.listingId,
                                              serviceUrl, {});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(again.error().message.contains(published.id));

    // The snippet: an iframe of the address with a title, and a link to the same page.
    const QString snippet = WebFormPublications::embedSnippet(published);
    CHECK(snippet.contains(QStringLiteral("<iframe src=\"") + published.address().toHtmlEscaped()));
    CHECK(snippet.contains(QStringLiteral("title=\"")));
    CHECK(snippet.contains(QStringLiteral("<a href=\"") + published.address().toHtmlEscaped()));
    CHECK_FALSE(snippet.contains(QStringLiteral("<script")));
}

TEST_CASE("The public route finds a live form as its publisher, and nothing else",
          "[intake][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication pair = f.pairs(f.admin).first();
    auto missing = WebFormPublications::find(f.db, pair.formId, pair.listingId);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    const WebFormPublication published = f.publish(pair);
    auto found = WebFormPublications::find(f.db, pair.formId, pair.listingId);
    INFO((found ? QString() : found.error().message).toStdString());
    REQUIRE(found);
    CHECK(found->publication.id == published.id);
    CHECK(found->publication.productName == pair.productName);
    CHECK(found->publication.vendorName == pair.vendorName);
    CHECK(found->acting == f.admin);
    CHECK_FALSE(found->sellingDirections.empty());
    CHECK(found->sellingDirections.size() ==
          f.count(QStringLiteral("SELECT count(*) FROM selling_directions WHERE account_id = ? "
                                 "AND retired = 0"),
                  {f.admin.accountId}));
    for (const QString& other : {QStringLiteral("LST-000-000-000"), QString(500, QLatin1Char('x'))})
        CHECK(WebFormPublications::find(f.db, pair.formId, other).error().code ==
              ErrorCode::NotFound);

    SECTION("an inactive form is not served")
    {
        QSqlQuery query(f.db);
        REQUIRE(SqlError::exec(
            query, QStringLiteral("UPDATE lead_forms SET status = 'inactive' WHERE id = ?"),
            {pair.formId}));
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId).error().code ==
              ErrorCode::NotFound);
    }
    SECTION("a publisher who lost the role no longer makes leads")
    {
        f.demotePublisher();
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId).error().code ==
              ErrorCode::NotFound);
    }
    SECTION("changed, then unpublished at once")
    {
        auto changed = WebFormPublications::change(
            f.db, f.admin, published.id, QStringLiteral("http://127.0.0.1:8080/"),
            {QStringLiteral("https://a.example"), QStringLiteral("https://b.example")});
        REQUIRE(changed);
        CHECK(changed->serviceUrl == QStringLiteral("http://127.0.0.1:8080"));
        CHECK(changed->allowedOrigins.size() == 2);
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId)
                  ->publication.allowedOrigins == changed->allowedOrigins);
        // A bad site changes nothing.
        auto refused = WebFormPublications::change(f.db, f.admin, published.id, serviceUrl,
                                                   {QStringLiteral("not a site")});
        REQUIRE_FALSE(refused);
        CHECK(
            WebFormPublications::find(f.db, pair.formId, pair.listingId)->publication.serviceUrl ==
            QStringLiteral("http://127.0.0.1:8080"));

        REQUIRE(WebFormPublications::unpublish(f.db, f.admin, published.id));
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId).error().code ==
              ErrorCode::NotFound);
        CHECK(WebFormPublications::unpublish(f.db, f.admin, published.id).error().code ==
              ErrorCode::NotFound);
        CHECK(
            WebFormPublications::change(f.db, f.admin, published.id, serviceUrl, {}).error().code ==
            ErrorCode::NotFound);
        CHECK_FALSE(f.pairs(f.admin).first().isPublished());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM events WHERE object_id = ?"),
                      {published.id}) == 3);
        // Published again: a new publication.
        const WebFormPublication republished = f.publish(pair);
        CHECK(republished.id != published.id);
    }
}

TEST_CASE("A publication that is not served for now is listed as paused, with why, until it is "
          "unpublished",
          "[intake][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication pair = f.pairs(f.admin).first();
    const WebFormPublication published = f.publish(pair);
    CHECK(published.isLive());
    CHECK(WebFormPublications::pauseReason(WebFormPause::None).isEmpty());
    QSqlQuery query(f.db);
    auto listed = [&f, &published]() -> std::optional<WebFormPublication> {
        const QList<WebFormPublication> pairs = f.pairs(f.admin);
        const auto found = std::find_if(pairs.cbegin(), pairs.cend(),
                                        [&](const auto& p) { return p.id == published.id; });
        if (found == pairs.cend())
            return std::nullopt;
        CHECK(std::count_if(pairs.cbegin(), pairs.cend(), [&](const auto& p) {
                  return p.formId == published.formId && p.listingId == published.listingId;
              }) == 1);
        return *found;
    };
    auto expectPaused = [&](WebFormPause pause) {
        const auto row = listed();
        REQUIRE(row);
        CHECK(row->pause == pause);
        CHECK(row->isPublished());
        CHECK_FALSE(row->isLive());
        CHECK(row->formId == pair.formId);
        CHECK(row->listingId == pair.listingId);
        CHECK(row->productName == pair.productName);
        CHECK(row->serviceUrl == serviceUrl);
        CHECK_FALSE(WebFormPublications::pauseReason(pause).isEmpty());
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId).error().code ==
              ErrorCode::NotFound);
    };

    SECTION("the vendor deactivates the form, then activates it again: served again")
    {
        REQUIRE(SqlError::exec(
            query, QStringLiteral("UPDATE lead_forms SET status = 'inactive' WHERE id = ?"),
            {pair.formId}));
        expectPaused(WebFormPause::FormInactive);
        REQUIRE(SqlError::exec(
            query, QStringLiteral("UPDATE lead_forms SET status = 'active' WHERE id = ?"),
            {pair.formId}));
        CHECK(listed()->isLive());
        CHECK(WebFormPublications::find(f.db, pair.formId, pair.listingId));
    }
    SECTION("the listing is unlisted; unpublished, it leaves the list")
    {
        REQUIRE(SqlError::exec(
            query, QStringLiteral("UPDATE listings SET status = 'unlisted' WHERE id = ?"),
            {pair.listingId}));
        expectPaused(WebFormPause::ListingUnlisted);
        REQUIRE(WebFormPublications::unpublish(f.db, f.admin, published.id));
        CHECK_FALSE(listed());
    }
    SECTION("the vendor no longer offers the form for the listing")
    {
        REQUIRE(SqlError::exec(query,
                               QStringLiteral("DELETE FROM lead_form_listings WHERE form_id = ? "
                                              "AND listing_id = ?"),
                               {pair.formId, pair.listingId}));
        expectPaused(WebFormPause::FormNotApplied);
    }
    SECTION("its publisher is no longer a CRM admin")
    {
        f.admin = f.demotePublisher();
        expectPaused(WebFormPause::PublisherNotAdmin);
    }
}

TEST_CASE("Only a distributor's CRM admin publishes, and the database keeps the rules",
          "[intake][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication pair = f.pairs(f.admin).first();
    const ActingContext vendor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    CHECK_FALSE(WebFormPublications::mayPublish(vendor));
    CHECK(WebFormPublications::list(f.db, vendor).error().code == ErrorCode::PermissionDenied);
    CHECK(WebFormPublications::publish(f.db, vendor, pair.formId, pair.listingId, serviceUrl, {})
              .error()
              .code == ErrorCode::PermissionDenied);
    const ActingContext sales =
        TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, QStringLiteral("crm_sales"));
    CHECK_FALSE(WebFormPublications::mayPublish(sales));
    CHECK(WebFormPublications::publish(f.db, sales, pair.formId, pair.listingId, serviceUrl, {})
              .error()
              .code == ErrorCode::PermissionDenied);
    // A listing of another distributor's marketplace is not ours to publish.
    const QString foreignListing = TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral("SELECT min(l.id) FROM listings l JOIN marketplaces m ON m.id = "
                       "l.marketplace_id WHERE m.owner_account_id <> ?"),
        {f.admin.accountId});
    if (!foreignListing.isEmpty())
        CHECK(
            WebFormPublications::publish(f.db, f.admin, pair.formId, foreignListing, serviceUrl, {})
                .error()
                .code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM web_forms")) == 0);

    // Raw SQL meets the triggers: a publisher who is no crm_admin, a listing of another account,
    // a second live publication of the pair, a changed form of a publication.
    auto rawInsert = [&f](const QString& id, const QString& listing, const QString& by) {
        QSqlQuery query(f.db);
        return SqlError::exec(
            query,
            QStringLiteral(
                "INSERT INTO web_forms(id, form_id, listing_id, account_id, service_url, "
                "published_at, published_by, changed_at) VALUES (?, ?, ?, ?, ?, 1, ?, 1)"),
            {id, f.pairs(f.admin).first().formId, listing, f.admin.accountId, serviceUrl, by});
    };
    CHECK_FALSE(rawInsert(QStringLiteral("WEB-1"), pair.listingId, sales.userId));
    if (!foreignListing.isEmpty())
        CHECK_FALSE(rawInsert(QStringLiteral("WEB-2"), foreignListing, f.admin.userId));
    REQUIRE(rawInsert(QStringLiteral("WEB-3"), pair.listingId, f.admin.userId));
    CHECK_FALSE(rawInsert(QStringLiteral("WEB-4"), pair.listingId, f.admin.userId));
    QSqlQuery query(f.db);
    CHECK_FALSE(SqlError::exec(query,
                               QStringLiteral("UPDATE web_forms SET published_by = ? WHERE id = "
                                              "'WEB-3'"),
                               {vendor.userId}));
    CHECK_FALSE(SqlError::exec(query,
                               QStringLiteral("UPDATE web_forms SET unpublished_at = 2, "
                                              "unpublished_by = ? WHERE id = 'WEB-3'"),
                               {sales.userId}));
    REQUIRE(SqlError::exec(query,
                           QStringLiteral("UPDATE web_forms SET unpublished_at = 2, "
                                          "unpublished_by = ? WHERE id = 'WEB-3'"),
                           {f.admin.userId}));
    CHECK_FALSE(SqlError::exec(query,
                               QStringLiteral("UPDATE web_forms SET service_url = "
                                              "'https://other.example' WHERE id = 'WEB-3'"),
                               {}));
}

TEST_CASE("On a team server the distributor's admins publish, and any login finds a live form",
          "[postgres][rls][web-forms]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN("CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres "
             "build/tests/core_tests \"[web-forms]\"");
        return;
    }
    TeamDatabase team;
    team.init(true);
    auto admin = team.open();
    const QString home = id(DemoWorkspace::homeDistributorId);
    auto michael = team.open(QStringLiteral("michael.goldmill@mightymicks.example"));
    const ActingContext michaelActing =
        TestWorkspace::acting(*michael, id(DemoWorkspace::homeUserId), home);
    auto pairs = WebFormPublications::list(michael->database(), michaelActing);
    INFO((pairs ? QString() : pairs.error().message).toStdString());
    REQUIRE(pairs);
    REQUIRE_FALSE(pairs->isEmpty());
    const WebFormPublication pair = pairs->first();
    auto published = WebFormPublications::publish(michael->database(), michaelActing, pair.formId,
                                                  pair.listingId, serviceUrl, {});
    INFO((published ? QString() : published.error().message).toStdString());
    REQUIRE(published);

    // The vendor's admin sees no publication of ours and cannot change it, even in raw SQL, and
    // cannot read the view the public look-up reads.
    auto sarah = team.open(QStringLiteral("sarah.chen@apexcloud.example"));
    CHECK(TestWorkspace::count(*sarah, QStringLiteral("SELECT count(*) FROM web_forms")) == 0);
    QSqlQuery raw(sarah->database());
    REQUIRE(raw.exec(QStringLiteral("UPDATE web_forms SET service_url = 'https://evil.example' "
                                    "WHERE id = '%1'")
                         .arg(published->id)));
    CHECK(raw.numRowsAffected() == 0);
    CHECK_FALSE(raw.exec(QStringLiteral("SELECT count(*) FROM published_web_forms")));
    raw.finish();
    // Any login finds the live form (the definer function), as its publisher.
    auto found = WebFormPublications::find(sarah->database(), pair.formId, pair.listingId);
    INFO((found ? QString() : found.error().message).toStdString());
    REQUIRE(found);
    CHECK(found->publication.id == published->id);
    CHECK(found->acting.userId == michaelActing.userId);
    CHECK(found->publication.serviceUrl == serviceUrl);

    // Unpublished by our admin: no login finds it.
    REQUIRE(WebFormPublications::unpublish(michael->database(), michaelActing, published->id));
    CHECK(WebFormPublications::find(sarah->database(), pair.formId, pair.listingId).error().code ==
          ErrorCode::NotFound);
}
