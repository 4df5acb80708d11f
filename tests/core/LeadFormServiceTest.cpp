#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadFormList.h"
#include "leads/LeadFormService.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

struct FormFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));
    QString standardForm = formNamed(QStringLiteral("Apex Standard Lead Form"));
    QString legacyForm = formNamed(QStringLiteral("Apex Legacy Form"));
    QString backupUs = listing(QStringLiteral("Apex Backup"), QStringLiteral("Mighty Mick's US"));
    QString backupEu = listing(QStringLiteral("Apex Backup"), QStringLiteral("Mighty Mick's EU"));
    QString backupUk = listing(QStringLiteral("Apex Backup"), QStringLiteral("Ingram Micro UK"));
    QString mailUs =
        listing(QStringLiteral("Apex Mail Security"), QStringLiteral("Mighty Mick's US"));
    QString movistarUk =
        listing(QStringLiteral("Movistar Cloud Connect"), QStringLiteral("Ingram Micro UK"));

    QString formNamed(const QString& name) const
    {
        return TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM lead_forms WHERE name = ?"), {name});
    }

    QString listing(const QString& product, const QString& marketplace) const
    {
        return TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT l.id FROM listings l JOIN products p ON p.id = l.product_id "
                "JOIN marketplaces m ON m.id = l.marketplace_id WHERE p.name = ? AND m.name = ?"),
            {product, marketplace});
    }

    /// A new user of the demo vendor with role.
    ActingContext member(UserRole role, const QString& name) const
    {
        QSqlQuery query(db);
        const QString userId = QStringLiteral("UR-900-900-%1").arg(static_cast<int>(role) + 100);
        REQUIRE(query.prepare(
            QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES (?, ?, ?, 1)")));
        query.addBindValue(userId);
        query.addBindValue(name);
        query.addBindValue(userId + QStringLiteral("@apexcloud.example"));
        REQUIRE(query.exec());
        REQUIRE(query.prepare(
            QStringLiteral("INSERT INTO memberships(user_id, account_id, role) VALUES (?, ?, ?)")));
        query.addBindValue(userId);
        query.addBindValue(id(DemoWorkspace::demoVendorId));
        query.addBindValue(userRoles.key(role));
        REQUIRE(query.exec());
        return TestWorkspace::acting(*workspace, userId, id(DemoWorkspace::demoVendorId));
    }

    LeadFormDraft newDraft(QStringList listings) const
    {
        LeadFormDraft draft;
        draft.name = QStringLiteral("  Trial requests  ");
        draft.active = true;
        draft.listingIds = std::move(listings);
        CustomField seats;
        seats.id = QStringLiteral("seats");
        seats.title = QStringLiteral("Seats");
        seats.type = CustomFieldType::Number;
        seats.required = true;
        draft.schema.setCustomFields({seats});
        draft.schema.setShown(LeadField::City, false);
        return draft;
    }

    Error saveFails(const ActingContext& acting, const LeadFormDraft& draft) const
    {
        const QString before = TestWorkspace::dump(*workspace);
        auto saved = LeadFormService::save(db, acting, draft);
        REQUIRE_FALSE(saved);
        CHECK(TestWorkspace::dump(*workspace) == before);
        return saved.error();
    }
};

} // namespace

