#include "CatalogFixture.h"

#include "catalog/IsoCodes.h"
#include "catalog/ListingService.h"
#include "catalog/MarketplaceService.h"
#include "catalog/ProductGroupService.h"
#include "catalog/ProductService.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "storage/Migrations.h"

namespace {

ProductInput productInput(const QString& name, ProductStatus status = ProductStatus::Published)
{
    return ProductInput{name, QStringLiteral("What it does"), status};
}

MarketplaceInput marketplaceInput(const QString& name)
{
    return MarketplaceInput{
        name, {QStringLiteral("DE"), QStringLiteral("FR")}, QStringLiteral("EUR")};
}

QString lastAction(const QSqlDatabase& db, const QString& objectId)
{
    auto events = EventLog::forObject(db, objectId);
    REQUIRE(events);
    REQUIRE_FALSE(events->isEmpty());
    return events->constLast().action;
}

/// A published product of the vendor listed on a new marketplace with an Active contract.
struct ListedProduct {
    QString productId;
    QString marketplaceId;
    QString listingId;
};

ListedProduct listedProduct(CatalogFixture& f, const QString& name = QStringLiteral("Backup"))
{
    auto marketplace = MarketplaceService::create(f.db, f.distributorAdmin(),
                                                  marketplaceInput(name + QStringLiteral(" shop")));
    REQUIRE(marketplace);
    f.addDistributionContract(marketplace.value(), QStringLiteral("active"));
    auto product = ProductService::create(f.db, f.vendorAdmin(), productInput(name));
    REQUIRE(product);
    auto listing =
        ListingService::request(f.db, f.vendorAdmin(), product.value(), marketplace.value());
    REQUIRE(listing);
    REQUIRE(ListingService::setListed(f.db, f.distributorAdmin(), listing.value(), true));
    return {product.value(), marketplace.value(), listing.value()};
}

} // namespace

TEST_CASE("ISO codes come from the locale data: countries and currencies", "[catalog]")
{
    CHECK(IsoCodes::countries().size() > 200);
    CHECK(IsoCodes::isCountry(QStringLiteral("DE")));
    CHECK(IsoCodes::isCountry(QStringLiteral("BR")));
    CHECK_FALSE(IsoCodes::isCountry(QStringLiteral("XX")));
    CHECK_FALSE(IsoCodes::isCountry(QStringLiteral("EU")));
    CHECK_FALSE(IsoCodes::isCountry(QStringLiteral("de")));
    CHECK(IsoCodes::countryName(QStringLiteral("DE")) == QStringLiteral("Germany"));
    CHECK(IsoCodes::isCurrency(QStringLiteral("EUR")));
    CHECK(IsoCodes::isCurrency(QStringLiteral("USD")));
    CHECK(IsoCodes::isCurrency(QStringLiteral("JPY")));
    CHECK_FALSE(IsoCodes::isCurrency(QStringLiteral("ABC")));
    CHECK_FALSE(IsoCodes::isCurrency(QStringLiteral("eur")));
}

TEST_CASE("Products: a vendor's managers create and edit them - others are refused",
          "[catalog][products]")
{
    CatalogFixture f;
    auto created = ProductService::create(
        f.db, f.vendorAdmin(), productInput(QStringLiteral("  Backup  "), ProductStatus::Draft));
    REQUIRE(created);
    CHECK(created->startsWith(QStringLiteral("PRD-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM products WHERE id = ? AND name = 'Backup' "
                                 "AND status = 'draft' AND vendor_account_id = 'VA-200-200'"),
                  {created.value()}) == 1);
    CHECK(lastAction(f.db, created.value()) == QStringLiteral("created"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM issued_ids WHERE id = ?"),
                  {created.value()}) == 1);

    REQUIRE(ProductService::update(f.db, f.vendorAdmin(), created.value(),
                                   productInput(QStringLiteral("Backup Pro"))));
    CHECK(lastAction(f.db, created.value()) == QStringLiteral("published"));
    auto row = ProductService::product(f.db, f.vendorAdmin(), created.value());
    REQUIRE(row);
    CHECK(row->name == QStringLiteral("Backup Pro"));
    CHECK(row->statusKey == QStringLiteral("published"));

    const QString before = TestWorkspace::dump(*f.workspace);
    for (const ActingContext& refused :
         {f.vendorViewer(), f.distributorAdmin(), f.distributorViewer()}) {
        auto create = ProductService::create(f.db, refused, productInput(QStringLiteral("X")));
        REQUIRE_FALSE(create);
        CHECK(create.error().code == ErrorCode::PermissionDenied);
        auto update = ProductService::update(f.db, refused, created.value(),
                                             productInput(QStringLiteral("Y")));
        REQUIRE_FALSE(update);
        CHECK(update.error().code == ErrorCode::PermissionDenied);
        auto remove = ProductService::remove(f.db, refused, created.value());
        REQUIRE_FALSE(remove);
        CHECK(remove.error().code == ErrorCode::PermissionDenied);
    }
    // Another vendor's admin does not find the product.
    auto foreign = ProductService::update(f.db, f.otherVendorAdmin(), created.value(),
                                          productInput(QStringLiteral("Stolen")));
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == ErrorCode::NotFound);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    auto distributorList = ProductService::list(f.db, f.distributorAdmin());
    REQUIRE(distributorList);
    CHECK(distributorList->isEmpty());
}

