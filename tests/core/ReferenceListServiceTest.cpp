#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadService.h"
#include "reference/ReferenceListService.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceSetup.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct ReferenceFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    ActingContext member(const char* role) const
    {
        return TestWorkspace::memberWithRole(*workspace, home.accountId, id(role));
    }
    QStringList offered(ReferenceKind kind) const
    {
        auto options = LeadCatalog::referenceList(db, home.accountId, kind);
        REQUIRE(options);
        QStringList labels;
        for (const LeadOption& option : options.value())
            labels << option.label;
        return labels;
    }
    /// A lead draft of the home distributor, as the lead service tests build one.
    LeadDraft draft(const QString& sellingDirectionId) const
    {
        LeadDraft draft;
        draft.listingId =
            scalar(QStringLiteral(
                       "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS "
                       "(SELECT 1 FROM "
                       "lead_form_listings f WHERE f.listing_id = l.id) ORDER BY l.id LIMIT 1"),
                   {home.accountId});
        draft.name = QStringLiteral("Reference lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId = scalar(QStringLiteral("SELECT min(id) FROM companies"));
        draft.existingContactId = scalar(QStringLiteral(
            "SELECT min(id) FROM contacts WHERE company_id = (SELECT min(id) FROM companies)"));
        draft.sellingDirectionId = sellingDirectionId;
        return draft;
    }
};

} // namespace

TEST_CASE("Reference lists belong to an account: names unique per account, not globally",
          "[reference]")
{
    ReferenceFixture f;
    for (ReferenceKind kind : allReferenceKinds) {
        const auto& info = ReferenceKindInfo::of(kind);
        INFO(info.table);
        auto added =
            ReferenceListService::add(f.db, f.home, kind, QStringLiteral("  Autumn   Push "));
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added);
        CHECK(IdFormat::of(info.idKind).matches(added.value()));
        CHECK(f.offered(kind).contains(QStringLiteral("Autumn Push")));
        CHECK(f.count(QStringLiteral(
                          "SELECT count(*) FROM events WHERE object_id = ? AND action = 'created'"),
                      {added.value()}) == 1);
        auto twice = ReferenceListService::add(f.db, f.home, kind, QStringLiteral("autumn push"));
        REQUIRE_FALSE(twice);
        INFO(twice.error().message.toStdString());
        CHECK(twice.error().code == ErrorCode::AlreadyExists);
        // Another account may use the same name.
        const ActingContext ingram =
            TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
        REQUIRE(ingram.userRole == UserRole::CrmManager);
        CHECK(ReferenceListService::add(f.db, ingram, kind, QStringLiteral("Autumn Push")));
        CHECK_FALSE(LeadCatalog::referenceList(f.db, ingram.accountId, kind)->isEmpty());
        // Rename: unique too, and to a clear reason when empty or too long.
        CHECK(ReferenceListService::rename(f.db, f.home, kind, added.value(),
                                           QStringLiteral("Winter Push")));
        CHECK(f.offered(kind).contains(QStringLiteral("Winter Push")));
        CHECK(ReferenceListService::rename(f.db, f.home, kind, added.value(), QString())
                  .error()
                  .code == ErrorCode::Invalid);
        CHECK(ReferenceListService::rename(f.db, f.home, kind, added.value(),
                                           QString(101, QLatin1Char('x')))
                  .error()
                  .code == ErrorCode::Invalid);
        // Another account's entry is not ours to rename.
        CHECK(
            ReferenceListService::rename(f.db, ingram, kind, added.value(), QStringLiteral("Mine"))
                .error()
                .code == ErrorCode::NotFound);
        // The database enforces the per-account uniqueness as well.
        QSqlQuery direct(f.db);
        CHECK_FALSE(
            direct.exec(QStringLiteral("UPDATE %1 SET name = 'WINTER PUSH' WHERE account_id = '%2' "
                                       "AND name <> 'Winter Push' AND id = (SELECT min(id) FROM %1 "
                                       "WHERE account_id = '%2' AND name <> 'Winter Push')")
                            .arg(info.tableName(), f.home.accountId)));
    }
}

