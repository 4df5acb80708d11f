#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "partners/PartnerDetails.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

struct PartnerFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext apex = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                               id(DemoWorkspace::demoVendorId));
    ActingContext ingram = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::ingramMicroId));
    ActingContext champions =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::championsCorpId));

    PartnerProfile load(const ActingContext& acting, const char* accountId) const
    {
        auto loaded = PartnerDetails::load(db, acting, id(accountId));
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded);
        return loaded.value();
    }
    void exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(sql));
        for (const QVariant& value : values)
            query.addBindValue(value);
        INFO(sql.toStdString());
        REQUIRE(query.exec());
    }
};

QStringList typesOf(const PartnerProfile& profile)
{
    QStringList types;
    for (const PartnerContract& contract : profile.contracts)
        types << contract.typeKey;
    types.sort();
    return types;
}

} // namespace

TEST_CASE("Telefonica as Mighty Mick's sees it: header and General tab", "[partnerdetails]")
{
    PartnerFixture f;
    const PartnerProfile p = f.load(f.home, DemoWorkspace::telefonicaId);
    CHECK(p.accountId == id(DemoWorkspace::telefonicaId));
    CHECK(p.name == QStringLiteral("Telefonica"));
    CHECK(p.roleKey == QStringLiteral("vendor"));
    CHECK(p.statusKey == QStringLiteral("active"));
    CHECK(p.description.startsWith(
        QStringLiteral("Telefonica is a Spanish multinational broadband and telecommunications")));
    CHECK(p.description.endsWith(QStringLiteral("Euro Stoxx 50 stock market index.")));
    CHECK(p.overview.startsWith(QStringLiteral("We have been very impressed by the commitment")));
    CHECK(p.overview.endsWith(QStringLiteral("delivers real value for us.")));
    CHECK(p.overviewAuthor.startsWith(QStringLiteral("Juan Manuel Moreno")));
    CHECK(p.overviewAuthor.contains(QStringLiteral("Global Cloud Director")));
    CHECK(p.industry == QStringLiteral("Telecommunications"));
    CHECK(p.countries == QStringLiteral("Italy"));
    CHECK(p.headquarters == QStringLiteral("Madrid, Spain"));
    CHECK(p.languages == QStringLiteral("Spanish, English"));
    CHECK(PartnerDetails::websiteUrls(p.websites) ==
          QStringList{QStringLiteral("https://www.telefonica.com")});
    CHECK(p.technicalContact.name == QStringLiteral("Albert Wilson"));
    CHECK(p.technicalContact.email == QStringLiteral("craig.kehr@example.com"));
    CHECK(p.businessContact.name == QStringLiteral("Morris Hawkins"));
    CHECK(p.businessContact.email == QStringLiteral("timothy.barnes@example.com"));

    REQUIRE(p.media.size() == 2);
    const PartnerMedia& image = p.media.at(0);
    CHECK(image.kindKey == QStringLiteral("image"));
    CHECK(image.title == QStringLiteral("Telefonica logo"));
    CHECK(image.fileId > 0);
    CHECK(image.fileName == QStringLiteral("telefonica-logo.png"));
    CHECK(image.mimeType == QStringLiteral("image/png"));
    CHECK(image.fileSize > 0);
    const PartnerMedia& video = p.media.at(1);
    CHECK(video.kindKey == QStringLiteral("video"));
    CHECK(video.url.startsWith(QStringLiteral("https://")));
    CHECK(video.fileId == 0);

    auto bytes = PartnerDetails::mediaFile(f.db, f.home, p.accountId, image.fileId);
    REQUIRE(bytes);
    CHECK(bytes->size() == image.fileSize);
    CHECK(bytes->startsWith("\x89PNG"));
}