TEST_CASE("A vendor's CRM admin creates a lead form", "[leadforms]")
{
    FormFixture f;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const LeadFormDraft draft = f.newDraft({f.mailUs, f.backupUk, f.mailUs});
    auto saved = LeadFormService::save(f.db, f.vendor, draft);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    const QString formId = saved.value();
    CHECK(IdFormat::of(IdKind::LeadForm).matches(formId));

    auto loaded = LeadFormService::load(f.db, f.vendor, formId);
    REQUIRE(loaded);
    CHECK(loaded->id == formId);
    CHECK(loaded->name == QStringLiteral("Trial requests"));
    CHECK(loaded->active);
    // Listings come back by product then marketplace, without the duplicate.
    CHECK(loaded->listingIds == QStringList{f.backupUk, f.mailUs});
    CHECK(loaded->schema == draft.schema);
    CHECK_FALSE(loaded->schema.shows(LeadField::City));
    CHECK(loaded->schema.shows(LeadField::Description));

    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM lead_forms WHERE id = ? AND "
                                              "vendor_account_id = ? AND created_at = updated_at "
                                              "AND created_at >= ?"),
                               {formId, id(DemoWorkspace::demoVendorId), started}) == 1);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM issued_ids "
                                              "WHERE id = ?"),
                               {formId}) == 1);

    auto events = EventLog::forObject(f.db, formId);
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    const Event& event = events->first();
    CHECK(event.objectType == QStringLiteral("lead_form"));
    CHECK(event.action == QStringLiteral("created"));
    CHECK(event.userId == id(DemoWorkspace::demoVendorUserId));
    CHECK(event.accountId == id(DemoWorkspace::demoVendorId));
    CHECK(event.at >= started);
    CHECK(sortedKeys(event.changes) == QStringList{QStringLiteral("listings"),
                                                   QStringLiteral("name"), QStringLiteral("schema"),
                                                   QStringLiteral("status")});
    CHECK(event.changes.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Trial requests"));

    auto list = LeadFormList::of(f.db, f.vendor);
    REQUIRE(list);
    CHECK(list->size() == 3);
}

TEST_CASE("Editing a lead form replaces its listings and records what changed", "[leadforms]")
{
    FormFixture f;
    const QString createdAt = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT created_at FROM lead_forms WHERE id = ?"),
        {f.standardForm});
    auto draft = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(draft);
    CHECK(draft->name == QStringLiteral("Apex Standard Lead Form"));
    CHECK(draft->listingIds == QStringList{f.backupEu, f.backupUs});
    CHECK(draft->schema.customFields().size() == 4);

    draft->name = QStringLiteral("Apex Standard Form");
    draft->listingIds = {f.backupUs, f.mailUs};
    auto saved = LeadFormService::save(f.db, f.vendor, draft.value());
    REQUIRE(saved);
    CHECK(saved.value() == f.standardForm);

    auto again = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(again);
    CHECK(again->name == QStringLiteral("Apex Standard Form"));
    CHECK(again->listingIds == QStringList{f.backupUs, f.mailUs});
    CHECK(again->schema == draft->schema);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM "
                                              "lead_form_listings WHERE form_id = ?"),
                               {f.standardForm}) == 2);
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT created_at FROM lead_forms WHERE id = ?"),
                                {f.standardForm}) == createdAt);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM lead_forms "
                                              "WHERE id = ? AND updated_at > "
                                              "created_at"),
                               {f.standardForm}) == 1);

    auto events = EventLog::forObject(f.db, f.standardForm);
    REQUIRE(events);
    REQUIRE_FALSE(events->isEmpty());
    CHECK(events->last().action == QStringLiteral("updated"));
    CHECK(sortedKeys(events->last().changes) ==
          QStringList{QStringLiteral("listings"), QStringLiteral("name")});
}

