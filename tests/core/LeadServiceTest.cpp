#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

struct LeadFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));
    QSqlDatabase db = workspace->database();

    /// A listing of the home distributor: with the vendor's active form or without one.
    QString listing(bool withForm) const
    {
        return TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                "WHERE m.owner_account_id = ? AND l.status = 'listed' AND "
                "CASE WHEN EXISTS (SELECT 1 FROM lead_form_listings f JOIN lead_forms lf "
                "ON lf.id = f.form_id WHERE f.listing_id = l.id AND lf.status = 'active') "
                "THEN 1 ELSE 0 END = ? ORDER BY l.id LIMIT 1"),
            {id(DemoWorkspace::homeDistributorId), withForm ? 1 : 0});
    }

    LeadDraft existingDraft(bool withForm = false) const
    {
        LeadDraft draft;
        draft.listingId = listing(withForm);
        draft.formId = LeadCatalog::listing(db, draft.listingId)->formId;
        draft.name = QStringLiteral("Test lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId =
            TestWorkspace::scalar(*workspace, QStringLiteral("SELECT min(id) FROM companies"));
        draft.existingContactId = TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT min(id) FROM contacts WHERE company_id = (SELECT min(id) FROM companies)"));
        draft.sellingDirectionId = TestWorkspace::scalar(
            *workspace,
            QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"),
            {id(DemoWorkspace::homeDistributorId)});
        if (withForm)
            draft.customValues = {{QStringLiteral("seats"), QStringLiteral("12")}};
        return draft;
    }

    LeadDraft newDraft() const
    {
        LeadDraft draft = existingDraft();
        draft.newCompany = true;
        draft.companyName = QStringLiteral("Zenith Widgets");
        draft.companyWebsite = QStringLiteral("zenith-widgets.example");
        draft.companyTin = QStringLiteral("500100732259");
        draft.newContact = true;
        draft.firstName = QStringLiteral("Zoe");
        draft.lastName = QStringLiteral("Quinn");
        draft.contactPhone = QStringLiteral("+1 415 555 0199");
        draft.contactEmail = QStringLiteral("zoe@zenith-widgets.example");
        draft.city = QStringLiteral("Springfield");
        return draft;
    }

    int count(const QString& table) const
    {
        // table names are literals of the tests
        return TestWorkspace::count(*workspace,
                                    QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
};

} // namespace

TEST_CASE("A distributor creates a lead for an existing company and contact", "[leads][service]")
{
    LeadFixture f;
    const int companies = f.count(QStringLiteral("companies"));
    auto created = LeadService::create(f.db, f.home, f.existingDraft());
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    CHECK(f.count(QStringLiteral("companies")) == companies);
    CHECK(TestWorkspace::count(
              *f.workspace,
              QStringLiteral(
                  "SELECT count(*) FROM leads WHERE id = ? AND status = 'new' AND created_by = ? "
                  "AND vendor_account_id = ? AND distributor_account_id = ? AND form_id IS NULL"),
              {created.value(), f.home.userId, id(DemoWorkspace::demoVendorId),
               id(DemoWorkspace::homeDistributorId)}) == 1);
    auto history = EventLog::forObject(f.db, created.value());
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("created"));
}

TEST_CASE("New company and contact are created with the lead, normalised", "[leads][service]")
{
    LeadFixture f;
    auto created = LeadService::create(f.db, f.home, f.newDraft());
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    const QString companyId = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT company_id FROM leads WHERE id = ?"),
        {created.value()});
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT website || '|' || tin || '|' || "
                                               "website_domain FROM companies WHERE id = ?"),
                                {companyId}) ==
          QStringLiteral("https://zenith-widgets.example|500100732259|zenith-widgets.example"));
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral("SELECT c.phone || '|' || c.company_id FROM contacts c JOIN leads l "
                             "ON l.contact_id = c.id WHERE l.id = ?"),
              {created.value()}) == QStringLiteral("+14155550199|") + companyId);

    // The same company again is reported as a possible duplicate, by TIN and by domain.
    LeadDraft again = f.newDraft();
    again.companyWebsite = QStringLiteral("http://www.zenith-widgets.example/contact");
    auto hints = LeadService::possibleDuplicates(f.db, again);
    REQUIRE(hints);
    QStringList reasons;
    for (const DuplicateHint& hint : hints.value())
        reasons << hint.reason + QLatin1Char(':') + hint.objectId;
    const QString contactId = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT contact_id FROM leads WHERE id = ?"),
        {created.value()});
    CHECK(reasons.contains(QStringLiteral("Same TIN:") + companyId));
    CHECK(reasons.contains(QStringLiteral("Same website domain:") + companyId));
    CHECK(reasons.contains(QStringLiteral("Same contact e-mail:") + contactId));
}

