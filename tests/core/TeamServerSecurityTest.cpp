// The team server's logins and row-level security against a real server: run through
// scripts/with-postgres, which sets CHANNELDESK_TEST_POSTGRES_URL; without it these cases only
// warn. Each case makes a database of its own with `server init`. Logins are cluster-wide: the
// demo logins are made by every init with the same password and stay in the (throwaway) test
// cluster; the logins a case adds have unique names and are dropped at its end.
#include "TeamDatabase.h"
#include "TestWorkspace.h"

#include "accounts/AccountUsers.h"
#include "catalog/MarketplaceService.h"
#include "catalog/ProductService.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadService.h"
#include "partners/ContractList.h"
#include "partners/ContractService.h"
#include "partners/NewsService.h"
#include "partners/PartnerDirectory.h"
#include "partners/PartnerService.h"
#include "reference/ReferenceListService.h"
#include "server/TeamServerSetup.h"
#include "server/WorkspacePush.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"
#include "storage/postgres/PostgresSecurity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

constexpr const char* noServer =
    "CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres build/tests/core_tests "
    "\"[rls]\"";

const QString michael = QStringLiteral("michael.goldmill@mightymicks.example"); // PA-481-516 admin
const QString tony = QStringLiteral("tony.gazzo@mightymicks.example");          // its crm_sales
const QString sarah = QStringLiteral("sarah.chen@apexcloud.example");           // VA-315-772 admin
const QString ivan = QStringLiteral("ivan.drago@ingrammicro.example");          // PA-239-689
const QString apollo = QStringLiteral("apollo.creed@tomorrowcorp.example");     // two accounts

/// Whether the test server is missing (then the case only warns).
bool noTestServer()
{
    if (!TestWorkspace::serverUrl().isEmpty())
        return false;
    WARN(noServer);
    return true;
}

/// `server init --demo` in team; returns the administrator's workspace.
std::unique_ptr<Workspace> demoTeam(TeamDatabase& team)
{
    team.init(true);
    return team.open();
}

QStringList column(const QSqlDatabase& database, const QString& sql,
                   const QVariantList& values = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    auto done = SqlError::exec(query, sql, values);
    INFO(sql.toStdString() << ": " << (done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

int countOf(const Workspace& workspace, const QString& sql, const QVariantList& values = {})
{
    return column(workspace.database(), sql, values).value(0).toInt();
}

/// The SQLSTATE of running sql, empty when it succeeded; rows its number of rows changed.
QString refusal(const QSqlDatabase& database, const QString& sql, int* rows = nullptr)
{
    QSqlQuery query(database);
    if (query.exec(sql)) {
        if (rows)
            *rows = query.numRowsAffected();
        return {};
    }
    return query.lastError().nativeErrorCode();
}

/// Every account of the user with the login email, as acting contexts (read as the
/// administrator).
QList<ActingContext> actingsOf(const Workspace& admin, const QString& email)
{
    QList<ActingContext> actings;
    const QString userId =
        column(admin.database(), QStringLiteral("SELECT id FROM users WHERE email = ?"), {email})
            .value(0);
    for (const QString& account :
         column(admin.database(),
                QStringLiteral("SELECT account_id FROM memberships WHERE user_id = ? ORDER BY 1"),
                {userId}))
        actings << TestWorkspace::acting(admin, userId, account);
    REQUIRE_FALSE(actings.isEmpty());
    return actings;
}

} // namespace

TEST_CASE("server init makes policies on every business table and refuses a database that is "
          "not empty",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    team.init(false);
    auto admin = team.open();
    const QSqlDatabase db = admin->database();
    QStringList withoutPolicies =
        column(db, QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' "
                                  "AND c.relnamespace = current_schema()::regnamespace "
                                  "AND (NOT c.relrowsecurity OR NOT EXISTS "
                                  "(SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)) "
                                  "ORDER BY 1"));
    QStringList expected = PostgresSecurity::tablesWithoutPolicies();
    expected.sort();
    CHECK(withoutPolicies == expected);
    CHECK(column(db, QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'v' "
                                    "AND c.relnamespace = current_schema()::regnamespace AND NOT "
                                    "coalesce('security_invoker=true' = ANY(c.reloptions), false)"))
              .isEmpty());
    // Idempotent: the statements run again (after an upgrade) without error.
    CHECK(TeamServerSetup::applySecurity(db));

    // A second init: refused, nothing touched.
    const QStringList before = column(db, QStringLiteral("SELECT count(*) FROM pg_class"));
    auto again = TeamServerSetup::init(team.adminUrl(), {});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    CHECK(column(db, QStringLiteral("SELECT count(*) FROM pg_class")) == before);

    // Another program's database: refused and left as it was.
    TeamDatabase foreign;
    {
        auto address = ServerAddress::parse(foreign.adminUrl());
        REQUIRE(address);
        Workspace::ConnectionOptions options;
        options.engine = SqlEngine::Postgres;
        options.server = address.value();
        QSqlDatabase other = Workspace::addConnection(QStringLiteral("rls-foreign"), options);
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes(body text)")));
        auto refused = TeamServerSetup::init(foreign.adminUrl(), {});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::AlreadyExists);
        CHECK(
            column(other, QStringLiteral("SELECT string_agg(relname, ',') FROM pg_class "
                                         "WHERE relnamespace = current_schema()::regnamespace")) ==
            QStringList{QStringLiteral("notes")});
        CHECK(column(other, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE "
                                           "'channeldesk%'")) == QStringList{QStringLiteral("0")});
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rls-foreign"));

    // Not a server, an empty demo password: refused before anything.
    CHECK(TeamServerSetup::init(QStringLiteral("/tmp/x.channeldesk"), {}).error().code ==
          ErrorCode::Invalid);
    TeamServerSetup::InitOptions noPassword;
    noPassword.demo = true;
    noPassword.demoPassword.clear();
    CHECK(TeamServerSetup::init(team.adminUrl(), noPassword).error().code == ErrorCode::Invalid);
}