TEST_CASE("Saving an unchanged lead form writes nothing", "[leadforms]")
{
    FormFixture f;
    auto draft = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(draft);
    const QString before = TestWorkspace::dump(*f.workspace);
    auto saved = LeadFormService::save(f.db, f.vendor, draft.value());
    REQUIRE(saved);
    CHECK(saved.value() == f.standardForm);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Only the owning vendor may open a lead form", "[leadforms][permissions]")
{
    FormFixture f;
    auto missing = LeadFormService::load(f.db, f.vendor, QStringLiteral("LDF-000-000-000"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    const ActingContext viewer = f.member(UserRole::Viewer, QStringLiteral("Vera Viewer"));
    CHECK(LeadFormService::load(f.db, viewer, f.standardForm));

    for (const char* account : {DemoWorkspace::telefonicaId, DemoWorkspace::homeDistributorId}) {
        auto denied = LeadFormService::load(
            f.db, TestWorkspace::actingIn(*f.workspace, id(account)), f.standardForm);
        REQUIRE_FALSE(denied);
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("Only a vendor's admin, manager or marketeer may change its lead forms",
          "[leadforms][permissions]")
{
    FormFixture f;
    const ActingContext viewer = f.member(UserRole::Viewer, QStringLiteral("Vera Viewer"));
    const ActingContext sales = f.member(UserRole::CrmSales, QStringLiteral("Sam Sales"));
    const ActingContext manager = f.member(UserRole::CrmManager, QStringLiteral("Mia Manager"));
    const ActingContext marketeer =
        f.member(UserRole::CrmMarketeer, QStringLiteral("Max Marketeer"));
    const ActingContext distributor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    const ActingContext otherVendor =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::telefonicaId));

    CHECK(LeadFormService::canEdit(f.vendor));
    CHECK(LeadFormService::canEdit(manager));
    CHECK(LeadFormService::canEdit(marketeer));
    CHECK_FALSE(LeadFormService::canEdit(viewer));
    CHECK_FALSE(LeadFormService::canEdit(sales));
    CHECK_FALSE(LeadFormService::canEdit(distributor));

    const LeadFormDraft draft = f.newDraft({f.mailUs});
    for (const ActingContext& acting : {viewer, sales, distributor}) {
        INFO(acting.userName.toStdString());
        CHECK(f.saveFails(acting, draft).code == ErrorCode::PermissionDenied);
    }

    // Another vendor can neither change this vendor's form nor use its listings.
    auto standard = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(standard);
    CHECK(f.saveFails(otherVendor, standard.value()).code == ErrorCode::PermissionDenied);
    CHECK(f.saveFails(otherVendor, draft).code == ErrorCode::PermissionDenied);
    LeadFormDraft renamed = standard.value();
    renamed.listingIds = {f.movistarUk};
    CHECK(f.saveFails(otherVendor, renamed).code == ErrorCode::PermissionDenied);

    // A context that claims a role the membership does not have is refused.
    ActingContext forged = viewer;
    forged.userRole = UserRole::CrmAdmin;
    CHECK(f.saveFails(forged, draft).code == ErrorCode::PermissionDenied);

    auto byManager = LeadFormService::save(f.db, manager, draft);
    CHECK(byManager);
    LeadFormDraft second = f.newDraft({f.backupUk});
    auto byMarketeer = LeadFormService::save(f.db, marketeer, second);
    REQUIRE(byMarketeer);
    auto events = EventLog::forObject(f.db, byMarketeer.value());
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().userId == marketeer.userId);
}

TEST_CASE("A lead form needs a name, a product and a valid schema", "[leadforms][validation]")
{
    FormFixture f;
    LeadFormDraft draft = f.newDraft({f.mailUs});
    CHECK(LeadFormService::validate(draft).isEmpty());

    draft.name = QStringLiteral("   ");
    CHECK(LeadFormService::validate(draft).keys() == QStringList{QStringLiteral("name")});
    CHECK(f.saveFails(f.vendor, draft).code == ErrorCode::Invalid);

    draft.name = QString(101, QLatin1Char('x'));
    CHECK(LeadFormService::validate(draft)
              .value(QStringLiteral("name"))
              .contains(QStringLiteral("100")));
    CHECK(f.saveFails(f.vendor, draft).code == ErrorCode::Invalid);
    draft.name = QStringLiteral(" %1 ").arg(QString(100, QLatin1Char('x')));
    CHECK(LeadFormService::validate(draft).isEmpty());

    draft.listingIds.clear();
    CHECK(LeadFormService::validate(draft).keys() == QStringList{QStringLiteral("listings")});
    CHECK(f.saveFails(f.vendor, draft).code == ErrorCode::Invalid);
    draft.listingIds = {f.mailUs};

    CustomField bad;
    bad.id = QStringLiteral("1st");
    bad.title = QStringLiteral("First");
    CustomField choice;
    choice.id = QStringLiteral("size");
    choice.title = QStringLiteral("Size");
    choice.type = CustomFieldType::Choice;
    draft.schema.setCustomFields({bad, choice});
    const auto reasons = LeadFormService::validate(draft);
    CHECK(reasons.keys() == QStringList{QStringLiteral("schema")});
    CHECK(reasons.value(QStringLiteral("schema")) == draft.schema.problems().first());
    const Error error = f.saveFails(f.vendor, draft);
    CHECK(error.code == ErrorCode::Invalid);
    CHECK(error.message == draft.schema.problems().first());
}

TEST_CASE("A lead form applies only to listings of the vendor's own products", "[leadforms]")
{
    FormFixture f;
    CHECK(f.saveFails(f.vendor, f.newDraft({f.mailUs, f.movistarUk})).code ==
          ErrorCode::PermissionDenied);
    CHECK(f.saveFails(f.vendor, f.newDraft({QStringLiteral("LST-000-000-000")})).code ==
          ErrorCode::Invalid);
    auto editing = LeadFormService::load(f.db, f.vendor, f.legacyForm);
    REQUIRE(editing);
    editing->listingIds << f.movistarUk;
    CHECK(f.saveFails(f.vendor, editing.value()).code == ErrorCode::PermissionDenied);

    auto missing = f.newDraft({f.mailUs});
    missing.id = QStringLiteral("LDF-000-000-000");
    CHECK(f.saveFails(f.vendor, missing).code == ErrorCode::NotFound);
}

TEST_CASE("Two active lead forms of a vendor never share a listing", "[leadforms]")
{
    FormFixture f;
    const Error overlap = f.saveFails(f.vendor, f.newDraft({f.mailUs, f.backupUs}));
    CHECK(overlap.code == ErrorCode::Invalid);
    CHECK(overlap.message.contains(QStringLiteral("Apex Standard Lead Form")));
    CHECK(overlap.message.contains(f.standardForm));

    // An inactive form may cover the same listings; activating it then is refused.
    LeadFormDraft inactive = f.newDraft({f.mailUs, f.backupUs});
    inactive.active = false;
    auto saved = LeadFormService::save(f.db, f.vendor, inactive);
    REQUIRE(saved);
    inactive.id = saved.value();
    inactive.active = true;
    CHECK(f.saveFails(f.vendor, inactive).code == ErrorCode::Invalid);

    // Once it leaves the shared listing out it may be active next to the standard form.
    inactive.listingIds = {f.mailUs};
    CHECK(LeadFormService::save(f.db, f.vendor, inactive));

    // The active form itself keeps its listings when saved again.
    auto standard = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(standard);
    standard->name = QStringLiteral("Renamed");
    CHECK(LeadFormService::save(f.db, f.vendor, standard.value()));
    standard = LeadFormService::load(f.db, f.vendor, f.standardForm); // the saved version
    REQUIRE(standard);
    standard->listingIds << f.mailUs;
    CHECK(f.saveFails(f.vendor, standard.value()).code == ErrorCode::Invalid);
}

TEST_CASE("The listings of a vendor show which active form covers them", "[leadforms]")
{
    FormFixture f;
    auto listings = LeadFormService::vendorListings(f.db, f.vendor);
    REQUIRE(listings);
    QStringList shown;
    for (const VendorListing& listing : listings.value())
        shown << listing.productName + QLatin1Char('/') + listing.marketplaceName;
    CHECK(shown == QStringList{QStringLiteral("Apex Analytics/Mighty Mick's EU"),
                               QStringLiteral("Apex Analytics/Mighty Mick's US"),
                               QStringLiteral("Apex Backup/Ingram Micro UK"),
                               QStringLiteral("Apex Backup/Mighty Mick's EU"),
                               QStringLiteral("Apex Backup/Mighty Mick's US"),
                               QStringLiteral("Apex Mail Security/Mighty Mick's US")});
    const VendorListing& backupUs = listings->at(4);
    CHECK(backupUs.listingId == f.backupUs);
    CHECK(backupUs.distributorName == QStringLiteral("Mighty Mick's LLC"));
    CHECK(backupUs.statusKey == QStringLiteral("listed"));
    CHECK(backupUs.activeFormId == f.standardForm);
    CHECK(backupUs.activeFormName == QStringLiteral("Apex Standard Lead Form"));
    CHECK(listings->at(1).statusKey == QStringLiteral("unlisted"));
    CHECK(listings->at(5).activeFormId.isEmpty());

    LeadFormDraft draft = f.newDraft({f.mailUs, f.backupUs});
    CHECK(LeadFormService::overlapReason(draft, listings.value())
              .contains(QStringLiteral("Apex Standard Lead Form")));
    draft.active = false;
    CHECK(LeadFormService::overlapReason(draft, listings.value()).isEmpty());
    draft.active = true;
    draft.id = f.standardForm;
    CHECK(LeadFormService::overlapReason(draft, listings.value()).isEmpty());

    auto distributor = LeadFormService::vendorListings(
        f.db, TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::homeDistributorId)));
    REQUIRE(distributor);
    CHECK(distributor->isEmpty());
}