TEST_CASE("Products: name required, limited, unique per vendor in any case", "[catalog][products]")
{
    CatalogFixture f;
    // No description at all (a null string) is an empty one.
    CHECK(ProductService::create(
        f.db, f.vendorAdmin(),
        ProductInput{QStringLiteral("Bare"), QString(), ProductStatus::Draft}));
    CHECK(ProductGroupService::create(f.db, f.distributorAdmin(),
                                      ProductGroupInput{QStringLiteral("Bare"), QString(), {}}));
    REQUIRE(ProductService::create(f.db, f.vendorAdmin(), productInput(QStringLiteral("Backup"))));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto duplicate =
        ProductService::create(f.db, f.vendorAdmin(), productInput(QStringLiteral(" BACKUP ")));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Invalid);
    CHECK(duplicate.error().message.contains(QStringLiteral("already have a product")));
    CHECK(ProductService::validate(f.db, f.vendorAdmin(), productInput(QStringLiteral("   ")))
              .value(QStringLiteral("name")) == QStringLiteral("Required."));
    CHECK(ProductService::validate(f.db, f.vendorAdmin(),
                                   productInput(QString(101, QLatin1Char('x'))))
              .value(QStringLiteral("name"))
              .contains(QStringLiteral("101")));
    CHECK(ProductService::validate(f.db, f.vendorAdmin(),
                                   productInput(QStringLiteral("Bad\u001bname")))
              .contains(QStringLiteral("name")));
    ProductInput longDescription = productInput(QStringLiteral("Other"));
    longDescription.description =
        QString(ProductService::maxDescriptionLength + 1, QLatin1Char('d'));
    CHECK(ProductService::validate(f.db, f.vendorAdmin(), longDescription)
              .contains(QStringLiteral("description")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    // Another vendor may use the same name; the database refuses a duplicate too.
    CHECK(
        ProductService::create(f.db, f.otherVendorAdmin(), productInput(QStringLiteral("backup"))));
    QSqlQuery raw(f.db);
    CHECK_FALSE(
        raw.exec(QStringLiteral("INSERT INTO products(id, name, vendor_account_id, created_at) "
                                "VALUES ('PRD-999-999-999', 'bAcKuP', 'VA-200-200', 1)")));
}

TEST_CASE("Marketplaces: owner's managers create them with ISO countries and currency",
          "[catalog][marketplaces]")
{
    CatalogFixture f;
    MarketplaceInput input{QStringLiteral("EU shop"),
                           {QStringLiteral("de"), QStringLiteral("FR"), QStringLiteral("DE")},
                           QStringLiteral(" eur ")};
    auto created = MarketplaceService::create(f.db, f.distributorManager(), input);
    REQUIRE(created);
    CHECK(created->startsWith(QStringLiteral("MP-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM marketplaces WHERE id = ? "
                                 "AND countries = 'DE,FR' AND currency = 'EUR' "
                                 "AND owner_account_id = 'PA-100-100'"),
                  {created.value()}) == 1);
    CHECK(lastAction(f.db, created.value()) == QStringLiteral("created"));

    const QString before = TestWorkspace::dump(*f.workspace);
    auto reasons = MarketplaceService::validate(
        f.db, f.distributorAdmin(),
        MarketplaceInput{QStringLiteral("eu SHOP"), {QStringLiteral("XX")}, QStringLiteral("ABC")});
    CHECK(reasons.value(QStringLiteral("name")).contains(QStringLiteral("already have")));
    CHECK(reasons.value(QStringLiteral("countries")).contains(QStringLiteral("XX")));
    CHECK(reasons.value(QStringLiteral("currency")).contains(QStringLiteral("ABC")));
    CHECK(MarketplaceService::validate(f.db, f.distributorAdmin(),
                                       MarketplaceInput{QStringLiteral("New"), {}, {}})
              .value(QStringLiteral("countries")) == QStringLiteral("Pick at least one country."));
    for (const ActingContext& refused :
         {f.distributorSales(), f.distributorViewer(), f.vendorAdmin()}) {
        auto create =
            MarketplaceService::create(f.db, refused, marketplaceInput(QStringLiteral("Z")));
        REQUIRE_FALSE(create);
        CHECK(create.error().code == ErrorCode::PermissionDenied);
        CHECK_FALSE(MarketplaceService::update(f.db, refused, created.value(),
                                               marketplaceInput(QStringLiteral("Z"))));
        CHECK_FALSE(MarketplaceService::remove(f.db, refused, created.value()));
    }
    auto duplicate = MarketplaceService::create(f.db, f.distributorAdmin(),
                                                marketplaceInput(QStringLiteral("EU SHOP")));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Invalid);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    // Another owner may use the name.
    CHECK(MarketplaceService::create(f.db, f.otherDistributorAdmin(),
                                     marketplaceInput(QStringLiteral("EU shop"))));
    // The database refuses codes that are not ISO-shaped.
    QSqlQuery raw(f.db);
    CHECK_FALSE(raw.exec(QStringLiteral(
        "UPDATE marketplaces SET currency = 'eur' WHERE owner_account_id = 'PA-100-100'")));
    CHECK_FALSE(raw.exec(QStringLiteral(
        "UPDATE marketplaces SET countries = 'DE;FR' WHERE owner_account_id = 'PA-100-100'")));

    REQUIRE(MarketplaceService::update(
        f.db, f.distributorAdmin(), created.value(),
        MarketplaceInput{QStringLiteral("Europe"), {QStringLiteral("IT")}, QStringLiteral("EUR")}));
    CHECK(lastAction(f.db, created.value()) == QStringLiteral("updated"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM marketplaces WHERE name = 'Europe' "
                                 "AND countries = 'IT'")) == 1);
}

