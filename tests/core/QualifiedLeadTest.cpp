#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadService.h"
#include "storage/Migrations.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

/// DemoWorkspace::fill on a workspace older than schema 14: today's demo writes per-account
/// reference lists, so the three tables are given today's shape for the fill, then put back in
/// their old shape (global names, the home distributor's entries, every lead pointing at them).
void fillDemoBeforeSchema14(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    auto run = [&query](const QString& sql) {
        INFO(sql.toStdString());
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    };
    const QStringList oldSchema = Migrations::statements(2);
    const QStringList tables = {QStringLiteral("campaigns"), QStringLiteral("selling_directions"),
                                QStringLiteral("content_channels")};
    const QStringList columns = {QStringLiteral("campaign_id"),
                                 QStringLiteral("selling_direction_id"),
                                 QStringLiteral("channel_id")};
    run(QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const QString& table : tables) {
        run(QStringLiteral("DROP TABLE %1").arg(table));
        run(QStringLiteral("CREATE TABLE %1(id TEXT PRIMARY KEY, name TEXT, account_id TEXT, "
                           "retired INTEGER NOT NULL DEFAULT 0)")
                .arg(table));
    }
    REQUIRE(DemoWorkspace::fill(database));
    for (int i = 0; i < tables.size(); ++i) {
        const QString& table = tables.at(i);
        run(QStringLiteral("CREATE TEMP TABLE kept AS SELECT id, name, account_id FROM %1")
                .arg(table));
        run(QStringLiteral("UPDATE leads SET %1 = (SELECT h.id FROM kept k JOIN kept h "
                           "ON h.name = k.name AND h.account_id = '%2' WHERE k.id = leads.%1) "
                           "WHERE %1 IS NOT NULL")
                .arg(columns.at(i), id(DemoWorkspace::homeDistributorId)));
        run(QStringLiteral("DROP TABLE %1").arg(table));
        const auto created =
            std::find_if(oldSchema.cbegin(), oldSchema.cend(), [&](const QString& sql) {
                return sql.startsWith(QStringLiteral("CREATE TABLE %1(").arg(table));
            });
        REQUIRE(created != oldSchema.cend());
        run(*created);
        run(QStringLiteral(
                "INSERT INTO %1(id, name) SELECT id, name FROM kept WHERE account_id = '%2'")
                .arg(table, id(DemoWorkspace::homeDistributorId)));
        run(QStringLiteral("DROP TABLE kept"));
    }
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    run(QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE_FALSE(query.next());
}

const QString qualifiedWithoutOpportunity =
    QStringLiteral("SELECT count(*) FROM leads l WHERE l.status = 'qualified' "
                   "AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.lead_id = l.id)");

/// Opportunities whose company, contact, product or marketplace is not their lead's.
const QString opportunitiesUnlikeTheirLead =
    QStringLiteral("SELECT count(*) FROM opportunities o JOIN leads l ON l.id = o.lead_id "
                   "WHERE o.company_id <> l.company_id OR o.contact_id <> l.contact_id "
                   "OR o.product_id <> l.product_id OR o.marketplace_id <> l.marketplace_id");

const QString unissuedOpportunities = QStringLiteral(
    "SELECT count(*) FROM opportunities WHERE id NOT IN (SELECT id FROM issued_ids)");

QSet<QString> column(const Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(sql));
    QSet<QString> values;
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

/// Runs sql and returns the database's error text (empty when it succeeded).
QString refusal(const Workspace& workspace, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace

TEST_CASE("The database refuses a qualified lead without its opportunity", "[leads][invariants]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    REQUIRE(TestWorkspace::count(*workspace, qualifiedWithoutOpportunity) == 0);
    const QString newLead = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT min(id) FROM leads WHERE status = 'new' AND vendor_account_id = ?"),
        {id(DemoWorkspace::demoVendorId)});
    const QString qualifiedLead = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT min(id) FROM leads WHERE status = 'qualified'"));
    REQUIRE_FALSE(newLead.isEmpty());
    REQUIRE_FALSE(qualifiedLead.isEmpty());

    SECTION("a lead cannot become qualified by a plain update")
    {
        CHECK(refusal(*workspace,
                      QStringLiteral("UPDATE leads SET status = 'qualified' WHERE id = ?"),
                      {newLead})
                  .contains(QStringLiteral("needs its opportunity")));
        CHECK(TestWorkspace::scalar(*workspace,
                                    QStringLiteral("SELECT status FROM leads WHERE id = ?"),
                                    {newLead}) == QStringLiteral("new"));
    }
    SECTION("a lead cannot be inserted as qualified")
    {
        CHECK(refusal(*workspace,
                      QStringLiteral(
                          "INSERT INTO leads(id, name, source, listing_id, product_id, "
                          "marketplace_id, vendor_account_id, distributor_account_id, company_id, "
                          "contact_id, selling_direction_id, status, created_by, created_at, "
                          "updated_by, updated_at) SELECT 'LDR-000-000-001', name, source, "
                          "listing_id, product_id, marketplace_id, vendor_account_id, "
                          "distributor_account_id, company_id, contact_id, selling_direction_id, "
                          "'qualified', created_by, created_at, updated_by, updated_at "
                          "FROM leads WHERE id = ?"),
                      {newLead})
                  .contains(QStringLiteral("needs its opportunity")));
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral("SELECT count(*) FROM leads WHERE id = 'LDR-000-000-001'")) == 0);
    }
    SECTION("a qualified lead's opportunity can be neither deleted nor moved")
    {
        const QString opportunity = TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM opportunities WHERE lead_id = ?"),
            {qualifiedLead});
        CHECK(refusal(*workspace, QStringLiteral("DELETE FROM opportunities WHERE id = ?"),
                      {opportunity})
                  .contains(QStringLiteral("cannot be deleted")));
        CHECK(refusal(*workspace,
                      QStringLiteral("UPDATE opportunities SET lead_id = ? WHERE id = ?"),
                      {newLead, opportunity})
                  .contains(QStringLiteral("cannot be moved")));
        CHECK(TestWorkspace::scalar(
                  *workspace, QStringLiteral("SELECT lead_id FROM opportunities WHERE id = ?"),
                  {opportunity}) == qualifiedLead);
    }
    SECTION("qualifying through LeadService still works: the opportunity comes first")
    {
        const ActingContext vendor = TestWorkspace::acting(
            *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
        auto opportunity = LeadService::qualify(workspace->database(), vendor, newLead);
        INFO((opportunity ? QString() : opportunity.error().message).toStdString());
        REQUIRE(opportunity);
        CHECK(TestWorkspace::scalar(*workspace,
                                    QStringLiteral("SELECT status FROM leads WHERE id = ?"),
                                    {newLead}) == QStringLiteral("qualified"));
        CHECK(TestWorkspace::scalar(
                  *workspace, QStringLiteral("SELECT lead_id FROM opportunities WHERE id = ?"),
                  {opportunity.value()}) == newLead);
    }
    CHECK(TestWorkspace::count(*workspace, qualifiedWithoutOpportunity) == 0);
}

