#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"

namespace {
QStringList labels(const Result<QList<LeadOption>>& options)
{
    REQUIRE(options);
    QStringList list;
    for (const LeadOption& option : options.value())
        list << option.label;
    return list;
}
} // namespace

TEST_CASE("The wizard offers the acting distributor's listed products and marketplaces",
          "[leads][catalog]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const QSqlDatabase db = workspace->database();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const ActingContext ingram =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::ingramMicroId));

    CHECK(labels(LeadCatalog::products(db, home)) ==
          QStringList{QStringLiteral("Apex Analytics"), QStringLiteral("Apex Backup"),
                      QStringLiteral("Apex Mail Security")});
    CHECK(labels(LeadCatalog::products(db, ingram)) ==
          QStringList{QStringLiteral("Apex Backup"), QStringLiteral("Movistar Cloud Connect")});

    const auto products = LeadCatalog::products(db, home).value();
    const QString backup = products.at(1).id;
    const QString analytics = products.at(0).id;
    CHECK(labels(LeadCatalog::marketplaces(db, home, backup)) ==
          QStringList{QStringLiteral("Mighty Mick's EU"), QStringLiteral("Mighty Mick's US")});
    // Analytics is unlisted on the US marketplace.
    CHECK(labels(LeadCatalog::marketplaces(db, home, analytics)) ==
          QStringList{QStringLiteral("Mighty Mick's EU")});
    // Ingram Micro sees only its own marketplace for the same product.
    CHECK(labels(LeadCatalog::marketplaces(db, ingram, backup)) ==
          QStringList{QStringLiteral("Ingram Micro UK")});

    const QString listingId = LeadCatalog::marketplaces(db, home, backup)->first().id;
    auto listing = LeadCatalog::listing(db, listingId);
    REQUIRE(listing);
    CHECK(listing->formName == QStringLiteral("Apex Standard Lead Form"));
    CHECK(listing->schema.customFields().size() == 4);
    CHECK(listing->vendorAccountId == id(DemoWorkspace::demoVendorId));
    CHECK(listing->phoneRegion() == QStringLiteral("DE"));
    CHECK(LeadCatalog::listing(db, QStringLiteral("LST-000-000-000")).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("Companies, contacts, users and reference lists", "[leads][catalog]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const QSqlDatabase db = workspace->database();
    auto options = [](const Result<LeadCatalog::Matches>& matches) {
        REQUIRE(matches);
        return labels(matches->options);
    };
    CHECK(options(LeadCatalog::searchCompanies(db, {})).size() == 8);
    CHECK(options(LeadCatalog::searchCompanies(db, QStringLiteral("acme"))) ==
          QStringList{QStringLiteral("Acme Logistics")});
    CHECK(options(LeadCatalog::searchCompanies(db, QStringLiteral("no such company"))).isEmpty());

    const QString acme =
        LeadCatalog::searchCompanies(db, QStringLiteral("Acme"))->options.first().id;
    CHECK(options(LeadCatalog::searchContacts(db, acme, {})).size() == 2); // its own only

    CHECK(labels(LeadCatalog::users(db, id(DemoWorkspace::homeDistributorId)))
              .contains(QStringLiteral("Michael Goldmill")));
    CHECK(labels(LeadCatalog::referenceList(db, id(DemoWorkspace::homeDistributorId),
                                            LeadCatalog::ReferenceList::SellingDirections)) ==
          QStringList{QStringLiteral("Enterprise"), QStringLiteral("Public sector"),
                      QStringLiteral("SMB")});
    CHECK(labels(LeadCatalog::referenceList(db, id(DemoWorkspace::homeDistributorId),
                                            LeadCatalog::ReferenceList::Campaigns))
              .size() == 3);
    CHECK(labels(LeadCatalog::referenceList(db, id(DemoWorkspace::homeDistributorId),
                                            LeadCatalog::ReferenceList::ContentChannels))
              .size() == 4);
}
