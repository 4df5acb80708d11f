#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadService.h"
#include "storage/SqlError.h"

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
        draft.listingId = scalar(
            QStringLiteral(
                "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS "
                "(SELECT 1 FROM lead_form_listings f JOIN lead_forms lf ON lf.id = f.form_id "
                "WHERE f.listing_id = l.id AND lf.status = 'active') ORDER BY l.id LIMIT 1"),
            {id(DemoWorkspace::homeDistributorId)});
        draft.name = QStringLiteral("Picker lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId = companyId;
        draft.existingContactId = contactId;
        draft.sellingDirectionId = scalar(QStringLiteral("SELECT min(id) FROM selling_directions "
                                                         "WHERE account_id = ?"),
                                          {id(DemoWorkspace::homeDistributorId)});
        return draft;
    }
    int leads() const
    {
        return TestWorkspace::count(*workspace, QStringLiteral("SELECT count(*) FROM leads"));
    }
};

} // namespace

TEST_CASE("The company picker searches every company by the start of any word", "[leads][picker]")
{
    PickerFixture f;
    TestWorkspace::addCompanies(*f.workspace, 2000);
    QSqlQuery query(f.db);
    REQUIRE(query.exec(
        QStringLiteral("INSERT INTO companies(id, name, tin, created_at) VALUES "
                       "('CO-800-001', '\u00c9cole Polytechnique F\u00e9d\u00e9rale', '', 1), "
                       "('CO-800-002', 'Health First', '', 1)")));
    auto names = [&f](const QString& text) {
        auto found = LeadCatalog::searchCompanies(f.db, text);
        REQUIRE(found);
        return labels(found->options);
    };
    const QStringList umbrella{QStringLiteral("Umbrella Health")};
    CHECK(names(QStringLiteral("umbrella")) == umbrella);
    CHECK(names(QStringLiteral("HEAL umb")) == umbrella); // every word, any order, any case
    CHECK(names(QStringLiteral("7811000")) == umbrella);  // the start of the TIN
    CHECK(names(QStringLiteral("mbrella")).isEmpty());    // the start of a word only
    CHECK(names(QStringLiteral("ecole FEDE")) ==
          QStringList{QStringLiteral("\u00c9cole Polytechnique F\u00e9d\u00e9rale")});
    CHECK(names(QStringLiteral("\"*)( NEAR")).isEmpty()); // FTS5 syntax is plain text
    CHECK(names(QStringLiteral("--")).isEmpty());
    CHECK(LeadCatalog::searchCompanies(f.db, QStringLiteral("umbrella"))->options.first().detail ==
          QStringLiteral("781100086042"));

    // A bounded number of entries; names that start with the text first.
    auto health = LeadCatalog::searchCompanies(f.db, QStringLiteral("health"));
    REQUIRE(health);
    CHECK(health->options.size() == LeadCatalog::pickerLimit);
    CHECK(health->more);
    CHECK(health->options.first().label == QStringLiteral("Health First"));
    auto first = LeadCatalog::searchCompanies(f.db, {});
    REQUIRE(first);
    CHECK(first->options.size() == LeadCatalog::pickerLimit);
    CHECK(first->options.first().label == QStringLiteral("Acme Logistics"));
    CHECK(names(QStringLiteral("Umbrella Health 1")).isEmpty());
    CHECK_FALSE(LeadCatalog::searchCompanies(f.db, QStringLiteral("umbrella"))->more);

    // New and renamed companies are found at once (the index follows the table).
    REQUIRE(query.exec(QStringLiteral("UPDATE companies SET name = 'Umbrella Care' "
                                      "WHERE name = 'Umbrella Health'")));
    CHECK(names(QStringLiteral("umbrella")) == QStringList{QStringLiteral("Umbrella Care")});
    CHECK(names(QStringLiteral("umbrella health")).isEmpty());
    auto created = LeadService::create(f.db, f.home, [&f] {
        LeadDraft draft = f.draft({}, {});
        draft.newCompany = draft.newContact = true;
        draft.companyName = QStringLiteral("Zanzibar Spices");
        draft.companyWebsite = QStringLiteral("zanzibar.example");
        draft.companyTin = QStringLiteral("500100732259");
        draft.firstName = QStringLiteral("Zoe");
        draft.lastName = QStringLiteral("Quinn");
        draft.contactEmail = QStringLiteral("zoe@zanzibar.example");
        return draft;
    }());
    REQUIRE(created);
    CHECK(names(QStringLiteral("spic")) == QStringList{QStringLiteral("Zanzibar Spices")});
}