TEST_CASE("A large demo gives every qualified lead its opportunity", "[demo][volume][invariants]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("large.channeldesk"));
    auto created = DemoVolume::create(path, 5000, 0);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    auto opened = Workspace::open(path);
    REQUIRE(opened);
    const Workspace& workspace = *opened.value();
    CHECK(TestWorkspace::count(
              workspace, QStringLiteral("SELECT count(*) FROM leads WHERE status = 'qualified'")) >
          500);
    CHECK(TestWorkspace::count(workspace, qualifiedWithoutOpportunity) == 0);
    CHECK(TestWorkspace::count(workspace, opportunitiesUnlikeTheirLead) == 0);
    // Each opportunity has a well-formed, issued ID; the generated ones are owned by a user of
    // the product's vendor (the small demo's own keep the owner of their lead).
    for (const QString& opportunity :
         column(workspace, QStringLiteral("SELECT id FROM opportunities")))
        CHECK(IdFormat::of(IdKind::Opportunity).matches(opportunity));
    CHECK(TestWorkspace::count(workspace, unissuedOpportunities) == 0);
    const QString ownedOutsideTheVendor = QStringLiteral(
        "SELECT count(*) FROM opportunities o JOIN leads l ON l.id = o.lead_id "
        "WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = o.owner_user_id "
        "AND m.account_id = l.vendor_account_id)");
    CHECK(TestWorkspace::count(workspace, ownedOutsideTheVendor) ==
          TestWorkspace::count(*dir.createDemo(), ownedOutsideTheVendor));
}