TEST_CASE("Upgrading a team workspace keeps its policies", "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    Workspace::Options older;
    older.mode = Workspace::Mode::CreateNew;
    older.targetVersion = Migrations::latestVersion() - 1;
    {
        auto created = Workspace::open(team.adminUrl(), older);
        REQUIRE(created);
        REQUIRE(TeamServerSetup::applySecurity(created.value()->database()));
        QSqlQuery drop(created.value()->database());
        REQUIRE(drop.exec(QStringLiteral("DROP POLICY channeldesk_read ON leads")));
    }
    auto upgraded = team.open();
    CHECK(upgraded->schemaVersion() == Migrations::latestVersion());
    CHECK(countOf(*upgraded,
                  QStringLiteral("SELECT count(*) FROM pg_policy WHERE polname = "
                                 "'channeldesk_read' AND polrelid = 'leads'::regclass")) == 1);
}

TEST_CASE("Each demo login sees on the server what core shows its user, and no more",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    const QSqlDatabase all = admin->database();
    const int leadsInAll = countOf(*admin, QStringLiteral("SELECT count(*) FROM leads"));

    for (const QString& email : {michael, sarah, ivan, apollo}) {
        INFO(email.toStdString());
        auto login = team.open(email);
        const QSqlDatabase db = login->database();
        QStringList leads, contracts, users;
        int partners = 0;
        for (const ActingContext& acting : actingsOf(*admin, email)) {
            // What core shows (on the administrator's connection, which sees everything)…
            auto leadRows = LeadDirectory::visibleTo(all, acting);
            REQUIRE(leadRows);
            for (const auto& row : leadRows.value())
                leads << row.id;
            auto contractRows = ContractList::of(all, acting);
            REQUIRE(contractRows);
            for (const auto& row : contractRows.value())
                contracts << row.id;
            auto partnerRows = PartnerDirectory::of(all, acting);
            REQUIRE(partnerRows);
            partners += int(partnerRows->size());
            for (const QString& user :
                 column(all, QStringLiteral("SELECT user_id FROM memberships WHERE account_id = ?"),
                        {acting.accountId}))
                users << user;
            // … core shows the same on the login's own connection.
            auto ownLeads = LeadDirectory::visibleTo(db, acting);
            REQUIRE(ownLeads);
            CHECK(ownLeads->size() == leadRows->size());
            auto ownContracts = ContractList::of(db, acting);
            REQUIRE(ownContracts);
            CHECK(ownContracts->size() == contractRows->size());
            auto ownPartners = PartnerDirectory::of(db, acting);
            REQUIRE(ownPartners);
            CHECK(ownPartners->size() == partnerRows->size());
        }
        for (QStringList* ids : {&leads, &contracts, &users})
            ids->removeDuplicates();
        // … and the server lets the login read exactly that, whatever it asks.
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM leads")) == leads.size());
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM lead_search")) == leads.size());
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM contracts")) ==
              contracts.size());
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM partner_links")) == partners);
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM users")) == users.size());
        CHECK(leads.size() < leadsInAll);

        // Events: the whole history of what it sees, none of what it does not.
        const QString seen = leads.value(0);
        QString unseen;
        for (const QString& lead : column(all, QStringLiteral("SELECT id FROM leads ORDER BY id")))
            if (unseen.isEmpty() && !leads.contains(lead))
                unseen = lead;
        REQUIRE_FALSE(unseen.isEmpty());
        if (!seen.isEmpty()) {
            auto mine = EventLog::forObject(db, seen);
            REQUIRE(mine);
            CHECK_FALSE(mine->isEmpty());
            CHECK(mine->size() == EventLog::forObject(all, seen)->size());
        }
        CHECK_FALSE(EventLog::forObject(all, unseen)->isEmpty());
        CHECK(EventLog::forObject(db, unseen)->isEmpty());
        CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM events")) <
              countOf(*admin, QStringLiteral("SELECT count(*) FROM events")));
    }
    // Another company's people stay hidden.
    auto ivanLogin = team.open(ivan);
    CHECK(countOf(*ivanLogin, QStringLiteral("SELECT count(*) FROM users WHERE email = ?"),
                  {tony}) == 0);
    CHECK(countOf(*ivanLogin,
                  QStringLiteral("SELECT count(*) FROM memberships WHERE account_id = ?"),
                  {id(DemoWorkspace::homeDistributorId)}) == 0);
}

