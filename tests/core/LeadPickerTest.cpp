#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadService.h"

#include <QSqlQuery>

namespace {

QStringList labels(const QList<LeadOption>& options)
{
    QStringList list;
    for (const LeadOption& option : options)
        list << option.label;
    return list;
}

struct PickerFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    QString companyNamed(const QString& name) const
    {
        return scalar(QStringLiteral("SELECT id FROM companies WHERE name = ?"), {name});
    }
    QString contactWithEmail(const QString& email) const
    {
        return scalar(QStringLiteral("SELECT id FROM contacts WHERE email = ?"), {email});
    }
    /// A valid draft on a listing of the home distributor without a lead form.
    LeadDraft draft(const QString& companyId, const QString& contactId) const
    {
        LeadDraft draft;
        draft.listingId = scalar(QStringLiteral(
            "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
            "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS "
            "(SELECT 1 FROM lead_form_listings f JOIN lead_forms lf ON lf.id = f.form_id "
            "WHERE f.listing_id = l.id AND lf.status = 'active') ORDER BY l.id LIMIT 1"),
            {id(DemoWorkspace::homeDistributorId)});
        draft.name = QStringLiteral("Picker lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId = companyId;
        draft.existingContactId = contactId;
        draft.sellingDirectionId = scalar(QStringLiteral("SELECT min(id) FROM selling_directions"));
        return draft;
    }
    int leads() const { return TestWorkspace::count(*workspace, QStringLiteral("SELECT count(*) FROM leads")); }
};

} // namespace

TEST_CASE("The company picker reaches a company beyond the first 500", "[leads][picker]")
{
    PickerFixture f;
    TestWorkspace::addCompanies(*f.workspace, 2000);
    auto offered = LeadCatalog::companies(f.db);
    REQUIRE(offered);
    CHECK(labels(offered.value()).contains(QStringLiteral("Umbrella Health")));
}

TEST_CASE("A lead's existing contact must be a contact of its company", "[leads][picker]")
{
    PickerFixture f;
    const QString acme = f.companyNamed(QStringLiteral("Acme Logistics"));
    const QString initechPeter = f.contactWithEmail(QStringLiteral("peter.gibbons@initech.example"));
    const QString before = TestWorkspace::dump(*f.workspace);
    LeadValidation validation;
    auto created = LeadService::create(f.db, f.home, f.draft(acme, initechPeter), &validation);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(validation.fields.value(LeadField::ExistingContact).contains(QStringLiteral("company")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}
