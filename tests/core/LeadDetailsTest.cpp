#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadDetails.h"
#include "leads/LeadService.h"
#include "leads/ObjectSummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

struct DetailsFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));
    ActingContext telefonica = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::telefonicaId));
    ActingContext champions =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::championsCorpId));

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    QString leadNamed(const char* name) const
    {
        return scalar(QStringLiteral("SELECT id FROM leads WHERE name = ?"), {id(name)});
    }
    QString idOf(const char* table, const char* name) const
    {
        // table names are literals of the tests
        // reference lists: the home distributor's entry (the leads here are its leads)
        const bool perAccount = QByteArray(table).contains("campaigns") ||
                                QByteArray(table).contains("selling_directions") ||
                                QByteArray(table).contains("content_channels");
        return perAccount
                   ? scalar(QStringLiteral("SELECT id FROM %1 WHERE name = ? AND account_id = ?")
                                .arg(id(table)),
                            {id(name), id(DemoWorkspace::homeDistributorId)})
                   : scalar(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(id(table)),
                            {id(name)});
    }
    LeadRecord load(const ActingContext& acting, const QString& leadId) const
    {
        auto loaded = LeadDetails::load(db, acting, leadId);
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded);
        return loaded.value();
    }
    ObjectSummary summary(const QString& type, const QString& objectId,
                          const ActingContext& acting) const
    {
        auto loaded = ObjectSummary::load(db, acting, type, objectId);
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded);
        return loaded.value();
    }
    /// A new lead on the home distributor's listing without a vendor form.
    QString createLead() const
    {
        LeadDraft draft;
        draft.listingId =
            scalar(QStringLiteral(
                       "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS "
                       "(SELECT 1 FROM "
                       "lead_form_listings f WHERE f.listing_id = l.id) ORDER BY l.id LIMIT 1"),
                   {home.accountId});
        draft.name = QStringLiteral("Test lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId = idOf("companies", "Initech");
        draft.existingContactId = scalar(QStringLiteral("SELECT id FROM contacts WHERE email = ?"),
                                         {QStringLiteral("peter.gibbons@initech.example")});
        draft.sellingDirectionId = idOf("selling_directions", "SMB");
        auto created = LeadService::create(db, home, draft);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created);
        return created.value();
    }
};

QStringList titles(const LeadRecord& lead)
{
    QStringList list;
    for (const LeadCustomValue& value : lead.customValues)
        list << value.title;
    return list;
}

QStringList values(const LeadRecord& lead)
{
    QStringList list;
    for (const LeadCustomValue& value : lead.customValues)
        list << value.displayValue;
    return list;
}

bool hasChange(const LeadHistoryEntry& entry, const QString& field, const QString& from,
               const QString& to)
{
    return std::any_of(entry.changes.cbegin(), entry.changes.cend(), [&](const LeadChange& change) {
        return change.field == field && change.from == from && change.to == to;
    });
}

} // namespace