TEST_CASE("The server refuses what a login may not write, even in raw SQL", "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    const QString before = TestWorkspace::dump(*admin);
    auto mm = team.open(michael);
    const QSqlDatabase db = mm->database();
    const QString home = id(DemoWorkspace::homeDistributorId);
    const QString ingram = id(DemoWorkspace::ingramMicroId);

    // A lead for another distributor: refused by the server (here Apex, the vendor, copies a
    // lead of Mighty Mick's in every detail; it may read it but not write it).
    const QString copyLead =
        QStringLiteral(
            "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
            "vendor_account_id, distributor_account_id, company_id, contact_id, "
            "selling_direction_id, "
            "created_by, created_at, updated_by, updated_at) "
            "SELECT 'LDR-999-999-999', name, source, listing_id, product_id, marketplace_id, "
            "vendor_account_id, l.distributor_account_id, company_id, contact_id, "
            "selling_direction_id, created_by, created_at, updated_by, updated_at FROM leads l "
            "WHERE distributor_account_id = '%1' LIMIT 1")
            .arg(home);
    auto apex = team.open(sarah);
    CHECK(refusal(apex->database(), copyLead) == QStringLiteral("42501"));
    // With another distributor's ID on Mighty Mick's lead: refused (by a rule or a policy).
    const QString foreignCopy = QString(copyLead).replace(
        QStringLiteral("l.distributor_account_id"), QStringLiteral("'%1'").arg(ingram));
    REQUIRE(foreignCopy.count(QStringLiteral("'%1'").arg(ingram)) == 1);
    const QString state = refusal(db, foreignCopy);
    CHECK((state == QStringLiteral("42501") || state == QStringLiteral("23514")));
    // Its own distributor, but on a listing of another marketplace owner: refused too.
    {
        auto ingramLogin = team.open(ivan);
        CHECK(refusal(ingramLogin->database(),
                      QStringLiteral("INSERT INTO leads(id, name, source, listing_id, product_id, "
                                     "marketplace_id, vendor_account_id, distributor_account_id, "
                                     "company_id, contact_id, selling_direction_id, created_by, "
                                     "created_at, updated_by, updated_at) "
                                     "SELECT 'LDR-999-999-998', 'x', 'call', l.id, l.product_id, "
                                     "l.marketplace_id, p.vendor_account_id, '%1', c.id, t.id, "
                                     "(SELECT min(id) FROM selling_directions), "
                                     "channeldesk_current_user_id(), 0, "
                                     "channeldesk_current_user_id(), 0 FROM listings l "
                                     "JOIN products p ON p.id = l.product_id, companies c "
                                     "JOIN contacts t ON t.company_id = c.id "
                                     "WHERE l.marketplace_id IN (SELECT id FROM marketplaces "
                                     "WHERE owner_account_id = '%2') LIMIT 1")
                          .arg(ingram, home)) != QString());
    }
    // The distributor may not decide its lead: only the vendor qualifies or disqualifies.
    const QString ownLead = column(db,
                                   QStringLiteral("SELECT min(id) FROM leads WHERE "
                                                  "distributor_account_id = ? AND status = 'new'"),
                                   {home})
                                .value(0);
    REQUIRE_FALSE(ownLead.isEmpty());
    CHECK(refusal(db, QStringLiteral("UPDATE leads SET status = 'disqualified', status_note = 'no' "
                                     "WHERE id = '%1'")
                          .arg(ownLead)) == QStringLiteral("42501"));
    // Contracts it is no party of, another account's products: nothing to change.
    const QString foreignContract =
        column(admin->database(),
               QStringLiteral("SELECT min(id) FROM contracts WHERE issuer_account_id <> ? AND "
                              "partner_account_id <> ?"),
               {home, home})
            .value(0);
    REQUIRE_FALSE(foreignContract.isEmpty());
    int rows = -1;
    CHECK(refusal(db,
                  QStringLiteral("UPDATE contracts SET status = 'terminated' WHERE id = '%1'")
                      .arg(foreignContract),
                  &rows) == QString());
    CHECK(rows == 0);
    rows = -1;
    CHECK(
        refusal(db,
                QStringLiteral("UPDATE products SET name = 'Taken' WHERE vendor_account_id = '%1'")
                    .arg(id(DemoWorkspace::demoVendorId)),
                &rows) == QString());
    CHECK(rows == 0);
    CHECK(
        refusal(db, QStringLiteral("INSERT INTO products(id, name, vendor_account_id, created_at) "
                                   "VALUES ('PRD-999-999-999', 'Fake', '%1', 0)")
                        .arg(id(DemoWorkspace::demoVendorId))) == QStringLiteral("42501"));
    // A viewer of the same company writes nothing; no DDL for anybody.
    {
        auto viewer = team.open(QStringLiteral("paulie.pennino@mightymicks.example"));
        CHECK(refusal(
                  viewer->database(),
                  QStringLiteral("UPDATE leads SET name = 'Renamed' WHERE id = '%1'").arg(ownLead),
                  &rows) == QString());
        CHECK(rows == 0);
        CHECK(refusal(viewer->database(), QStringLiteral("CREATE TABLE mine(x int)")) ==
              QStringLiteral("42501"));
        CHECK(refusal(viewer->database(), QStringLiteral("DELETE FROM events")) ==
              QStringLiteral("42501"));
    }
    // Setting another company's user's password: refused.
    const QString sarahId = id(DemoWorkspace::demoVendorUserId);
    CHECK(refusal(db, QStringLiteral("SELECT channeldesk_set_login('%1', 'mine')").arg(sarahId)) ==
          QStringLiteral("42501"));

    // Through core, the refusal reads as a permission error of the server.
    QSqlQuery query(apex->database());
    REQUIRE_FALSE(query.exec(copyLead));
    const Error error = SqlError::toError(query.lastError());
    CHECK(error.code == ErrorCode::PermissionDenied);
    CHECK(error.message.contains(QStringLiteral("team server refused")));
    // Core keeps its own check and message.
    const ActingContext homeActing =
        TestWorkspace::acting(*admin, id(DemoWorkspace::homeUserId), home);
    auto qualified = LeadService::qualify(db, homeActing, ownLead);
    REQUIRE_FALSE(qualified);
    CHECK(qualified.error().message.startsWith(QStringLiteral("Only the vendor")));

    CHECK(TestWorkspace::dump(*admin) == before);
}

