#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadFormList.h"
#include "partners/AgreementList.h"
#include "partners/ContractList.h"
#include "partners/PartnerDirectory.h"
#include "session/Memberships.h"

#include <QSqlQuery>

namespace {

QStringList leadIds(const Workspace& workspace, const QString& accountId)
{
    auto rows = LeadDirectory::visibleTo(workspace.database(),
                                         TestWorkspace::actingIn(workspace, accountId));
    REQUIRE(rows);
    QStringList ids;
    for (const LeadDirectoryRow& row : rows.value())
        ids << row.id;
    return ids;
}

QStringList partnerNames(const Workspace& workspace, const QString& accountId)
{
    auto rows =
        PartnerDirectory::of(workspace.database(), TestWorkspace::actingIn(workspace, accountId));
    REQUIRE(rows);
    QStringList names;
    for (const PartnerDirectoryRow& row : rows.value())
        names << row.name;
    return names;
}

} // namespace

TEST_CASE("The demo workspace is the same every time", "[demo]")
{
    TestWorkspace dir;
    auto first = dir.createDemo(QStringLiteral("first.channeldesk"));
    auto second = dir.createDemo(QStringLiteral("second.channeldesk"));
    CHECK(TestWorkspace::dump(*first) == TestWorkspace::dump(*second));
}

TEST_CASE("Writing the demo never overwrites an existing file", "[demo][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    const QByteArray before = TestWorkspace::fileHash(path);
    auto again = DemoWorkspace::create(path);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    CHECK(TestWorkspace::fileHash(path) == before);
}

TEST_CASE("A failed demo fill writes nothing", "[demo][transactions]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    QSqlQuery query(workspace->database());
    // Occupy a well-known ID, so the fill fails part-way through.
    REQUIRE(query.exec(QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES "
                                      "('UR-400-500-600', 'Someone', 'someone@example.com', 1)")));
    const QString before = TestWorkspace::dump(*workspace);
    auto filled = DemoWorkspace::fill(workspace->database());
    REQUIRE_FALSE(filled);
    CHECK(TestWorkspace::dump(*workspace) == before);
}