TEST_CASE("Distributor and vendor see every field of a qualified lead", "[details]")
{
    DetailsFixture f;
    const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
    for (const ActingContext& acting : {f.home, f.vendor}) {
        INFO(acting.accountName.toStdString());
        const LeadRecord lead = f.load(acting, leadId);
        CHECK(lead.id == leadId);
        CHECK(lead.name == QStringLiteral("Backup for 40 seats at Acme"));
        CHECK(lead.sourceKey == QStringLiteral("website_form"));
        CHECK(lead.statusKey == QStringLiteral("qualified"));
        CHECK(lead.statusNote.isEmpty());
        CHECK(lead.listingId.startsWith(QStringLiteral("LST-")));
        CHECK(lead.product ==
              LeadReference{f.idOf("products", "Apex Backup"), QStringLiteral("Apex Backup")});
        CHECK(lead.marketplace == LeadReference{f.idOf("marketplaces", "Mighty Mick's US"),
                                                QStringLiteral("Mighty Mick's US")});
        CHECK(lead.vendor == LeadReference{id(DemoWorkspace::demoVendorId),
                                           QStringLiteral("Apex Cloud Software")});
        CHECK(lead.distributor == LeadReference{id(DemoWorkspace::homeDistributorId),
                                                QStringLiteral("Mighty Mick's LLC")});
        CHECK(lead.form == LeadReference{f.idOf("lead_forms", "Apex Standard Lead Form"),
                                         QStringLiteral("Apex Standard Lead Form")});
        CHECK(lead.leadCompanyName == QStringLiteral("ACME Logistics Inc."));
        CHECK(lead.company.id == f.idOf("companies", "Acme Logistics"));
        CHECK(lead.company.name == QStringLiteral("Acme Logistics"));
        CHECK(lead.company.tin == QStringLiteral("912345678"));
        CHECK(lead.company.website == QStringLiteral("https://www.acme-logistics.example"));
        CHECK(lead.company.city == QStringLiteral("Chicago"));
        CHECK(lead.contact.id.startsWith(QStringLiteral("CT-")));
        CHECK(lead.contact.fullName == QStringLiteral("Jane Porter"));
        CHECK(lead.contact.phone == QStringLiteral("+13125550142"));
        CHECK(lead.contact.email == QStringLiteral("jane.porter@acme-logistics.example"));
        CHECK(lead.campaign.name == QStringLiteral("Spring Promo 2026"));
        CHECK(lead.sellingDirection.name == QStringLiteral("SMB"));
        CHECK(lead.channel.name == QStringLiteral("Newsletter"));
        CHECK(lead.serviceOrProduct == QStringLiteral("Apex Backup"));
        CHECK(lead.description.startsWith(QStringLiteral("Nightly backup of 40 laptops")));
        CHECK(lead.owner.name == QStringLiteral("Tony Gazzo"));
        CHECK(lead.city == QStringLiteral("Chicago"));
        CHECK(lead.createdBy.name == QStringLiteral("Tony Gazzo"));
        CHECK(lead.createdAt > 0);
        CHECK(lead.updatedAt > lead.createdAt);

        // Custom fields in the order and with the titles of the Apex form.
        CHECK(titles(lead) ==
              QStringList{QStringLiteral("Number of seats"), QStringLiteral("Deployment"),
                          QStringLiteral("Wants a trial"), QStringLiteral("Decision date")});
        CHECK(values(lead).mid(0, 3) ==
              QStringList{QStringLiteral("40"), QStringLiteral("Cloud"), QStringLiteral("Yes")});
        CHECK(lead.customValues.at(3).displayValue.isEmpty());
        CHECK(lead.customValues.at(2).type == CustomFieldType::Checkbox);

        REQUIRE(lead.hasOpportunity);
        CHECK(lead.opportunity.id.startsWith(QStringLiteral("OP-")));
        CHECK(lead.opportunity.ownerName == QStringLiteral("Tony Gazzo"));
        CHECK(lead.opportunity.createdAt == lead.updatedAt);

        REQUIRE(lead.history.size() == 2);
        CHECK(lead.history.first().action == QStringLiteral("created"));
        CHECK(lead.history.first().userName == QStringLiteral("Tony Gazzo"));
        CHECK(lead.history.last().action == QStringLiteral("qualified"));
        CHECK(lead.history.last().actionLabel == QStringLiteral("Qualified"));
        CHECK(lead.history.last().userName == QStringLiteral("Sarah Chen"));
        CHECK(lead.history.last().accountName == QStringLiteral("Apex Cloud Software"));
        CHECK(hasChange(lead.history.last(), QStringLiteral("Status"), {},
                        QStringLiteral("Qualified")));
        CHECK(
            hasChange(lead.history.last(), QStringLiteral("Opportunity"), {}, lead.opportunity.id));
    }
}

TEST_CASE("A disqualified lead has its reason and no opportunity", "[details]")
{
    DetailsFixture f;
    const LeadRecord lead = f.load(f.vendor, f.leadNamed("Server backup pilot at Globex"));
    CHECK(lead.statusKey == QStringLiteral("disqualified"));
    CHECK(lead.statusNote ==
          QStringLiteral("Chose an on-premises competitor before the trial started."));
    CHECK_FALSE(lead.hasOpportunity);
    CHECK(lead.opportunity.id.isEmpty());
    CHECK(hasChange(lead.history.last(), QStringLiteral("Reason"), {}, lead.statusNote));
}

TEST_CASE("A lead on the default form has no custom fields", "[details]")
{
    DetailsFixture f;
    const LeadRecord lead = f.load(f.home, f.leadNamed("Mail security for Initech"));
    CHECK(lead.form.id.isEmpty());
    CHECK(lead.customValues.isEmpty());
    CHECK(lead.campaign.id.isEmpty());
    CHECK(lead.channel.name.isEmpty());
}