TEST_CASE("Core's services work for a user connected with their own login", "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    auto mm = team.open(michael);
    auto apex = team.open(sarah);
    const QString home = id(DemoWorkspace::homeDistributorId);
    const QString vendor = id(DemoWorkspace::demoVendorId);
    const ActingContext homeActing =
        TestWorkspace::acting(*admin, id(DemoWorkspace::homeUserId), home);
    const ActingContext vendorActing =
        TestWorkspace::acting(*admin, id(DemoWorkspace::demoVendorUserId), vendor);

    // Mighty Mick's creates a lead on a listing of an Apex product, read through its own login.
    const QSqlDatabase db = mm->database();
    LeadDraft draft;
    draft.listingId =
        column(db,
               QStringLiteral("SELECT min(l.id) FROM listings l JOIN products p ON p.id = "
                              "l.product_id JOIN marketplaces m ON m.id = l.marketplace_id "
                              "WHERE p.vendor_account_id = ? AND m.owner_account_id = ? AND "
                              "l.status = 'listed' AND NOT EXISTS (SELECT 1 FROM "
                              "lead_form_listings f WHERE f.listing_id = l.id)"),
               {vendor, home})
            .value(0);
    REQUIRE_FALSE(draft.listingId.isEmpty());
    auto listing = LeadCatalog::listing(db, draft.listingId);
    REQUIRE(listing);
    draft.formId = listing->formId;
    draft.name = QStringLiteral("Team server lead");
    draft.sourceKey = QStringLiteral("call");
    draft.existingCompanyId =
        column(db, QStringLiteral("SELECT min(company_id) FROM contacts")).value(0);
    draft.existingContactId =
        column(db, QStringLiteral("SELECT min(id) FROM contacts WHERE company_id = ?"),
               {draft.existingCompanyId})
            .value(0);
    draft.sellingDirectionId =
        column(db, QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"),
               {home})
            .value(0);
    LeadValidation validation;
    auto created = LeadService::create(db, homeActing, draft, &validation);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);

    // Apex sees it at once and qualifies it; Mighty Mick's sees the opportunity.
    auto opportunity = LeadService::qualify(apex->database(), vendorActing, created.value());
    INFO((opportunity ? QString() : opportunity.error().message).toStdString());
    REQUIRE(opportunity);
    CHECK(countOf(*mm, QStringLiteral("SELECT count(*) FROM opportunities WHERE id = ?"),
                  {opportunity.value()}) == 1);
    CHECK(EventLog::forObject(db, created.value())->size() == 2);

    // A contract action by a party, through its own login.
    bool acted = false;
    for (const auto& [login, acting] :
         {std::pair{mm.get(), homeActing}, std::pair{apex.get(), vendorActing}}) {
        auto contracts = ContractList::of(login->database(), acting);
        REQUIRE(contracts);
        for (const ContractListRow& contract : contracts.value()) {
            auto actions = ContractService::allowedActions(login->database(), acting, contract.id);
            REQUIRE(actions);
            for (ContractAction action : actions.value()) {
                if (acted || action == ContractAction::Delete)
                    continue;
                auto done = ContractService::perform(login->database(), acting, contract.id, action,
                                                     QStringLiteral("ok"));
                INFO(contract.id.toStdString()
                     << " " << contractActions.key(action).toStdString() << ": "
                     << (done ? QString() : done.error().message).toStdString());
                CHECK(done);
                acted = true;
            }
        }
    }
    CHECK(acted);
}