TEST_CASE("Telefonica's news come newest first — its one contract is the program",
          "[partnerdetails]")
{
    PartnerFixture f;
    const PartnerProfile p = f.load(f.home, DemoWorkspace::telefonicaId);
    REQUIRE(p.news.size() == 3);
    CHECK(p.news.at(0).title == QStringLiteral("New cloud region in Milan"));
    CHECK(p.news.at(2).title ==
          QStringLiteral("Movistar Cloud Connect reaches all major public clouds"));
    CHECK(p.news.at(0).publishedAt > p.news.at(1).publishedAt);
    CHECK(p.news.at(1).publishedAt > p.news.at(2).publishedAt);
    for (const PartnerNewsItem& item : p.news) {
        CHECK(!item.id.isEmpty());
        CHECK(!item.body.isEmpty());
    }

    // Only the contracts between the two: not Telefonica's with Ingram Micro or Tomorrow.
    REQUIRE(p.contracts.size() == 1);
    const PartnerContract& program = p.contracts.at(0);
    CHECK(program.typeKey == QStringLiteral("program"));
    CHECK(program.contractId.startsWith(QStringLiteral("CRP-")));
    CHECK(program.statusKey == QStringLiteral("active"));
    CHECK(program.agreementId.startsWith(QStringLiteral("AGP-")));
    CHECK(program.agreementName == QStringLiteral("Mighty Mick's Vendor Program"));
    CHECK(program.version == 2);
    CHECK(program.activeVersion == 2);
    CHECK(!program.updateAvailable());
    CHECK(program.issuedByActing);
    CHECK(p.listings.isEmpty());
}

TEST_CASE("Champions Corp has one program and one distribution contract and no listings",
          "[partnerdetails]")
{
    PartnerFixture f;
    const PartnerProfile p = f.load(f.home, DemoWorkspace::championsCorpId);
    CHECK(p.name == QStringLiteral("Champions Corp"));
    CHECK(p.statusKey == QStringLiteral("active"));
    CHECK(p.technicalContact.name == QStringLiteral("Robert Balboa"));
    CHECK(p.technicalContact.email == QStringLiteral("rbalboa@fs.com"));
    CHECK(p.businessContact.name == QStringLiteral("Robert Balboa Jr."));
    CHECK(p.businessContact.email == QStringLiteral("rbalboajr@fs.com"));
    REQUIRE(p.contracts.size() == 2);
    CHECK(typesOf(p) == QStringList{QStringLiteral("distribution"), QStringLiteral("program")});
    const auto distribution =
        std::find_if(p.contracts.cbegin(), p.contracts.cend(), [](const PartnerContract& c) {
            return c.typeKey == QStringLiteral("distribution");
        });
    REQUIRE(distribution != p.contracts.cend());
    CHECK(distribution->contractId.startsWith(QStringLiteral("CRD-")));
    CHECK(distribution->marketplaceName == QStringLiteral("Mighty Mick's LATAM"));
    CHECK(distribution->agreementName == QStringLiteral("Mighty Mick's LATAM Distribution"));
    CHECK(distribution->version == 1);
    CHECK(p.listings.isEmpty());
    REQUIRE(p.news.size() == 1);
    CHECK(p.media.isEmpty());
}

TEST_CASE("Apex's listings are its products on Mighty Mick's marketplaces", "[partnerdetails]")
{
    PartnerFixture f;
    const PartnerProfile p = f.load(f.home, DemoWorkspace::demoVendorId);
    CHECK(typesOf(p) == QStringList{QStringLiteral("distribution"), QStringLiteral("distribution"),
                                    QStringLiteral("program")});
    // Four listed as the directory counts them, and one unlisted; not the one on Ingram Micro UK.
    REQUIRE(p.listings.size() == 5);
    const auto listed =
        std::count_if(p.listings.cbegin(), p.listings.cend(), [](const PartnerListing& l) {
            return l.statusKey == QStringLiteral("listed");
        });
    CHECK(listed == 4);
    for (const PartnerListing& listing : p.listings) {
        CHECK(listing.productName.startsWith(QStringLiteral("Apex ")));
        CHECK(listing.marketplaceName.startsWith(QStringLiteral("Mighty Mick's ")));
        CHECK(listing.contractId.startsWith(QStringLiteral("CRD-")));
        CHECK(listing.listingId.startsWith(QStringLiteral("LST-")));
    }
    CHECK(p.listings.at(0).productName == QStringLiteral("Apex Analytics"));

    // The other direction: Apex sees the same listings and contracts of Mighty Mick's.
    const PartnerProfile mm = f.load(f.apex, DemoWorkspace::homeDistributorId);
    CHECK(mm.name == QStringLiteral("Mighty Mick's LLC"));
    CHECK(mm.roleKey == QStringLiteral("distributor"));
    CHECK(mm.statusKey == QStringLiteral("active"));
    CHECK(mm.listings.size() == 5);
    REQUIRE(mm.contracts.size() == 3);
    CHECK(!mm.contracts.at(0).issuedByActing);

    // Ingram Micro sees only the listing on its own marketplace.
    const PartnerProfile fromIngram = f.load(f.ingram, DemoWorkspace::demoVendorId);
    REQUIRE(fromIngram.listings.size() == 1);
    CHECK(fromIngram.listings.at(0).marketplaceName == QStringLiteral("Ingram Micro UK"));
}