TEST_CASE("The contact picker offers the chosen company's contacts only", "[leads][picker]")
{
    PickerFixture f;
    const QString acme = f.companyNamed(QStringLiteral("Acme Logistics"));
    auto names = [&f](const QString& company, const QString& text) {
        auto found = LeadCatalog::searchContacts(f.db, company, text);
        REQUIRE(found);
        return labels(found->options);
    };
    const QStringList both{QStringLiteral("Raj Patel"), QStringLiteral("Jane Porter")};
    CHECK(names(acme, {}) == both); // by last name
    CHECK(names(acme, QStringLiteral("JANE")) == QStringList{QStringLiteral("Jane Porter")});
    CHECK(names(acme, QStringLiteral("acme-log")) == both); // a word of the e-mail
    CHECK(names(acme, QStringLiteral("raj.pat")) == QStringList{QStringLiteral("Raj Patel")});
    CHECK(names(acme, QStringLiteral("peter")).isEmpty()); // Initech's contact
    CHECK(names({}, QStringLiteral("peter")).isEmpty());   // no company, no contacts
    CHECK(names(acme, QStringLiteral("\"")).isEmpty());
    CHECK(
        LeadCatalog::searchContacts(f.db, acme, QStringLiteral("porter"))->options.first().detail ==
        QStringLiteral("jane.porter@acme-logistics.example"));
    auto contact = LeadCatalog::contact(
        f.db, f.contactWithEmail(QStringLiteral("jane.porter@acme-logistics.example")));
    REQUIRE(contact);
    CHECK(contact->option.label == QStringLiteral("Jane Porter"));
    CHECK(contact->companyId == acme);
}

TEST_CASE("The picker searches read through indexes, never a whole table",
          "[leads][picker][sqlite]")
{
    PickerFixture f;
    TestWorkspace::addCompanies(*f.workspace, 2000);
    auto plan = [&f](const std::pair<QString, QVariantList>& statement) {
        QSqlQuery query(f.db);
        REQUIRE(SqlError::exec(query, QStringLiteral("EXPLAIN QUERY PLAN ") + statement.first,
                               statement.second));
        QStringList lines;
        while (query.next())
            lines << query.value(3).toString();
        return lines;
    };
    const QString acme = f.companyNamed(QStringLiteral("Acme Logistics"));
    for (const auto& statement :
         {LeadCatalog::companySearchStatement(QStringLiteral("umbrella hea"),
                                              LeadCatalog::pickerLimit),
          LeadCatalog::companySearchStatement({}, LeadCatalog::pickerLimit),
          LeadCatalog::contactSearchStatement(acme, QStringLiteral("jane"),
                                              LeadCatalog::pickerLimit),
          LeadCatalog::contactSearchStatement(acme, {}, LeadCatalog::pickerLimit)}) {
        const QStringList lines = plan(statement);
        INFO(statement.first.toStdString() << "\n" << lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(lines.isEmpty());
        for (const QString& line : lines) {
            // Only the full-text index, a subquery's bounded rows or an index in order are read.
            if (line.startsWith(QStringLiteral("SCAN ")))
                CHECK((line.contains(QStringLiteral("VIRTUAL TABLE INDEX")) ||
                       line.startsWith(QStringLiteral("SCAN (subquery")) ||
                       line == QStringLiteral("SCAN companies USING INDEX companies_name")));
        }
        CHECK_FALSE(lines.join(QLatin1Char(' ')).contains(QStringLiteral("SCAN contacts")));
    }
    // The empty company search reads the name index in order: no sort of the whole table.
    CHECK_FALSE(plan(LeadCatalog::companySearchStatement({}, 50))
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("A lead's existing contact must be a contact of its company", "[leads][picker]")
{
    PickerFixture f;
    const QString acme = f.companyNamed(QStringLiteral("Acme Logistics"));
    const QString initechPeter =
        f.contactWithEmail(QStringLiteral("peter.gibbons@initech.example"));
    const QString before = TestWorkspace::dump(*f.workspace);
    LeadValidation validation;
    auto created = LeadService::create(f.db, f.home, f.draft(acme, initechPeter), &validation);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(validation.fields.value(LeadField::ExistingContact).contains(QStringLiteral("company")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    // A new company has no contacts yet.
    LeadDraft fresh =
        f.draft({}, f.contactWithEmail(QStringLiteral("jane.porter@acme-logistics.example")));
    fresh.newCompany = true;
    fresh.companyName = QStringLiteral("Zenith Widgets");
    fresh.companyWebsite = QStringLiteral("zenith.example");
    fresh.companyTin = QStringLiteral("500100732259");
    REQUIRE_FALSE(LeadService::create(f.db, f.home, fresh, &validation));
    CHECK(validation.fields.value(LeadField::ExistingContact)
              .contains(QStringLiteral("New contact")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    // The database refuses the state too.
    QSqlQuery query(f.db);
    auto refused =
        SqlError::exec(query,
                       QStringLiteral("UPDATE leads SET contact_id = ? WHERE id = (SELECT min(id) "
                                      "FROM leads WHERE company_id = ?)"),
                       {initechPeter, acme});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(
        QStringLiteral("contact of a lead must be a contact of its company")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    // With its own company's contact the lead is created.
    CHECK(LeadService::create(
        f.db, f.home,
        f.draft(acme, f.contactWithEmail(QStringLiteral("jane.porter@acme-logistics.example")))));
}