TEST_CASE("The demo data is consistent", "[demo]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    if (workspace->engine() == SqlEngine::Sqlite) {
        QSqlQuery query(workspace->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("ok"));
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(query.next());
    }

    SECTION("every ID has its kind's format and was issued")
    {
        const QList<std::pair<QString, QList<IdKind>>> tables = {
            {QStringLiteral("accounts"), {IdKind::VendorAccount, IdKind::PartnerAccount}},
            {QStringLiteral("users"), {IdKind::User}},
            {QStringLiteral("products"), {IdKind::Product}},
            {QStringLiteral("marketplaces"), {IdKind::Marketplace}},
            {QStringLiteral("listings"), {IdKind::Listing}},
            {QStringLiteral("product_groups"), {IdKind::ProductGroup}},
            {QStringLiteral("companies"), {IdKind::Company}},
            {QStringLiteral("contacts"), {IdKind::Contact}},
            {QStringLiteral("leads"), {IdKind::Lead}},
            {QStringLiteral("opportunities"), {IdKind::Opportunity}},
            {QStringLiteral("lead_forms"), {IdKind::LeadForm}},
            {QStringLiteral("agreements"),
             {IdKind::ProgramAgreement, IdKind::DistributionAgreement, IdKind::ServiceAgreement,
              IdKind::SyndicationAgreement, IdKind::ReferralAgreement}},
            {QStringLiteral("contracts"),
             {IdKind::ProgramContract, IdKind::DistributionContract, IdKind::ServiceContract,
              IdKind::SyndicationContract, IdKind::ReferralContract}},
        };
        for (const auto& [table, kinds] : tables) {
            QSqlQuery ids(workspace->database());
            // table names are the fixed list above
            REQUIRE(ids.exec(
                QStringLiteral("SELECT id, id IN (SELECT id FROM issued_ids) FROM %1").arg(table)));
            int rows = 0;
            while (ids.next()) {
                ++rows;
                const QString value = ids.value(0).toString();
                INFO(table.toStdString() << " " << value.toStdString());
                CHECK(std::any_of(kinds.begin(), kinds.end(),
                                  [&](IdKind kind) { return IdFormat::of(kind).matches(value); }));
                CHECK(ids.value(1).toBool());
            }
            INFO(table.toStdString());
            CHECK(rows > 0);
        }
    }

    SECTION("leads agree with their listing, product and marketplace")
    {
        CHECK(TestWorkspace::count(*workspace, QStringLiteral(R"(
            SELECT count(*) FROM leads l
              JOIN listings li ON li.id = l.listing_id
              JOIN products p ON p.id = l.product_id
              JOIN marketplaces m ON m.id = l.marketplace_id
             WHERE li.product_id <> l.product_id OR li.marketplace_id <> l.marketplace_id
                OR p.vendor_account_id <> l.vendor_account_id
                OR m.owner_account_id <> l.distributor_account_id)")) == 0);
        for (const char* status : {"new", "qualified", "disqualified"}) {
            INFO(status);
            CHECK(TestWorkspace::count(
                      *workspace, QStringLiteral("SELECT count(*) FROM leads WHERE status = ?"),
                      {QString::fromLatin1(status)}) > 0);
        }
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral(
                      "SELECT count(*) FROM leads l LEFT JOIN opportunities o ON o.lead_id = l.id "
                      "WHERE (l.status = 'qualified') <> (o.id IS NOT NULL)")) == 0);
        CHECK(TestWorkspace::count(
                  *workspace, QStringLiteral("SELECT count(DISTINCT source) FROM leads")) == 7);
    }

    SECTION("agreements have one active version; distribution agreements their program")
    {
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral(
                      "SELECT count(*) FROM agreements a WHERE (SELECT count(*) FROM "
                      "agreement_versions v WHERE v.agreement_id = a.id AND v.active = 1) <> 1")) ==
              0);
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral(
                      "SELECT count(*) FROM agreements d JOIN agreements p "
                      "ON p.id = d.parent_agreement_id WHERE d.type = 'distribution' "
                      "AND (p.type <> 'program' OR p.owner_account_id <> d.owner_account_id)")) ==
              0);
        CHECK(TestWorkspace::count(
                  *workspace, QStringLiteral("SELECT count(DISTINCT type) FROM agreements")) == 5);
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral(
                      "SELECT count(*) FROM contracts c JOIN agreement_versions v "
                      "ON v.id = c.agreement_version_id WHERE v.agreement_id <> c.agreement_id")) ==
              0);
    }

    SECTION("every lead, contract and agreement has a creation event")
    {
        CHECK(
            TestWorkspace::count(
                *workspace,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT id FROM leads UNION ALL SELECT id FROM contracts "
                    "UNION ALL SELECT id FROM agreements) o WHERE NOT EXISTS (SELECT 1 FROM events "
                    "e WHERE e.object_id = o.id AND e.action = 'created')")) == 0);
    }
}

TEST_CASE("The demo has the seed's partners as Mighty Mick's sees them", "[demo][partners]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    CHECK(home.userName == QStringLiteral("Michael Goldmill"));
    CHECK(home.accountName == QStringLiteral("Mighty Mick's LLC"));
    CHECK(home.accountRole == AccountRole::Distributor);

    auto rows = PartnerDirectory::of(workspace->database(), home);
    REQUIRE(rows);
    QMap<QString, PartnerDirectoryRow> byId;
    for (const PartnerDirectoryRow& row : rows.value())
        byId.insert(row.accountId, row);

    const PartnerDirectoryRow ingram = byId.value(id(DemoWorkspace::ingramMicroId));
    CHECK(ingram.name == QStringLiteral("Ingram Micro"));
    CHECK(ingram.roleKey == QStringLiteral("distributor"));
    CHECK(ingram.statusKey == QStringLiteral("active"));
    CHECK(ingram.technicalContactEmail == QStringLiteral("technical@ingrammicro.com"));
    CHECK(ingram.businessContactEmail == QStringLiteral("business@ingrammicro.com"));
    CHECK(std::tuple(ingram.programContracts, ingram.distributionContracts, ingram.serviceContracts,
                     ingram.syndicationContracts, ingram.listings) == std::tuple(0, 0, 1, 0, 0));

    const PartnerDirectoryRow frontStreet = byId.value(id(DemoWorkspace::frontStreetId));
    CHECK(frontStreet.name == QStringLiteral("Front Street Inc"));
    CHECK(frontStreet.roleKey == QStringLiteral("vendor"));
    CHECK(frontStreet.statusKey == QStringLiteral("invited"));
    CHECK(frontStreet.technicalContactName.isEmpty());
    CHECK(std::tuple(frontStreet.programContracts, frontStreet.distributionContracts,
                     frontStreet.serviceContracts, frontStreet.syndicationContracts,
                     frontStreet.listings) == std::tuple(1, 0, 0, 0, 0));

    const PartnerDirectoryRow champions = byId.value(id(DemoWorkspace::championsCorpId));
    CHECK(champions.name == QStringLiteral("Champions Corp"));
    CHECK(champions.statusKey == QStringLiteral("active"));
    CHECK(champions.technicalContactName == QStringLiteral("Robert Balboa"));
    CHECK(champions.technicalContactEmail == QStringLiteral("rbalboa@fs.com"));
    CHECK(champions.businessContactName == QStringLiteral("Robert Balboa Jr."));
    CHECK(champions.businessContactEmail == QStringLiteral("rbalboajr@fs.com"));
    CHECK(std::tuple(champions.programContracts, champions.distributionContracts,
                     champions.serviceContracts, champions.syndicationContracts,
                     champions.listings) == std::tuple(1, 1, 0, 0, 0));

    CHECK(byId.contains(id(DemoWorkspace::telefonicaId)));
    CHECK(byId.value(id(DemoWorkspace::demoVendorId)).listings > 0);

    CHECK(TestWorkspace::count(
              *workspace,
              QStringLiteral(
                  "SELECT count(*) FROM accounts WHERE id = ? AND industry = 'Telecommunications' "
                  "AND countries = 'Italy' AND technical_contact_name = 'Albert Wilson' "
                  "AND business_contact_name = 'Morris Hawkins' AND overview <> ''"),
              {id(DemoWorkspace::telefonicaId)}) == 1);
    CHECK(
        TestWorkspace::count(
            *workspace,
            QStringLiteral(
                "SELECT count(*) FROM invitations i JOIN partnerships p ON p.id = i.partnership_id "
                "WHERE p.partner_account_id = ? AND p.status = 'invited' AND i.used_at IS NULL"),
            {id(DemoWorkspace::frontStreetId)}) == 1);
}