TEST_CASE("The active form for a listing is the vendor's only active form covering it",
          "[leadforms]")
{
    FormFixture f;
    CHECK(LeadFormService::activeFormFor(f.db, f.backupUs).value() == f.standardForm);
    CHECK(LeadFormService::activeFormFor(f.db, f.backupEu).value() == f.standardForm);
    CHECK(LeadFormService::activeFormFor(f.db, f.mailUs).value().isEmpty());
    CHECK(
        LeadFormService::activeFormFor(f.db, QStringLiteral("LST-000-000-000")).value().isEmpty());

    LeadFormDraft inactive = f.newDraft({f.mailUs});
    inactive.active = false;
    REQUIRE(LeadFormService::save(f.db, f.vendor, inactive));
    CHECK(LeadFormService::activeFormFor(f.db, f.mailUs).value().isEmpty());

    auto standard = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(standard);
    standard->active = false;
    REQUIRE(LeadFormService::save(f.db, f.vendor, standard.value()));
    CHECK(LeadFormService::activeFormFor(f.db, f.backupUs).value().isEmpty());
}

TEST_CASE("A lead form save that fails part-way writes nothing", "[leadforms][transactions]")
{
    FormFixture f;
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("fail_lead_form_events"),
                              QStringLiteral("INSERT"), QStringLiteral("events"),
                              QStringLiteral("NEW.object_type = 'lead_form'"),
                              QStringLiteral("no history"));

    f.saveFails(f.vendor, f.newDraft({f.mailUs}));
    auto standard = LeadFormService::load(f.db, f.vendor, f.standardForm);
    REQUIRE(standard);
    standard->name = QStringLiteral("Renamed");
    standard->listingIds = {f.mailUs};
    f.saveFails(f.vendor, standard.value());
    CHECK(LeadFormService::load(f.db, f.vendor, f.standardForm)->name ==
          QStringLiteral("Apex Standard Lead Form"));
}