TEST_CASE("Upgrading gives the old large demo's qualified leads their opportunities",
          "[workspace][invariants]")
{
    constexpr int brokenVersion = 7;
    static_assert(brokenVersion < Migrations::latestVersion());
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("old.channeldesk"));
    QSet<QString> issuedBefore, keptOpportunities;
    int broken = 0;
    {
        Workspace::Options options;
        options.mode = Workspace::Mode::CreateNew;
        options.targetVersion = brokenVersion;
        auto opened = Workspace::open(path, options);
        REQUIRE(opened);
        const Workspace& old = *opened.value();
        fillDemoBeforeSchema14(old.database());
        // What the large demo wrote before schema 8: qualified leads without an opportunity.
        // (Written with SQL: today's generators write today's schema, not schema 7's.)
        QSqlQuery query(old.database());
        REQUIRE(query.exec(QStringLiteral("UPDATE leads SET status = 'qualified' "
                                          "WHERE status = 'new'")));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM opportunities WHERE rowid % 3 <> 0")));
        broken = TestWorkspace::count(old, qualifiedWithoutOpportunity);
        issuedBefore = column(old, QStringLiteral("SELECT id FROM issued_ids"));
        keptOpportunities = column(
            old,
            QStringLiteral("SELECT id || ' ' || lead_id || ' ' || created_at FROM opportunities"));
    }
    REQUIRE(broken > 5);
    REQUIRE_FALSE(keptOpportunities.isEmpty());

    auto upgraded = Workspace::open(path);
    INFO((upgraded ? QString() : upgraded.error().message).toStdString());
    REQUIRE(upgraded);
    const Workspace& workspace = *upgraded.value();
    CHECK(workspace.schemaVersion() == Migrations::latestVersion());
    CHECK(TestWorkspace::count(workspace, qualifiedWithoutOpportunity) == 0);
    CHECK(TestWorkspace::count(workspace, opportunitiesUnlikeTheirLead) == 0);
    // The opportunities that existed are kept as they were.
    const QSet<QString> after = column(
        workspace,
        QStringLiteral("SELECT id || ' ' || lead_id || ' ' || created_at FROM opportunities"));
    CHECK(after.contains(keptOpportunities));
    CHECK(after.size() == keptOpportunities.size() + broken);

    // The new ones: random IDs of the right form, issued, never one issued before.
    const QSet<QString> created = column(
        workspace,
        QStringLiteral("SELECT o.id FROM opportunities o JOIN events e ON e.object_id = o.id "
                       "AND e.object_type = 'opportunity' AND e.action = 'created' "
                       "AND json_extract(e.changes, '$.lead_id') = o.lead_id "
                       "AND json_extract(e.changes, '$.created_by_upgrade_to_schema') = 8"));
    CHECK(created.size() == broken);
    for (const QString& opportunity : created) {
        INFO(opportunity.toStdString());
        CHECK(IdFormat::of(IdKind::Opportunity).matches(opportunity));
        CHECK_FALSE(issuedBefore.contains(opportunity));
    }
    CHECK(TestWorkspace::count(workspace, unissuedOpportunities) == 0);
    CHECK(TestWorkspace::count(
              workspace,
              QStringLiteral(
                  "SELECT count(*) FROM sqlite_schema WHERE name = 'opportunity_backfill'")) == 0);
    QSqlQuery check(workspace.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());

    // From now on the database keeps the rule.
    CHECK_FALSE(
        refusal(workspace,
                QStringLiteral(
                    "DELETE FROM opportunities WHERE id = (SELECT min(id) FROM opportunities)"))
            .isEmpty());
}