TEST_CASE("Each demo account sees exactly its own leads and partners", "[demo][visibility]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();

    const QStringList home = leadIds(*workspace, id(DemoWorkspace::homeDistributorId));
    const QStringList vendor = leadIds(*workspace, id(DemoWorkspace::demoVendorId));
    const QStringList ingram = leadIds(*workspace, id(DemoWorkspace::ingramMicroId));
    const QStringList telefonica = leadIds(*workspace, id(DemoWorkspace::telefonicaId));
    CHECK(home.size() == 12);
    CHECK(vendor.size() == 14);
    CHECK(ingram.size() == 4);
    CHECK(telefonica.size() == 4);
    CHECK(leadIds(*workspace, id(DemoWorkspace::championsCorpId)).isEmpty());

    // Each visible lead belongs to the account as vendor or as distributor, and every lead of
    // the account is visible.
    for (const auto& [accountId, ids] : {std::pair{id(DemoWorkspace::homeDistributorId), home},
                                         std::pair{id(DemoWorkspace::demoVendorId), vendor},
                                         std::pair{id(DemoWorkspace::ingramMicroId), ingram},
                                         std::pair{id(DemoWorkspace::telefonicaId), telefonica}}) {
        INFO(accountId.toStdString());
        CHECK(TestWorkspace::count(
                  *workspace,
                  QStringLiteral("SELECT count(*) FROM leads WHERE vendor_account_id = ? OR "
                                 "distributor_account_id = ?"),
                  {accountId, accountId}) == ids.size());
    }
    // The vendor sees all of the home distributor's leads (they are all for its products), and
    // the home distributor none of Ingram Micro's.
    for (const QString& lead : home)
        CHECK(vendor.contains(lead));
    for (const QString& lead : ingram)
        CHECK_FALSE(home.contains(lead));

    CHECK(partnerNames(*workspace, id(DemoWorkspace::homeDistributorId)) ==
          QStringList{QStringLiteral("Apex Cloud Software"), QStringLiteral("Bluebird Resellers"),
                      QStringLiteral("Champions Corp"), QStringLiteral("Front Street Inc"),
                      QStringLiteral("Ingram Micro"), QStringLiteral("Telefonica")});
    CHECK(partnerNames(*workspace, id(DemoWorkspace::demoVendorId)) ==
          QStringList{QStringLiteral("Ingram Micro"), QStringLiteral("Mighty Mick's LLC")});
    CHECK(partnerNames(*workspace, id(DemoWorkspace::telefonicaId)) ==
          QStringList{QStringLiteral("Ingram Micro"), QStringLiteral("Mighty Mick's LLC"),
                      QStringLiteral("Tomorrow Corporation")});
}