TEST_CASE("Custom values the form no longer has are shown under their key", "[details]")
{
    DetailsFixture f;
    const QString leadId = f.leadNamed("Archive backup for Northwind");
    QJsonObject values =
        QJsonDocument::fromJson(
            TestWorkspace::scalar(*f.workspace,
                                  QStringLiteral("SELECT custom_values FROM leads WHERE id = ?"),
                                  {leadId})
                .toUtf8())
            .object();
    values.insert(QStringLiteral("budget_band"), QStringLiteral("high"));
    QSqlQuery query(f.db);
    REQUIRE(query.prepare(QStringLiteral("UPDATE leads SET custom_values = ? WHERE id = ?")));
    query.addBindValue(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    const LeadRecord lead = f.load(f.vendor, leadId);
    REQUIRE(lead.customValues.size() == 5);
    CHECK(lead.customValues.at(1).displayValue == QStringLiteral("Hybrid"));
    CHECK(lead.customValues.at(2).displayValue == QStringLiteral("No"));
    CHECK_FALSE(lead.customValues.at(3).displayValue.isEmpty()); // 2026-12-15 in the locale
    CHECK(lead.customValues.at(3).displayValue != QStringLiteral("2026-12-15"));
    const LeadCustomValue& extra = lead.customValues.last();
    CHECK(extra.title == QStringLiteral("budget_band"));
    CHECK(extra.displayValue == QStringLiteral("high"));
    CHECK_FALSE(extra.inForm);
}

TEST_CASE("Custom values read as people expect", "[details]")
{
    CHECK(LeadDetails::customValueText(CustomFieldType::Checkbox, true) == QStringLiteral("Yes"));
    CHECK(LeadDetails::customValueText(CustomFieldType::Checkbox, false) == QStringLiteral("No"));
    CHECK(LeadDetails::customValueText(CustomFieldType::Checkbox, QVariant()) ==
          QStringLiteral("No"));
    CHECK(LeadDetails::customValueText(CustomFieldType::Number, 12.0) == QStringLiteral("12"));
    CHECK(LeadDetails::customValueText(CustomFieldType::Number, QVariant()).isEmpty());
    CHECK(LeadDetails::customValueText(CustomFieldType::Date, QStringLiteral("not a date")) ==
          QStringLiteral("not a date"));
    CHECK(LeadDetails::customValueText(CustomFieldType::Choice, QStringLiteral("Cloud")) ==
          QStringLiteral("Cloud"));
}

TEST_CASE("A lead is not found by accounts that are neither its vendor nor distributor",
          "[details]")
{
    DetailsFixture f;
    const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
    for (const ActingContext& stranger : {f.telefonica, f.champions}) {
        auto refused = LeadDetails::load(f.db, stranger, leadId);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotFound);
        // The same words as for a lead that does not exist: nothing reveals that it does.
        CHECK(refused.error().message == QStringLiteral("There is no lead %1.").arg(leadId));
    }
    // Ingram Micro's lead for an Apex product is not visible to Mighty Mick's.
    auto ingramLead =
        LeadDetails::load(f.db, f.home, f.leadNamed("Backup for 25 seats at Thames Valley Dental"));
    CHECK(ingramLead.error().code == ErrorCode::NotFound);
    CHECK(f.load(f.vendor, f.leadNamed("Backup for 25 seats at Thames Valley Dental"))
              .distributor.name == QStringLiteral("Ingram Micro"));

    auto missing = LeadDetails::load(f.db, f.home, QStringLiteral("LDR-000-000-000"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message == QStringLiteral("There is no lead LDR-000-000-000."));
}

TEST_CASE("Only the vendor qualifies and only the distributor's CRM users edit a New lead",
          "[details]")
{
    DetailsFixture f;
    const QString leadId = f.createLead();
    ActingContext vendorViewer = f.vendor;
    vendorViewer.userRole = UserRole::Viewer;
    const ActingContext gazzo = TestWorkspace::acting(
        *f.workspace, f.scalar(QStringLiteral("SELECT id FROM users WHERE name = 'Tony Gazzo'")),
        f.home.accountId);
    const ActingContext pennino = TestWorkspace::acting(
        *f.workspace,
        f.scalar(QStringLiteral("SELECT id FROM users WHERE name = 'Paulie Pennino'")),
        f.home.accountId);
    REQUIRE(pennino.userRole == UserRole::Viewer);

    struct Expectation {
        const char* who;
        ActingContext acting;
        bool canQualify;
        bool canEdit;
    };
    for (const Expectation& e : {Expectation{"vendor admin", f.vendor, true, false},
                                 Expectation{"vendor viewer", vendorViewer, false, false},
                                 Expectation{"distributor admin", f.home, false, true},
                                 Expectation{"distributor sales", gazzo, false, true},
                                 Expectation{"distributor viewer", pennino, false, false}}) {
        INFO(e.who);
        const LeadRecord lead = f.load(e.acting, leadId);
        CHECK(lead.statusKey == QStringLiteral("new"));
        CHECK(lead.canQualify == e.canQualify);
        CHECK(lead.canEdit == e.canEdit);
        CHECK_FALSE(lead.hasOpportunity);
    }
    // The flags agree with what LeadService allows.
    CHECK(LeadService::qualify(f.db, f.home, leadId).error().code == ErrorCode::PermissionDenied);
    CHECK(LeadService::qualify(f.db, vendorViewer, leadId).error().code ==
          ErrorCode::PermissionDenied);
    REQUIRE(LeadService::qualify(f.db, f.vendor, leadId));

    // Decided leads can be neither decided again nor edited, by anybody.
    for (const char* name : {"Backup for 40 seats at Acme", "Server backup pilot at Globex"}) {
        const QString decided = f.leadNamed(name);
        for (const ActingContext& acting : {f.vendor, f.home, gazzo}) {
            const LeadRecord lead = f.load(acting, decided);
            CHECK_FALSE(lead.canQualify);
            CHECK_FALSE(lead.canEdit);
        }
    }
    const LeadRecord qualified = f.load(f.vendor, leadId);
    CHECK_FALSE(qualified.canQualify);
    CHECK(qualified.hasOpportunity);

    CHECK(LeadDetails::canQualify(f.vendor, f.vendor.accountId, QStringLiteral("new")));
    CHECK_FALSE(LeadDetails::canQualify(f.vendor, f.home.accountId, QStringLiteral("new")));
    CHECK_FALSE(
        LeadDetails::canQualify(f.vendor, f.vendor.accountId, QStringLiteral("disqualified")));
    CHECK(LeadDetails::canEdit(f.home, f.home.accountId, QStringLiteral("new")));
    CHECK_FALSE(LeadDetails::canEdit(f.home, f.vendor.accountId, QStringLiteral("new")));
    CHECK_FALSE(LeadDetails::canEdit(f.home, f.home.accountId, QStringLiteral("qualified")));
    CHECK_FALSE(LeadDetails::canEdit(ActingContext{}, QString(), QStringLiteral("new")));
}

TEST_CASE("A disqualifying reason is required and limited", "[details]")
{
    CHECK_FALSE(LeadDetails::disqualifyReasonProblem(QStringLiteral("   ")).isEmpty());
    CHECK(LeadDetails::disqualifyReasonProblem(QStringLiteral("No budget")).isEmpty());
    CHECK(
        LeadDetails::disqualifyReasonProblem(QString(LeadService::maxNoteLength, QLatin1Char('x')))
            .isEmpty());
    CHECK_FALSE(LeadDetails::disqualifyReasonProblem(
                    QString(LeadService::maxNoteLength + 1, QLatin1Char('x')))
                    .isEmpty());
}

TEST_CASE("The history names who changed what", "[details]")
{
    DetailsFixture f;
    const QString leadId = f.createLead();
    LeadDraft draft;
    draft.listingId =
        f.scalar(QStringLiteral("SELECT listing_id FROM leads WHERE id = ?"), {leadId});
    draft.name = QStringLiteral("Renamed lead");
    draft.sourceKey = QStringLiteral("chat");
    draft.existingCompanyId = f.idOf("companies", "Globex Corporation");
    draft.existingContactId = f.scalar(QStringLiteral("SELECT id FROM contacts WHERE email = ?"),
                                       {QStringLiteral("luc.moreau@globex.example")});
    draft.sellingDirectionId = f.idOf("selling_directions", "SMB");
    draft.campaignId = f.idOf("campaigns", "Partner Summit 2026");
    auto updated = LeadService::update(f.db, f.home, leadId, draft);
    INFO((updated ? QString() : updated.error().message).toStdString());
    REQUIRE(updated);
    REQUIRE(LeadService::disqualify(f.db, f.vendor, leadId, QStringLiteral("Wrong product")));

    const LeadRecord lead = f.load(f.home, leadId);
    REQUIRE(lead.history.size() == 3);
    CHECK(lead.history.at(0).actionLabel == QStringLiteral("Created"));
    CHECK(lead.history.at(0).changes.isEmpty());
    const LeadHistoryEntry& edit = lead.history.at(1);
    CHECK(edit.actionLabel == QStringLiteral("Edited"));
    CHECK(edit.userName == QStringLiteral("Michael Goldmill"));
    CHECK(hasChange(edit, QStringLiteral("Name"), QStringLiteral("Test lead"),
                    QStringLiteral("Renamed lead")));
    CHECK(hasChange(edit, QStringLiteral("Lead source"), QStringLiteral("Call"),
                    QStringLiteral("Chat")));
    CHECK(hasChange(edit, QStringLiteral("Company"), QStringLiteral("Initech"),
                    QStringLiteral("Globex Corporation")));
    CHECK(hasChange(edit, QStringLiteral("Contact"), QStringLiteral("Peter Gibbons"),
                    QStringLiteral("Luc Moreau")));
    CHECK(hasChange(edit, QStringLiteral("Campaign"), {}, QStringLiteral("Partner Summit 2026")));
    CHECK(edit.changes.first().field == QStringLiteral("Name"));
    const LeadHistoryEntry& decision = lead.history.at(2);
    CHECK(decision.userName == QStringLiteral("Sarah Chen"));
    CHECK(hasChange(decision, QStringLiteral("Status"), {}, QStringLiteral("Disqualified")));
    CHECK(hasChange(decision, QStringLiteral("Reason"), {}, QStringLiteral("Wrong product")));
    CHECK(lead.updatedBy.name == QStringLiteral("Sarah Chen"));
}

TEST_CASE("Object summaries of every kind", "[details]")
{
    DetailsFixture f;
    SECTION("product")
    {
        const ObjectSummary s =
            f.summary(QStringLiteral("product"), f.idOf("products", "Apex Backup"), f.home);
        CHECK(s.kindLabel == QStringLiteral("Product"));
        CHECK(s.title == QStringLiteral("Apex Backup"));
        CHECK(s.id == f.idOf("products", "Apex Backup"));
        CHECK(s.value(QStringLiteral("Vendor")) == QStringLiteral("Apex Cloud Software"));
        CHECK(s.rows.at(1).linkType == QStringLiteral("account"));
        CHECK(s.rows.at(1).linkId == id(DemoWorkspace::demoVendorId));
        CHECK(s.value(QStringLiteral("Description"))
                  .startsWith(QStringLiteral("Encrypted cloud backup")));
        CHECK(s.value(QStringLiteral("Listed on")) ==
              QStringLiteral("Ingram Micro UK, Mighty Mick's EU, Mighty Mick's US"));
    }
    SECTION("marketplace")
    {
        const ObjectSummary s = f.summary(QStringLiteral("marketplace"),
                                          f.idOf("marketplaces", "Mighty Mick's EU"), f.vendor);
        CHECK(s.title == QStringLiteral("Mighty Mick's EU"));
        CHECK(s.value(QStringLiteral("Owner")) == QStringLiteral("Mighty Mick's LLC"));
        CHECK(s.value(QStringLiteral("Countries")) == QStringLiteral("DE, FR, IT, ES"));
        CHECK(s.value(QStringLiteral("Currency")) == QStringLiteral("EUR"));
        CHECK(s.value(QStringLiteral("Listed products")) == QStringLiteral("2"));
    }
    SECTION("account")
    {
        const ObjectSummary s =
            f.summary(QStringLiteral("account"), id(DemoWorkspace::telefonicaId), f.home);
        CHECK(s.title == QStringLiteral("Telefonica"));
        CHECK(s.value(QStringLiteral("Type")) == QStringLiteral("Vendor"));
        CHECK(s.value(QStringLiteral("Headquarters")) == QStringLiteral("Madrid, Spain"));
        CHECK(s.value(QStringLiteral("Industry")) == QStringLiteral("Telecommunications"));
        CHECK(s.value(QStringLiteral("Websites")) == QStringLiteral("https://www.telefonica.com"));
        CHECK(s.value(QStringLiteral("Description"))
                  .startsWith(QStringLiteral("Telefonica is a Spanish")));
        CHECK(s.value(QStringLiteral("Technical contact")) ==
              QStringLiteral("Albert Wilson <craig.kehr@example.com>"));
    }
    SECTION("company, with the leads the acting account sees")
    {
        const QString acme = f.idOf("companies", "Acme Logistics");
        const ObjectSummary s = f.summary(QStringLiteral("company"), acme, f.home);
        CHECK(s.title == QStringLiteral("Acme Logistics"));
        CHECK(s.value(QStringLiteral("TIN")) == QStringLiteral("912345678"));
        CHECK(s.value(QStringLiteral("Website")) ==
              QStringLiteral("https://www.acme-logistics.example"));
        CHECK(s.value(QStringLiteral("City")) == QStringLiteral("Chicago"));
        CHECK(s.value(QStringLiteral("Leads visible to you")) == QStringLiteral("2"));
        CHECK(f.summary(QStringLiteral("company"), acme, f.telefonica)
                  .value(QStringLiteral("Leads visible to you")) == QStringLiteral("0"));
    }
    SECTION("contact")
    {
        const QString jane =
            f.scalar(QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Jane'"));
        const ObjectSummary s = f.summary(QStringLiteral("contact"), jane, f.home);
        CHECK(s.title == QStringLiteral("Jane Porter"));
        CHECK(s.value(QStringLiteral("Phone")) == QStringLiteral("+1 312-555-0142"));
        CHECK(s.value(QStringLiteral("Email")) ==
              QStringLiteral("jane.porter@acme-logistics.example"));
        CHECK(s.value(QStringLiteral("Company")) == QStringLiteral("Acme Logistics"));
        CHECK(s.rows.last().linkType == QStringLiteral("company"));
        CHECK(s.rows.last().linkId == f.idOf("companies", "Acme Logistics"));
    }
    SECTION("opportunity, only for the parties of its lead")
    {
        const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
        const QString opportunityId =
            f.scalar(QStringLiteral("SELECT id FROM opportunities WHERE lead_id = ?"), {leadId});
        for (const ActingContext& acting : {f.home, f.vendor}) {
            const ObjectSummary s = f.summary(QStringLiteral("opportunity"), opportunityId, acting);
            CHECK(s.kindLabel == QStringLiteral("Opportunity"));
            CHECK(s.value(QStringLiteral("Lead")) ==
                  QStringLiteral("Backup for 40 seats at Acme (%1)").arg(leadId));
            CHECK(s.value(QStringLiteral("Company")) == QStringLiteral("Acme Logistics"));
            CHECK(s.value(QStringLiteral("Contact")) == QStringLiteral("Jane Porter"));
            CHECK(s.value(QStringLiteral("Product")) == QStringLiteral("Apex Backup"));
            CHECK(s.value(QStringLiteral("Marketplace")) == QStringLiteral("Mighty Mick's US"));
            CHECK(s.value(QStringLiteral("Owner")) == QStringLiteral("Tony Gazzo"));
            CHECK_FALSE(s.value(QStringLiteral("Created")).isEmpty());
        }
        const ActingContext ingram =
            TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
        for (const ActingContext& stranger : {f.telefonica, ingram}) {
            auto refused =
                ObjectSummary::load(f.db, stranger, QStringLiteral("opportunity"), opportunityId);
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::NotFound);
        }
    }
}

TEST_CASE("Object summaries refuse unknown kinds and missing IDs", "[details]")
{
    DetailsFixture f;
    for (const QString& type : {QStringLiteral("lead"), QStringLiteral("Product"), QString(),
                                QStringLiteral("products; DROP TABLE leads")}) {
        auto refused = ObjectSummary::load(f.db, f.home, type, QStringLiteral("PRD-000-000-000"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Invalid);
    }
    for (const QString& type : ObjectSummary::types()) {
        INFO(type.toStdString());
        auto missing = ObjectSummary::load(f.db, f.home, type, QStringLiteral("XX-000-000"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == ErrorCode::NotFound);
        CHECK(missing.error().message.contains(QStringLiteral("XX-000-000")));
    }
}