TEST_CASE("A newer active agreement version shows as an update", "[partnerdetails]")
{
    PartnerFixture f;
    const QString agreement = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT id FROM agreements WHERE name = ?"),
        {QStringLiteral("Mighty Mick's Vendor Program")});
    f.exec(QStringLiteral("UPDATE agreement_versions SET active = 0 WHERE agreement_id = ?"),
           {agreement});
    f.exec(QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, description, "
                          "active, created_at) VALUES (?, 3, 'Version 3', 1, 1)"),
           {agreement});
    const PartnerProfile p = f.load(f.home, DemoWorkspace::telefonicaId);
    REQUIRE(p.contracts.size() == 1);
    CHECK(p.contracts.at(0).version == 2);
    CHECK(p.contracts.at(0).activeVersion == 3);
    CHECK(p.contracts.at(0).updateAvailable());
}

TEST_CASE("A partner without a partnership is not found, saying nothing more", "[partnerdetails]")
{
    PartnerFixture f;
    auto champions = PartnerDetails::load(f.db, f.ingram, id(DemoWorkspace::championsCorpId));
    REQUIRE(!champions);
    CHECK(champions.error().code == ErrorCode::NotFound);
    auto missing = PartnerDetails::load(f.db, f.home, QStringLiteral("VA-000-000"));
    REQUIRE(!missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    // Same message shape for both: nothing tells an existing account from a missing one.
    QString missingMessage = missing.error().message;
    missingMessage.replace(QStringLiteral("VA-000-000"), id(DemoWorkspace::championsCorpId));
    CHECK(champions.error().message == missingMessage);
    auto self = PartnerDetails::load(f.db, f.home, id(DemoWorkspace::homeDistributorId));
    CHECK(!self);
    CHECK(self.error().code == ErrorCode::NotFound);

    // Champions Corp and Telefonica are no partners: no media file either.
    const PartnerProfile telefonica = f.load(f.home, DemoWorkspace::telefonicaId);
    auto file = PartnerDetails::mediaFile(f.db, f.champions, telefonica.accountId,
                                          telefonica.media.at(0).fileId);
    REQUIRE(!file);
    CHECK(file.error().code == ErrorCode::NotFound);
    // A file that is none of the partner's media.
    auto other = PartnerDetails::mediaFile(f.db, f.home, id(DemoWorkspace::championsCorpId),
                                           telefonica.media.at(0).fileId);
    CHECK(!other);
}

TEST_CASE("A partnership both ways takes the status of the acting account's own",
          "[partnerdetails]")
{
    PartnerFixture f;
    f.exec(QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, status, "
                          "created_at, updated_at) VALUES (?, ?, 'removed', 1, 1)"),
           {id(DemoWorkspace::telefonicaId), id(DemoWorkspace::homeDistributorId)});
    ActingContext telefonica =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::telefonicaId));
    CHECK(f.load(telefonica, DemoWorkspace::homeDistributorId).statusKey ==
          QStringLiteral("removed"));
    CHECK(f.load(f.home, DemoWorkspace::telefonicaId).statusKey == QStringLiteral("active"));
}

TEST_CASE("Stored lists and websites split into entries", "[partnerdetails]")
{
    CHECK(PartnerDetails::splitList(QStringLiteral(" Italy, Spain ;United States,,")) ==
          QStringList{QStringLiteral("Italy"), QStringLiteral("Spain"),
                      QStringLiteral("United States")});
    CHECK(PartnerDetails::splitList(QString()).isEmpty());
    CHECK(PartnerDetails::websiteUrls(QStringLiteral(
              "https://a.example, www.b.example\nftp://c.example  http://d.example")) ==
          QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://www.b.example"),
                      QStringLiteral("http://d.example")});
}