TEST_CASE("Contracts, agreements and lead forms are listed for their own accounts only",
          "[demo][visibility]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const ActingContext vendor =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::demoVendorId));

    auto homeContracts = ContractList::of(workspace->database(), home);
    REQUIRE(homeContracts);
    CHECK(homeContracts->size() == 10);
    auto vendorContracts = ContractList::of(workspace->database(), vendor);
    REQUIRE(vendorContracts);
    CHECK(vendorContracts->size() == 5);
    for (const ContractListRow& row : vendorContracts.value())
        CHECK((row.partnerName == QStringLiteral("Mighty Mick's LLC") ||
               row.partnerName == QStringLiteral("Ingram Micro")));

    auto homeAgreements = AgreementList::of(workspace->database(), home);
    REQUIRE(homeAgreements);
    CHECK(homeAgreements->size() == 7);
    auto vendorAgreements = AgreementList::of(workspace->database(), vendor);
    REQUIRE(vendorAgreements);
    CHECK(vendorAgreements->isEmpty());

    auto vendorForms = LeadFormList::of(workspace->database(), vendor);
    REQUIRE(vendorForms);
    REQUIRE(vendorForms->size() == 2);
    CHECK(vendorForms->first().statusKey == QStringLiteral("active"));
    CHECK(vendorForms->first().customFields == 4);
    CHECK(vendorForms->first().products == 2);
    auto homeForms = LeadFormList::of(workspace->database(), home);
    REQUIRE(homeForms);
    CHECK(homeForms->isEmpty());
}

TEST_CASE("Acting contexts resolve only for real memberships", "[session]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    auto all = Memberships::all(workspace->database());
    REQUIRE(all);
    CHECK(all->size() >= 10);
    int apolloAccounts = 0;
    for (const ActingContext& context : all.value())
        apolloAccounts += context.userName == QStringLiteral("Apollo Creed") ? 1 : 0;
    CHECK(apolloAccounts == 2);

    auto stranger = Memberships::resolve(workspace->database(), id(DemoWorkspace::homeUserId),
                                         id(DemoWorkspace::demoVendorId));
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().code == ErrorCode::PermissionDenied);

    const ActingContext viewer = [&] {
        for (const ActingContext& context : all.value())
            if (context.userRole == UserRole::Viewer)
                return context;
        return ActingContext();
    }();
    CHECK_FALSE(viewer.canCreateLeads());
    CHECK_FALSE(viewer.canManagePartners());
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    CHECK(home.canCreateLeads());
    CHECK(home.canManagePartners());
    const ActingContext vendor = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    CHECK(vendor.isVendorPortal());
    CHECK_FALSE(vendor.canCreateLeads());
}

TEST_CASE("The demo acts as Michael Goldmill of Mighty Mick's by default", "[demo][session]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    auto home = Memberships::home(workspace->database());
    REQUIRE(home);
    CHECK(home->userId == id(DemoWorkspace::homeUserId));
    CHECK(home->accountId == id(DemoWorkspace::homeDistributorId));

    // A recorded home that is no membership is refused; the fallback is the first membership.
    auto stranger = Memberships::setHome(workspace->database(), id(DemoWorkspace::homeUserId),
                                         id(DemoWorkspace::demoVendorId));
    REQUIRE_FALSE(stranger);
    QSqlQuery query(workspace->database());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM workspace_info")));
    auto fallback = Memberships::home(workspace->database());
    REQUIRE(fallback);
    CHECK(fallback.value() == Memberships::all(workspace->database())->first());
}

TEST_CASE("A partnership recorded in both directions is listed once", "[partners]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    QSqlQuery query(workspace->database());
    query.prepare(QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, "
                                 "status, created_at, updated_at) VALUES (?, ?, 'removed', 1, 1)"));
    query.addBindValue(id(DemoWorkspace::ingramMicroId));
    query.addBindValue(id(DemoWorkspace::homeDistributorId));
    REQUIRE(query.exec());

    const QStringList home = partnerNames(*workspace, id(DemoWorkspace::homeDistributorId));
    CHECK(home.count(QStringLiteral("Ingram Micro")) == 1);
    auto rows = PartnerDirectory::of(
        workspace->database(),
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId)));
    REQUIRE(rows);
    for (const PartnerDirectoryRow& row : rows.value())
        if (row.accountId == id(DemoWorkspace::ingramMicroId))
            CHECK(row.statusKey == QStringLiteral("active"));
    CHECK(partnerNames(*workspace, id(DemoWorkspace::ingramMicroId))
              .count(QStringLiteral("Mighty Mick's LLC")) == 1);
}