TEST_CASE("A vendor's active form applies and its custom values are stored",
          "[leads][service][forms]")
{
    LeadFixture f;
    LeadDraft draft = f.existingDraft(true);
    REQUIRE_FALSE(draft.formId.isEmpty());
    auto created = LeadService::create(f.db, f.home, draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    const QString stored = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT custom_values FROM leads WHERE id = ?"),
        {created.value()});
    CHECK(QJsonDocument::fromJson(stored.toUtf8())
              .object()
              .value(QStringLiteral("seats"))
              .toDouble() == 12.0);

    SECTION("a required custom field is enforced")
    {
        draft.customValues.clear();
        LeadValidation validation;
        auto refused = LeadService::create(f.db, f.home, draft, &validation);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(validation.customFields.contains(QStringLiteral("seats")));
    }
    SECTION("a stale form is refused")
    {
        draft.formId.clear();
        auto refused = LeadService::create(f.db, f.home, draft);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("changed the lead form")));
    }
}

TEST_CASE("Only distributors' CRM users create leads, on their own marketplaces",
          "[leads][service][permissions]")
{
    LeadFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    auto byVendor = LeadService::create(f.db, f.vendor, f.existingDraft());
    CHECK(byVendor.error().code == ErrorCode::PermissionDenied);

    ActingContext viewer = f.home;
    viewer.userRole = UserRole::Viewer;
    CHECK(LeadService::create(f.db, viewer, f.existingDraft()).error().code ==
          ErrorCode::PermissionDenied);

    const ActingContext ingram =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
    CHECK(LeadService::create(f.db, ingram, f.existingDraft()).error().code ==
          ErrorCode::PermissionDenied);

    LeadDraft missing = f.existingDraft();
    missing.existingCompanyId = QStringLiteral("CO-000-000");
    LeadValidation validation;
    auto refused = LeadService::create(f.db, f.home, missing, &validation);
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(validation.fields.contains(LeadField::ExistingCompany));

    LeadDraft foreignOwner = f.existingDraft();
    foreignOwner.ownerUserId = id(DemoWorkspace::demoVendorUserId);
    CHECK(LeadService::create(f.db, f.home, foreignOwner).error().code == ErrorCode::Invalid);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("A failed lead write leaves the workspace exactly as before",
          "[leads][service][transactions]")
{
    LeadFixture f;
    // Make the final insert fail after the company and contact have been written.
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("fail_leads"), QStringLiteral("INSERT"),
                              QStringLiteral("leads"), {}, QStringLiteral("disk on fire"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto failed = LeadService::create(f.db, f.home, f.newDraft());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("disk on fire")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("A new lead is visible to its distributor and vendor only", "[leads][visibility]")
{
    LeadFixture f;
    auto created = LeadService::create(f.db, f.home, f.existingDraft());
    REQUIRE(created);
    auto visible = [&](const QString& accountId) {
        auto rows =
            LeadDirectory::visibleTo(f.db, TestWorkspace::actingIn(*f.workspace, accountId));
        REQUIRE(rows);
        return std::any_of(rows->begin(), rows->end(),
                           [&](const LeadDirectoryRow& row) { return row.id == created.value(); });
    };
    CHECK(visible(id(DemoWorkspace::homeDistributorId)));
    CHECK(visible(id(DemoWorkspace::demoVendorId)));
    CHECK_FALSE(visible(id(DemoWorkspace::ingramMicroId)));
    CHECK_FALSE(visible(id(DemoWorkspace::telefonicaId)));
}

TEST_CASE("Only the product's vendor qualifies or disqualifies a New lead",
          "[leads][service][permissions]")
{
    LeadFixture f;
    auto created = LeadService::create(f.db, f.home, f.existingDraft());
    REQUIRE(created);
    const QString leadId = created.value();

    CHECK(LeadService::qualify(f.db, f.home, leadId).error().code == ErrorCode::PermissionDenied);
    // An unrelated account is told nothing about the lead, not even that it exists.
    const ActingContext telefonica =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::telefonicaId));
    CHECK(LeadService::qualify(f.db, telefonica, leadId).error().code == ErrorCode::NotFound);
    CHECK(LeadService::disqualify(f.db, telefonica, leadId, QStringLiteral("x")).error().code ==
          ErrorCode::NotFound);

    SECTION("qualify creates the opportunity, linked both ways")
    {
        auto opportunity = LeadService::qualify(f.db, f.vendor, leadId);
        REQUIRE(opportunity);
        CHECK(TestWorkspace::scalar(*f.workspace,
                                    QStringLiteral("SELECT status FROM leads WHERE id = ?"),
                                    {leadId}) == QStringLiteral("qualified"));
        CHECK(TestWorkspace::scalar(
                  *f.workspace, QStringLiteral("SELECT lead_id FROM opportunities WHERE id = ?"),
                  {opportunity.value()}) == leadId);
        CHECK(LeadService::qualify(f.db, f.vendor, leadId).error().code == ErrorCode::Invalid);
        CHECK_FALSE(LeadService::disqualify(f.db, f.vendor, leadId, QStringLiteral("late")));
        auto history = EventLog::forObject(f.db, leadId);
        REQUIRE(history);
        CHECK(history->last().action == QStringLiteral("qualified"));
    }
    SECTION("disqualify needs a reason")
    {
        CHECK(LeadService::disqualify(f.db, f.vendor, leadId, QStringLiteral("  ")).error().code ==
              ErrorCode::Invalid);
        CHECK(LeadService::disqualify(f.db, f.vendor, leadId, QString(1001, QLatin1Char('x')))
                  .error()
                  .code == ErrorCode::Invalid);
        REQUIRE(
            LeadService::disqualify(f.db, f.vendor, leadId, QStringLiteral("No budget this year")));
        CHECK(TestWorkspace::scalar(
                  *f.workspace,
                  QStringLiteral("SELECT status || '|' || status_note FROM leads WHERE id = ?"),
                  {leadId}) == QStringLiteral("disqualified|No budget this year"));
        CHECK(f.count(QStringLiteral("opportunities")) == 3);
    }
}

TEST_CASE("The distributor edits a New lead — changes are recorded", "[leads][service]")
{
    LeadFixture f;
    LeadDraft draft = f.existingDraft();
    auto created = LeadService::create(f.db, f.home, draft);
    REQUIRE(created);
    draft.name = QStringLiteral("Renamed lead");
    draft.description = QStringLiteral("Wants a call on Monday");
    REQUIRE(LeadService::update(f.db, f.home, created.value(), draft));
    CHECK(TestWorkspace::scalar(*f.workspace, QStringLiteral("SELECT name FROM leads WHERE id = ?"),
                                {created.value()}) == QStringLiteral("Renamed lead"));
    auto history = EventLog::forObject(f.db, created.value());
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->last().changes.contains(QStringLiteral("name")));
    CHECK(history->last().changes.contains(QStringLiteral("description")));
    CHECK_FALSE(history->last().changes.contains(QStringLiteral("source")));

    CHECK(LeadService::update(f.db, f.vendor, created.value(), draft).error().code ==
          ErrorCode::PermissionDenied);
    REQUIRE(LeadService::disqualify(f.db, f.vendor, created.value(), QStringLiteral("Duplicate")));
    CHECK(LeadService::update(f.db, f.home, created.value(), draft).error().code ==
          ErrorCode::Invalid);
}