TEST_CASE("Marketplaces in use cannot be deleted - unused ones can", "[catalog][marketplaces]")
{
    CatalogFixture f;
    auto used = MarketplaceService::create(f.db, f.distributorAdmin(),
                                           marketplaceInput(QStringLiteral("Used")));
    auto unused = MarketplaceService::create(f.db, f.distributorAdmin(),
                                             marketplaceInput(QStringLiteral("Unused")));
    REQUIRE(used);
    REQUIRE(unused);
    f.addDistributionContract(used.value(), QStringLiteral("pending"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto refused = MarketplaceService::remove(f.db, f.distributorAdmin(), used.value());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("agreement")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    REQUIRE(MarketplaceService::remove(f.db, f.distributorAdmin(), unused.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM marketplaces WHERE id = ?"),
                  {unused.value()}) == 0);
    CHECK(lastAction(f.db, unused.value()) == QStringLiteral("deleted"));
}

TEST_CASE("Listings: requested for a published product where the vendor has an Active "
          "distribution contract",
          "[catalog][listings]")
{
    CatalogFixture f;
    auto active = MarketplaceService::create(f.db, f.distributorAdmin(),
                                             marketplaceInput(QStringLiteral("Active shop")));
    auto pending = MarketplaceService::create(f.db, f.distributorAdmin(),
                                              marketplaceInput(QStringLiteral("Pending shop")));
    REQUIRE(active);
    REQUIRE(pending);
    const QString contract = f.addDistributionContract(active.value(), QStringLiteral("active"));
    f.addDistributionContract(pending.value(), QStringLiteral("pending"));
    auto draft = ProductService::create(
        f.db, f.vendorAdmin(), productInput(QStringLiteral("Draft"), ProductStatus::Draft));
    auto published =
        ProductService::create(f.db, f.vendorAdmin(), productInput(QStringLiteral("Published")));
    REQUIRE(draft);
    REQUIRE(published);

    auto products = ListingService::productChoices(f.db, f.vendorAdmin());
    REQUIRE(products);
    REQUIRE(products->size() == 1);
    CHECK(products->first().id == published.value());
    auto marketplaces =
        ListingService::marketplaceChoices(f.db, f.vendorAdmin(), published.value());
    REQUIRE(marketplaces);
    REQUIRE(marketplaces->size() == 1);
    CHECK(marketplaces->first().id == active.value());
    CHECK(marketplaces->first().detail == QStringLiteral("Dist One"));

    const QString before = TestWorkspace::dump(*f.workspace);
    auto ofDraft = ListingService::request(f.db, f.vendorAdmin(), draft.value(), active.value());
    REQUIRE_FALSE(ofDraft);
    CHECK(ofDraft.error().message.contains(QStringLiteral("draft")));
    auto noContract =
        ListingService::request(f.db, f.vendorAdmin(), published.value(), pending.value());
    REQUIRE_FALSE(noContract);
    CHECK(noContract.error().message.contains(QStringLiteral("Active distribution contract")));
    auto otherVendor =
        ListingService::request(f.db, f.otherVendorAdmin(), published.value(), active.value());
    REQUIRE_FALSE(otherVendor);
    for (const ActingContext& refused : {f.vendorViewer(), f.distributorAdmin()}) {
        auto request = ListingService::request(f.db, refused, published.value(), active.value());
        REQUIRE_FALSE(request);
        CHECK(request.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    auto listing =
        ListingService::request(f.db, f.vendorAdmin(), published.value(), active.value());
    REQUIRE(listing);
    CHECK(
        f.count(QStringLiteral("SELECT count(*) FROM listings WHERE id = ? AND status = 'unlisted' "
                               "AND contract_id = ?"),
                {listing.value(), contract}) == 1);
    CHECK(lastAction(f.db, listing.value()) == QStringLiteral("requested"));
    auto again = ListingService::request(f.db, f.vendorAdmin(), published.value(), active.value());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    marketplaces = ListingService::marketplaceChoices(f.db, f.vendorAdmin(), published.value());
    REQUIRE(marketplaces);
    CHECK_FALSE(marketplaces->first().unavailableReason.isEmpty());

    // The database refuses a listing of a draft product and a contract of another marketplace.
    QSqlQuery raw(f.db);
    CHECK_FALSE(raw.exec(
        QStringLiteral(
            "INSERT INTO listings(id, product_id, marketplace_id, status, created_at) VALUES "
            "('LST-999-999-999', '%1', '%2', 'unlisted', 1)")
            .arg(draft.value(), active.value())));
    CHECK_FALSE(raw.exec(
        QStringLiteral("UPDATE listings SET contract_id = 'CRD-10000-10000-00002' WHERE id = '%1'")
            .arg(listing.value())));
}

TEST_CASE("Listings: only the marketplace's owner lists and unlists - Create Lead offers only "
          "listed listings",
          "[catalog][listings]")
{
    CatalogFixture f;
    auto marketplace = MarketplaceService::create(f.db, f.distributorAdmin(),
                                                  marketplaceInput(QStringLiteral("Shop")));
    REQUIRE(marketplace);
    f.addDistributionContract(marketplace.value(), QStringLiteral("active"));
    auto product =
        ProductService::create(f.db, f.vendorAdmin(), productInput(QStringLiteral("Mail")));
    REQUIRE(product);
    auto listing =
        ListingService::request(f.db, f.vendorAdmin(), product.value(), marketplace.value());
    REQUIRE(listing);
    auto offered = LeadCatalog::products(f.db, f.distributorSales());
    REQUIRE(offered);
    CHECK(offered->isEmpty());

    const QString before = TestWorkspace::dump(*f.workspace);
    for (const ActingContext& refused :
         {f.vendorAdmin(), f.distributorSales(), f.distributorViewer(), f.otherDistributorAdmin()})
        CHECK_FALSE(ListingService::setListed(f.db, refused, listing.value(), true));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    REQUIRE(ListingService::setListed(f.db, f.distributorManager(), listing.value(), true));
    CHECK(lastAction(f.db, listing.value()) == QStringLiteral("listed"));
    offered = LeadCatalog::products(f.db, f.distributorSales());
    REQUIRE(offered);
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().id == product.value());
    auto marketplaces = LeadCatalog::marketplaces(f.db, f.distributorSales(), product.value());
    REQUIRE(marketplaces);
    REQUIRE(marketplaces->size() == 1);
    CHECK(marketplaces->first().id == listing.value());

    // A listed product stays published, in core and in the database.
    auto toDraft =
        ProductService::update(f.db, f.vendorAdmin(), product.value(),
                               productInput(QStringLiteral("Mail"), ProductStatus::Draft));
    REQUIRE_FALSE(toDraft);
    CHECK(toDraft.error().message.contains(QStringLiteral("stays published")));
    QSqlQuery raw(f.db);
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE products SET status = 'draft' WHERE id = '%1'")
                             .arg(product.value())));
    // Listed: neither withdrawn nor deleted.
    auto withdraw = ListingService::withdraw(f.db, f.vendorAdmin(), listing.value());
    REQUIRE_FALSE(withdraw);
    CHECK(withdraw.error().message.contains(QStringLiteral("unlist")));
    auto remove = ProductService::remove(f.db, f.vendorAdmin(), product.value());
    REQUIRE_FALSE(remove);
    CHECK(remove.error().message.contains(QStringLiteral("listing")));

    REQUIRE(ListingService::setListed(f.db, f.distributorAdmin(), listing.value(), false));
    CHECK(lastAction(f.db, listing.value()) == QStringLiteral("unlisted"));
    offered = LeadCatalog::products(f.db, f.distributorSales());
    REQUIRE(offered);
    CHECK(offered->isEmpty());

    // Unlisted and unused: the vendor withdraws it, then the product can go.
    CHECK_FALSE(ListingService::withdraw(f.db, f.vendorViewer(), listing.value()));
    REQUIRE(ListingService::withdraw(f.db, f.vendorAdmin(), listing.value()));
    CHECK(lastAction(f.db, listing.value()) == QStringLiteral("withdrawn"));
    REQUIRE(ProductService::remove(f.db, f.vendorAdmin(), product.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM products")) == 0);
}

TEST_CASE("Listing needs the vendor's contract to be Active when it is listed",
          "[catalog][listings]")
{
    CatalogFixture f;
    const ListedProduct listed = listedProduct(f);
    REQUIRE(ListingService::setListed(f.db, f.distributorAdmin(), listed.listingId, false));
    f.exec(QStringLiteral("UPDATE contracts SET status = 'terminated'"));
    auto refused = ListingService::setListed(f.db, f.distributorAdmin(), listed.listingId, true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Active distribution contract")));
    auto rows = ListingService::list(f.db, f.vendorAdmin());
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().statusKey == QStringLiteral("unlisted"));
    CHECK(rows->first().contractStatusKey == QStringLiteral("terminated"));
    auto ownerRows = ListingService::list(f.db, f.distributorViewer());
    REQUIRE(ownerRows);
    CHECK(ownerRows->size() == 1);
    auto strangerRows = ListingService::list(f.db, f.otherDistributorAdmin());
    REQUIRE(strangerRows);
    CHECK(strangerRows->isEmpty());
}

TEST_CASE("Product groups: published products of the owner's vendors, unique names, in-use "
          "refusal",
          "[catalog][groups]")
{
    CatalogFixture f;
    auto published =
        ProductService::create(f.db, f.vendorAdmin(), productInput(QStringLiteral("Mail")));
    auto draft = ProductService::create(
        f.db, f.vendorAdmin(), productInput(QStringLiteral("Draft"), ProductStatus::Draft));
    REQUIRE(published);
    REQUIRE(draft);
    auto choices = ProductGroupService::productChoices(f.db, f.distributorAdmin());
    REQUIRE(choices);
    REQUIRE(choices->size() == 1);
    CHECK(choices->first().id == published.value());
    CHECK(choices->first().vendorName == QStringLiteral("Vendor Two"));
    auto strangerChoices = ProductGroupService::productChoices(f.db, f.otherDistributorAdmin());
    REQUIRE(strangerChoices);
    CHECK(strangerChoices->isEmpty());

    ProductGroupInput input{
        QStringLiteral("Office"), QStringLiteral("For offices"), {published.value()}};
    auto group = ProductGroupService::create(f.db, f.distributorAdmin(), input);
    REQUIRE(group);
    CHECK(group->startsWith(QStringLiteral("PG-")));
    CHECK(lastAction(f.db, group.value()) == QStringLiteral("created"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM product_group_products WHERE group_id = ?"),
                  {group.value()}) == 1);

    const QString before = TestWorkspace::dump(*f.workspace);
    auto withDraft = ProductGroupService::create(
        f.db, f.distributorAdmin(),
        ProductGroupInput{QStringLiteral("Drafts"), {}, {draft.value()}});
    REQUIRE_FALSE(withDraft);
    CHECK(withDraft.error().message.contains(draft.value()));
    auto duplicate = ProductGroupService::create(
        f.db, f.distributorAdmin(), ProductGroupInput{QStringLiteral("OFFICE"), {}, {}});
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().message.contains(QStringLiteral("already have")));
    for (const ActingContext& refused :
         {f.distributorViewer(), f.distributorSales(), f.vendorAdmin()})
        CHECK(ProductGroupService::create(f.db, refused, input).error().code ==
              ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    // The product is in a group: it cannot be deleted.
    auto removeProduct = ProductService::remove(f.db, f.vendorAdmin(), published.value());
    REQUIRE_FALSE(removeProduct);
    CHECK(removeProduct.error().message.contains(QStringLiteral("product group")));

    REQUIRE(ProductGroupService::update(
        f.db, f.distributorAdmin(), group.value(),
        ProductGroupInput{QStringLiteral("Office suite"), QStringLiteral("All"), {}}));
    CHECK(lastAction(f.db, group.value()) == QStringLiteral("updated"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM product_group_products")) == 0);

    // Offered by a service agreement: the group stays.
    f.exec(QStringLiteral("INSERT INTO agreement_product_groups(agreement_id, group_id) "
                          "VALUES ('AGP-100-100-100', ?)"),
           {group.value()});
    auto removeGroup = ProductGroupService::remove(f.db, f.distributorAdmin(), group.value());
    REQUIRE_FALSE(removeGroup);
    CHECK(removeGroup.error().message.contains(QStringLiteral("agreement")));
    f.exec(QStringLiteral("DELETE FROM agreement_product_groups"));
    REQUIRE(ProductGroupService::remove(f.db, f.distributorAdmin(), group.value()));
    CHECK(lastAction(f.db, group.value()) == QStringLiteral("deleted"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM product_groups")) == 0);
}

TEST_CASE("Upgrading to schema 13 publishes old products and renames duplicate names",
          "[catalog][workspace]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("old.channeldesk"));
    {
        Workspace::Options options;
        options.mode = Workspace::Mode::CreateNew;
        options.targetVersion = 12; // the schema before catalog administration (13)
        auto old = Workspace::open(path, options);
        REQUIRE(old);
        QSqlQuery query(old.value()->database());
        for (const char* sql : {
                 "INSERT INTO accounts(id, name, role, created_at, updated_at) VALUES "
                 "('VA-222-222', 'Vend', 'vendor', 1, 1), ('PA-111-111', 'Dist', 'distributor', 1, "
                 "1)",
                 "INSERT INTO products(id, name, vendor_account_id, created_at) VALUES "
                 "('PRD-111-111-111', 'Thing', 'VA-222-222', 1), "
                 "('PRD-222-222-222', 'THING', 'VA-222-222', 2)",
                 "INSERT INTO marketplaces(id, name, owner_account_id, currency, created_at) "
                 "VALUES "
                 "('MP-11111', 'Shop', 'PA-111-111', 'USD', 1), "
                 "('MP-22222', 'shop', 'PA-111-111', 'USD', 2)",
             }) {
            INFO(sql);
            REQUIRE(query.exec(QString::fromLatin1(sql)));
        }
    }
    auto upgraded = Workspace::open(path);
    REQUIRE(upgraded);
    const Workspace& workspace = *upgraded.value();
    CHECK(workspace.schemaVersion() == Migrations::latestVersion());
    CHECK(TestWorkspace::count(
              workspace,
              QStringLiteral("SELECT count(*) FROM products WHERE status = 'published'")) == 2);
    CHECK(
        TestWorkspace::scalar(
            workspace, QStringLiteral("SELECT name FROM products WHERE id = 'PRD-111-111-111'")) ==
        QStringLiteral("Thing"));
    CHECK(
        TestWorkspace::scalar(
            workspace, QStringLiteral("SELECT name FROM products WHERE id = 'PRD-222-222-222'")) ==
        QStringLiteral("THING (PRD-222-222-222)"));
    CHECK(TestWorkspace::scalar(
              workspace, QStringLiteral("SELECT name FROM marketplaces WHERE id = 'MP-22222'")) ==
          QStringLiteral("shop (MP-22222)"));
}