TEST_CASE("Partners, catalog, reference lists, news and users: each step through the login of "
          "the user taking it",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    auto mm = team.open(michael);
    auto apex = team.open(sarah);
    const QSqlDatabase db = mm->database();
    const ActingContext home = TestWorkspace::acting(*admin, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const ActingContext vendor = TestWorkspace::acting(*admin, id(DemoWorkspace::demoVendorUserId),
                                                       id(DemoWorkspace::demoVendorId));
    const auto report = [](const auto& result) {
        return (result ? QString() : result.error().message).toStdString();
    };

    // The Add partner wizard: a new reseller account with Michael as its first user.
    PartnerDraft draft;
    draft.type = AccountRole::Reseller;
    draft.name = QStringLiteral("Rocky Resellers");
    draft.agreement.name = QStringLiteral("Rocky service agreement");
    draft.agreement.descriptionHtml = QStringLiteral("Services for Rocky");
    draft.marketplaceIds = {column(db, QStringLiteral("SELECT id FROM marketplaces WHERE name = "
                                                      "'Mighty Mick''s US'"))
                                .value(0)};
    draft.productGroupIds = {column(db,
                                    QStringLiteral("SELECT min(id) FROM product_groups WHERE "
                                                   "owner_account_id = ?"),
                                    {home.accountId})
                                 .value(0)};
    draft.syndicationAgreementId =
        column(db,
               QStringLiteral("SELECT min(id) FROM agreements WHERE owner_account_id = ? AND "
                              "type = 'syndication'"),
               {home.accountId})
            .value(0);
    draft.action = PartnerAction::GenerateInvitation;
    auto invited = PartnerService::create(db, home, draft);
    INFO(report(invited));
    REQUIRE(invited);
    CHECK_FALSE(invited->activationLink.isEmpty());
    draft.name = QStringLiteral("Apollo Resellers");
    draft.createAgreement = false;
    draft.existingAgreementId = invited->agreements.value(0).id;
    draft.action = PartnerAction::CreateAccount;
    draft.userIds = {home.userId};
    auto account = PartnerService::create(db, home, draft);
    INFO(report(account));
    REQUIRE(account);
    CHECK(countOf(*mm,
                  QStringLiteral("SELECT count(*) FROM partner_links WHERE "
                                 "partner_account_id IN (?, ?)"),
                  {invited->accountId, account->accountId}) == 2);
    // Apex does not see Mighty Mick's new partners.
    CHECK(countOf(*apex,
                  QStringLiteral("SELECT count(*) FROM partnerships WHERE "
                                 "partner_account_id IN (?, ?)"),
                  {invited->accountId, account->accountId}) == 0);

    // Catalog: Apex adds a product, Mighty Mick's a marketplace.
    auto product = ProductService::create(
        apex->database(), vendor,
        {QStringLiteral("Apex Vault"), QStringLiteral("Vault"), ProductStatus::Published});
    INFO(report(product));
    REQUIRE(product);
    auto marketplace = MarketplaceService::create(
        db, home,
        {QStringLiteral("Mighty Mick's Alps"), {QStringLiteral("CH")}, QStringLiteral("CHF")});
    INFO(report(marketplace));
    REQUIRE(marketplace);

    // Reference lists and news of the own account.
    auto campaign = ReferenceListService::add(db, home, ReferenceKind::Campaigns,
                                              QStringLiteral("Winter 2026"));
    INFO(report(campaign));
    REQUIRE(campaign);
    auto news = NewsService::create(apex->database(), vendor,
                                    {QStringLiteral("Vault"), QDate(2026, 11, 30), {}});
    INFO(report(news));
    REQUIRE(news);
    CHECK(countOf(*mm, QStringLiteral("SELECT count(*) FROM news WHERE id = ?"), {news.value()}) ==
          1);

    // Users: the crm_admin adds a user (without a login: the app's Users tab on a file does).
    auto user = AccountUsers::addNewUser(db, home,
                                         {QStringLiteral("Mickey Jr"),
                                          QStringLiteral("mickey.jr@mightymicks.example"),
                                          UserRole::CrmSales});
    INFO(report(user));
    REQUIRE(user);
    CHECK(AccountUsers::changeRole(db, home, user.value(), UserRole::Viewer));
    auto members = AccountUsers::members(db, home.accountId);
    REQUIRE(members);
    CHECK(members->size() == countOf(*admin,
                                     QStringLiteral("SELECT count(*) FROM memberships "
                                                    "WHERE account_id = ?"),
                                     {home.accountId}));
}

TEST_CASE("server add-user creates the user, membership and login in one go, or nothing",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    const QString home = id(DemoWorkspace::homeDistributorId);
    const QString before = TestWorkspace::dump(*admin);

    ServerUser user;
    user.email = team.newEmail();
    user.name = QStringLiteral("Rocky Newcomer");
    user.accountId = home;
    user.role = UserRole::CrmSales;
    user.password = QStringLiteral("it's a \"secret\"; DROP TABLE leads");

    // Bad input: refused, nothing written.
    for (const auto& [change, code] :
         {std::pair<std::function<void(ServerUser&)>, ErrorCode>{
              [](ServerUser& u) { u.email = QStringLiteral("not an e-mail"); }, ErrorCode::Invalid},
          {[](ServerUser& u) { u.name = QStringLiteral("  "); }, ErrorCode::Invalid},
          {[](ServerUser& u) { u.password.clear(); }, ErrorCode::Invalid},
          {[](ServerUser& u) { u.accountId = QStringLiteral("PA-000-000"); }, ErrorCode::NotFound},
          {[](ServerUser& u) { u.email = michael.toUpper(); }, ErrorCode::AlreadyExists}}) {
        ServerUser bad = user;
        change(bad);
        auto refused = TeamServerSetup::addUser(team.adminUrl(), bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == code);
    }
    // A role of that name that is not a ChannelDesk login is left alone, and nothing is added.
    {
        ServerUser taken = user;
        taken.email = team.newEmail();
        ServerAdmin().exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN CREATEDB").arg(taken.email));
        auto refused = TeamServerSetup::addUser(team.adminUrl(), taken);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("not a ChannelDesk login")));
    }
    CHECK(TestWorkspace::dump(*admin) == before);
    CHECK(TeamServerSetup::addUser(QStringLiteral("/tmp/x.channeldesk"), user).error().code ==
          ErrorCode::Invalid);

    auto added = TeamServerSetup::addUser(team.adminUrl(), user);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    auto login = team.open(user.email, user.password);
    CHECK(column(login->database(), QStringLiteral("SELECT channeldesk_current_user_id()")) ==
          QStringList{added.value()});
    auto mm = team.open(michael);
    CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM leads")) ==
          countOf(*mm, QStringLiteral("SELECT count(*) FROM leads")));
    CHECK(
        column(admin->database(),
               QStringLiteral("SELECT role FROM memberships WHERE user_id = ? AND account_id = ?"),
               {added.value(), home}) == QStringList{QStringLiteral("crm_sales")});
    // A wrong password is refused by the server.
    CHECK_FALSE(Workspace::open(team.urlAs(user.email, QStringLiteral("wrong"))));

    // In the app, the account's crm_admin adds a user through their own login; a crm_sales may not.
    ServerUser colleague = user;
    colleague.email = team.newEmail();
    colleague.actingUserId = id(DemoWorkspace::homeUserId);
    auto byAdmin = TeamServerSetup::addUser(mm->database(), colleague);
    INFO((byAdmin ? QString() : byAdmin.error().message).toStdString());
    REQUIRE(byAdmin);
    CHECK(team.open(colleague.email, colleague.password));
    ServerUser another = colleague;
    another.email = team.newEmail();
    another.actingUserId = added.value();
    auto bySales = TeamServerSetup::addUser(login->database(), another);
    REQUIRE_FALSE(bySales);
    CHECK(bySales.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("server set-password gives the users of a pushed workspace their logins",
          "[postgres][rls][push]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    // A local workspace with a user no login exists for yet, pushed into the empty database.
    TestWorkspace dir;
    auto local = dir.createDemo();
    const QString email = team.newEmail();
    NewMember member;
    member.name = QStringLiteral("Paulie Pushed");
    member.email = email;
    member.role = UserRole::CrmSales;
    const ActingContext home = TestWorkspace::acting(*local, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    auto userId = AccountUsers::addNewUser(local->database(), home, member);
    REQUIRE(userId);
    const QString file = local->path();
    local.reset();
    auto pushed = WorkspacePush::push(file, team.adminUrl(), {});
    INFO((pushed ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed);

    const QString password = QStringLiteral("pushed 'n' \"quoted\"");
    CHECK_FALSE(Workspace::open(team.urlAs(email, password)));
    CHECK(TeamServerSetup::setPassword(team.adminUrl(), QStringLiteral("nobody@nowhere.example"),
                                       password)
              .error()
              .code == ErrorCode::NotFound);
    CHECK(TeamServerSetup::setPassword(team.adminUrl(), email, QString()).error().code ==
          ErrorCode::Invalid);
    auto set = TeamServerSetup::setPassword(team.adminUrl(), email.toUpper(), password);
    INFO((set ? QString() : set.error().message).toStdString());
    REQUIRE(set);
    CHECK(set.value() == userId.value());

    // The login sees what its user may: Mighty Mick's leads, as Michael does.
    auto login = team.open(email, password);
    CHECK(column(login->database(), QStringLiteral("SELECT channeldesk_current_user_id()")) ==
          QStringList{userId.value()});
    auto admin = team.open();
    CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM leads")) ==
          countOf(*admin, QStringLiteral("SELECT count(*) FROM leads WHERE "
                                         "distributor_account_id = 'PA-481-516' OR "
                                         "vendor_account_id = 'PA-481-516'")));
    CHECK(countOf(*login, QStringLiteral("SELECT count(*) FROM leads")) > 0);
    // A crm_sales may not set another user's login.
    auto refused = TeamServerSetup::setPassword(login->database(), michael, password);
    REQUIRE_FALSE(refused);
}

TEST_CASE("A login's password reaches the server only as a SCRAM verifier, never as text",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    team.init(true);
    auto admin = team.open();
    // What channeldesk_set_login is given, recorded before it does its work.
    QSqlQuery wrap(admin->database());
    for (const QString& sql :
         {QStringLiteral("CREATE TABLE seen_passwords(given text)"),
          QStringLiteral("ALTER FUNCTION channeldesk_set_login(text, text) "
                         "RENAME TO channeldesk_set_login_unwrapped"),
          QStringLiteral("CREATE FUNCTION channeldesk_set_login(target text, password text) "
                         "RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                         "INSERT INTO seen_passwords VALUES (password); "
                         "PERFORM channeldesk_set_login_unwrapped(target, password); END $$")}) {
        INFO(sql.toStdString() << ": " << wrap.lastError().text().toStdString());
        REQUIRE(wrap.exec(sql));
    }
    const QString password = QStringLiteral("correct horse 'battery'");
    auto set = TeamServerSetup::setPassword(team.adminUrl(), michael, password);
    INFO((set ? QString() : set.error().message).toStdString());
    REQUIRE(set);

    const QStringList given =
        column(admin->database(), QStringLiteral("SELECT given FROM seen_passwords"));
    REQUIRE(given.size() == 1);
    CHECK(given.first().startsWith(QStringLiteral("SCRAM-SHA-256$")));
    CHECK_FALSE(given.first().contains(QStringLiteral("battery")));
    CHECK(column(admin->database(),
                 QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                 {michael}) == given);
    auto login = team.open(michael, password);
    CHECK(column(login->database(), QStringLiteral("SELECT current_user")) == QStringList{michael});
}

TEST_CASE("A crm_admin on a server adds another company's user by exact e-mail, and a new user "
          "with a hidden user's e-mail is refused in words",
          "[postgres][rls]")
{
    if (noTestServer())
        return;
    TeamDatabase team;
    auto admin = demoTeam(team);
    const QString home = id(DemoWorkspace::homeDistributorId);
    const QString homeUser = id(DemoWorkspace::homeUserId);
    // A user with memberships, none of them in an account of Michael's.
    const QStringList hidden = column(
        admin->database(),
        QStringLiteral("SELECT u.id, u.email FROM users u WHERE EXISTS (SELECT 1 FROM memberships "
                       "m WHERE m.user_id = u.id) AND NOT EXISTS (SELECT 1 FROM memberships m "
                       "WHERE m.user_id = u.id AND m.account_id IN (SELECT account_id FROM "
                       "memberships WHERE user_id = ?)) ORDER BY u.id LIMIT 1"),
        {homeUser});
    REQUIRE(hidden.size() == 1);
    const QString hiddenId = hidden.first();
    const QString hiddenEmail =
        column(admin->database(), QStringLiteral("SELECT email FROM users WHERE id = ?"),
               {hiddenId})
            .value(0);
    auto mm = team.open(michael);
    const ActingContext acting = TestWorkspace::acting(*mm, homeUser, home);
    CHECK(countOf(*mm, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {hiddenId}) == 0);

    NewMember member;
    member.name = QStringLiteral("Someone Else");
    member.email = hiddenEmail.toUpper();
    member.role = UserRole::CrmSales;
    auto twice = AccountUsers::addNewUser(mm->database(), acting, member);
    REQUIRE_FALSE(twice);
    INFO(twice.error().message.toStdString());
    CHECK(twice.error().code == ErrorCode::AlreadyExists);
    CHECK(twice.error().message.contains(QStringLiteral("add the existing user instead")));

    auto existing = AccountUsers::addExistingUser(mm->database(), acting, member);
    INFO((existing ? QString() : existing.error().message).toStdString());
    REQUIRE(existing);
    CHECK(existing.value() == hiddenId);
    CHECK(countOf(*mm, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {hiddenId}) == 1);

    // Only a crm_admin may look a user up by e-mail.
    ServerUser sales;
    sales.email = team.newEmail();
    sales.name = QStringLiteral("Sally Sales");
    sales.accountId = home;
    sales.role = UserRole::CrmSales;
    sales.password = QStringLiteral("sales password");
    REQUIRE(TeamServerSetup::addUser(team.adminUrl(), sales));
    auto salesLogin = team.open(sales.email, sales.password);
    const QString stranger =
        column(admin->database(),
               QStringLiteral("SELECT email FROM users u WHERE NOT EXISTS (SELECT 1 FROM "
                              "memberships m WHERE m.user_id = u.id AND m.account_id = ?) "
                              "ORDER BY id LIMIT 1"),
               {home})
            .value(0);
    REQUIRE_FALSE(stranger.isEmpty());
    CHECK(countOf(*salesLogin,
                  QStringLiteral("SELECT count(*) FROM channeldesk_user_with_email(?)"),
                  {stranger}) == 0);
}