TEST_CASE("Only a CRM admin or manager edits reference lists - a viewer is refused",
          "[reference][permissions]")
{
    ReferenceFixture f;
    const QString smb = f.scalar(
        QStringLiteral("SELECT id FROM selling_directions WHERE account_id = ? AND name = 'SMB'"),
        {f.home.accountId});
    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
    for (const char* role : {"crm_sales", "viewer"}) {
        INFO(role);
        const ActingContext other = f.member(role);
        CHECK_FALSE(ReferenceListService::mayEdit(other));
        CHECK(ReferenceListService::add(f.db, other, ReferenceKind::Campaigns, QStringLiteral("X"))
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(ReferenceListService::rename(f.db, other, ReferenceKind::SellingDirections, smb,
                                           QStringLiteral("Small"))
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(ReferenceListService::setRetired(f.db, other, ReferenceKind::SellingDirections, smb,
                                               true)
                  .error()
                  .code == ErrorCode::PermissionDenied);
        CHECK(ReferenceListService::remove(f.db, other, ReferenceKind::SellingDirections, smb)
                  .error()
                  .code == ErrorCode::PermissionDenied);
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events);
}

TEST_CASE("A retired entry stays on old leads and is no longer offered by Create Lead",
          "[reference][leads]")
{
    ReferenceFixture f;
    const QString smb = f.scalar(
        QStringLiteral("SELECT id FROM selling_directions WHERE account_id = ? AND name = 'SMB'"),
        {f.home.accountId});
    auto created = LeadService::create(f.db, f.home, f.draft(smb));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    const int usingSmb =
        f.count(QStringLiteral("SELECT count(*) FROM leads WHERE selling_direction_id = ?"), {smb});

    // In use: cannot be deleted, with the reason.
    auto refused =
        ReferenceListService::remove(f.db, f.home, ReferenceKind::SellingDirections, smb);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Retire it instead")));

    REQUIRE(ReferenceListService::setRetired(f.db, f.home, ReferenceKind::SellingDirections, smb,
                                             true));
    CHECK_FALSE(f.offered(ReferenceKind::SellingDirections).contains(QStringLiteral("SMB")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM leads WHERE selling_direction_id = ?"),
                  {smb}) == usingSmb);
    CHECK(LeadCatalog::referenceEntry(f.db, ReferenceKind::SellingDirections, smb)->label ==
          QStringLiteral("SMB (retired)"));
    auto entries =
        ReferenceListService::entries(f.db, f.home.accountId, ReferenceKind::SellingDirections);
    REQUIRE(entries);
    const auto entry = std::find_if(entries->cbegin(), entries->cend(),
                                    [&](const ReferenceEntry& e) { return e.id == smb; });
    REQUIRE(entry != entries->cend());
    CHECK(entry->retired);
    CHECK(entry->leads == usingSmb);

    // A new lead cannot use it; an edit of a lead that has it may keep it.
    LeadValidation validation;
    auto again = LeadService::create(f.db, f.home, f.draft(smb), &validation);
    REQUIRE_FALSE(again);
    CHECK(validation.fields.contains(LeadField::SellingDirection));
    auto stored = LeadCatalog::leadForEdit(f.db, f.home, created.value());
    REQUIRE(stored);
    LeadDraft edited = stored->draft;
    edited.description = QStringLiteral("still SMB");
    auto updated = LeadService::update(f.db, f.home, created.value(), edited);
    INFO((updated ? QString() : updated.error().message).toStdString());
    CHECK(updated);
    // Another account's entry is never accepted for a new lead.
    const QString ingramSmb =
        f.scalar(QStringLiteral("SELECT id FROM selling_directions WHERE account_id = ? "
                                "AND name = 'SMB'"),
                 {id(DemoWorkspace::ingramMicroId)});
    CHECK_FALSE(LeadService::create(f.db, f.home, f.draft(ingramSmb)));

    // The database refuses it too on a new lead, and another account's entry on any lead; a lead
    // that has the retired entry keeps it through other changes.
    QSqlQuery direct(f.db);
    REQUIRE(direct.prepare(QStringLiteral(
        "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
        "vendor_account_id, "
        "distributor_account_id, company_id, contact_id, selling_direction_id, created_by, "
        "created_at, "
        "updated_by, updated_at) SELECT 'LDR-000-000-009', name, source, listing_id, product_id, "
        "marketplace_id, vendor_account_id, distributor_account_id, company_id, contact_id, "
        "selling_direction_id, created_by, created_at, updated_by, updated_at FROM leads WHERE id "
        "= ?")));
    direct.addBindValue(created.value());
    CHECK_FALSE(direct.exec());
    CHECK(direct.lastError().text().contains(QStringLiteral("not retired")));
    REQUIRE(direct.prepare(QStringLiteral("UPDATE leads SET description = 'kept' WHERE id = ?")));
    direct.addBindValue(created.value());
    CHECK(direct.exec());
    REQUIRE(
        direct.prepare(QStringLiteral("UPDATE leads SET selling_direction_id = ? WHERE id = ?")));
    direct.addBindValue(ingramSmb);
    direct.addBindValue(created.value());
    CHECK_FALSE(direct.exec());

    // Un-retired, it is offered again.
    REQUIRE(ReferenceListService::setRetired(f.db, f.home, ReferenceKind::SellingDirections, smb,
                                             false));
    CHECK(f.offered(ReferenceKind::SellingDirections).contains(QStringLiteral("SMB")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events WHERE object_id = ? AND action IN "
                                 "('retired', 'unretired')"),
                  {smb}) == 2);

    // An unused entry can be deleted.
    auto unused = ReferenceListService::add(f.db, f.home, ReferenceKind::ContentChannels,
                                            QStringLiteral("Podcast"));
    REQUIRE(unused);
    REQUIRE(
        ReferenceListService::remove(f.db, f.home, ReferenceKind::ContentChannels, unused.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM content_channels WHERE id = ?"),
                  {unused.value()}) == 0);
}

TEST_CASE("A new workspace starts with default selling directions", "[reference][workspace]")
{
    TestWorkspace dir;
    NewWorkspaceRequest request;
    request.accountName = QStringLiteral("Rocky Distribution");
    request.userName = QStringLiteral("Adrian");
    request.userEmail = QStringLiteral("adrian@rocky.example");
    auto created = WorkspaceSetup::createBlank(dir.path(), request);
    REQUIRE(created);
    auto opened = Workspace::open(dir.path());
    REQUIRE(opened);
    auto directions = LeadCatalog::referenceList(opened.value()->database(), created->accountId,
                                                 ReferenceKind::SellingDirections);
    REQUIRE(directions);
    QStringList names;
    for (const LeadOption& option : directions.value())
        names << option.label;
    CHECK(names == QStringList{QStringLiteral("Enterprise"), QStringLiteral("Public sector"),
                               QStringLiteral("SMB")});
    CHECK(TestWorkspace::count(*opened.value(),
                               QStringLiteral("SELECT count(*) FROM events WHERE object_type = "
                                              "'sellingDirection' AND action = 'created'")) == 3);
}

TEST_CASE("Upgrading gives shared reference entries to every account that creates leads",
          "[reference][workspace]")
{
    TestWorkspace dir;
    {
        Workspace::Options options;
        options.mode = Workspace::Mode::CreateNew;
        options.targetVersion = 13; // before migration 14 gave the lists an owner
        auto old = Workspace::open(dir.path(), options);
        REQUIRE(old);
        QSqlQuery query(old.value()->database());
        for (
            const char* sql : {
                "INSERT INTO accounts(id, name, role, created_at, updated_at) VALUES "
                "('PA-111-111', 'Dist A', 'distributor', 1, 1), ('PA-222-222', 'Dist B', "
                "'reseller', 1, 1), "
                "('VA-333-333', 'Vend', 'vendor', 1, 1), "
                "('PA-444-444', 'Partner without users', 'reseller', 1, 1)",
                "INSERT INTO users(id, name, email, created_at) VALUES ('UR-111-111-111', 'Ann', "
                "'ann@x.example', 1)",
                "INSERT INTO memberships(user_id, account_id, role) VALUES "
                "('UR-111-111-111', 'PA-111-111', 'crm_admin'), "
                "('UR-111-111-111', 'PA-222-222', 'crm_admin')",
                "INSERT INTO workspace_info(key, value) VALUES ('home_account_id', 'PA-222-222')",
                "INSERT INTO products(id, name, vendor_account_id, created_at) VALUES "
                "('PRD-111-111-111', 'Thing', 'VA-333-333', 1)",
                "INSERT INTO marketplaces(id, name, owner_account_id, currency, created_at) VALUES "
                "('MP-11111', 'Shop A', 'PA-111-111', 'USD', 1), ('MP-22222', 'Shop B', "
                "'PA-222-222', 'USD', 1)",
                "INSERT INTO listings(id, product_id, marketplace_id, status, created_at) VALUES "
                "('LST-111-111-111', 'PRD-111-111-111', 'MP-11111', 'listed', 1), "
                "('LST-222-222-222', 'PRD-111-111-111', 'MP-22222', 'listed', 1)",
                "INSERT INTO companies(id, name, created_at) VALUES ('CO-111-111', 'Acme', 1)",
                "INSERT INTO contacts(id, first_name, last_name, company_id, created_at) VALUES "
                "('CT-111-111', 'Jo', 'Doe', 'CO-111-111', 1)",
                "INSERT INTO selling_directions VALUES ('SD-11111', 'SMB'), ('SD-22222', 'Unused')",
                "INSERT INTO campaigns VALUES ('CA-11111', 'Launch')",
                "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                "vendor_account_id, "
                "distributor_account_id, company_id, contact_id, selling_direction_id, "
                "campaign_id, created_by, "
                "created_at, updated_by, updated_at) VALUES "
                "('LDR-111-111-111', 'A', 'chat', 'LST-111-111-111', 'PRD-111-111-111', "
                "'MP-11111', 'VA-333-333', "
                "'PA-111-111', 'CO-111-111', 'CT-111-111', 'SD-11111', 'CA-11111', "
                "'UR-111-111-111', 1, 'UR-111-111-111', 1), "
                "('LDR-222-222-222', 'B', 'chat', 'LST-222-222-222', 'PRD-111-111-111', "
                "'MP-22222', 'VA-333-333', "
                "'PA-222-222', 'CO-111-111', 'CT-111-111', 'SD-11111', NULL, 'UR-111-111-111', 1, "
                "'UR-111-111-111', 1)",
            }) {
            INFO(sql);
            REQUIRE(query.exec(QString::fromUtf8(sql)));
        }
    }
    auto upgraded = Workspace::open(dir.path());
    INFO((upgraded ? QString() : upgraded.error().message).toStdString());
    REQUIRE(upgraded);
    const Workspace& workspace = *upgraded.value();
    auto owner = [&](const QString& sql) { return TestWorkspace::scalar(workspace, sql); };
    // Each distributor and reseller with users has each entry; the home account kept the old IDs.
    CHECK(TestWorkspace::count(workspace,
                               QStringLiteral("SELECT count(*) FROM selling_directions")) == 4);
    CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM campaigns")) == 2);
    CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM selling_directions "
                                                         "WHERE account_id = 'VA-333-333'")) == 0);
    // A partner account nobody can act as (no users, no leads) gets none: at 100 000 partners a
    // copy for each would not even fit the IDs.
    CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM selling_directions "
                                                         "WHERE account_id = 'PA-444-444'")) == 0);
    CHECK(
        owner(QStringLiteral("SELECT account_id FROM selling_directions WHERE id = 'SD-11111'")) ==
        QStringLiteral("PA-222-222"));
    // Every lead shows the same names as before, from its own distributor's list.
    CHECK(TestWorkspace::count(
              workspace,
              QStringLiteral("SELECT count(*) FROM leads l JOIN selling_directions s ON s.id = "
                             "l.selling_direction_id "
                             "WHERE s.name = 'SMB' AND s.account_id = l.distributor_account_id")) ==
          2);
    CHECK(owner(QStringLiteral("SELECT c.name || '|' || c.account_id FROM leads l JOIN campaigns c "
                               "ON c.id = l.campaign_id WHERE l.id = 'LDR-111-111-111'")) ==
          QStringLiteral("Launch|PA-111-111"));
    CHECK(owner(QStringLiteral(
              "SELECT campaign_id IS NULL FROM leads WHERE id = 'LDR-222-222-222'")) ==
          QStringLiteral("1"));
    // The copies' IDs are of the right form and issued.
    CHECK(TestWorkspace::count(workspace,
                               QStringLiteral("SELECT count(*) FROM selling_directions s WHERE "
                                              "s.id GLOB 'SD-[0-9][0-9][0-9][0-9][0-9]' "
                                              "AND s.id IN (SELECT id FROM issued_ids)")) == 4);
    QSqlQuery check(workspace.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
}