TEST_CASE("Custom field keys are suggested from their titles", "[leadforms]")
{
    CHECK(LeadFormService::suggestFieldId(QStringLiteral("Number of seats"), {}) ==
          QStringLiteral("number_of_seats"));
    CHECK(LeadFormService::suggestFieldId(QStringLiteral("  D\u00e9cision date? "), {}) ==
          QStringLiteral("decision_date"));
    CHECK(LeadFormService::suggestFieldId(QStringLiteral("2nd contact"), {}) ==
          QStringLiteral("field_2nd_contact"));
    CHECK(LeadFormService::suggestFieldId(QString(), {}) == QStringLiteral("field"));
    CHECK(LeadFormService::suggestFieldId(QString(), {QStringLiteral("field")}) ==
          QStringLiteral("field_2"));
    // Default field keys are taken.
    CHECK(LeadFormService::suggestFieldId(QStringLiteral("City"), {}) == QStringLiteral("city_2"));
    const QString longKey = LeadFormService::suggestFieldId(QString(60, QLatin1Char('a')),
                                                            {QString(40, QLatin1Char('a'))});
    CHECK(longKey.size() == 40);
    CHECK(longKey.endsWith(QStringLiteral("_2")));
    LeadFormSchema schema;
    CustomField field;
    field.title = QStringLiteral("Anything at all");
    field.id = LeadFormService::suggestFieldId(field.title, {});
    schema.setCustomFields({field});
    CHECK(schema.problems().isEmpty());
}
