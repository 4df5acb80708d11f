#include "TestWorkspace.h"
#include "WriteWaitLimit.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadFormService.h"
#include "leads/LeadService.h"
#include "storage/Transaction.h"
#include "transfer/CsvSample.h"
#include "transfer/LeadImport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QByteArray newLeadHeader =
    "Product,Marketplace,Name,Lead source,Company name,Company website,Company TIN,"
    "Selling direction,First name,Last name,Contact email,Contact phone,Description,Owner\r\n";

/// A row of newLeadHeader for a new company and contact on Apex Mail Security (no custom form).
QByteArray newLeadRow(const QByteArray& name)
{
    return "Apex Mail Security,Mighty Mick's US," + name +
           ",Call,Zenith Widgets,zenith.example,500100732259,SMB,Zoe,Quinn,zoe@zenith.example,"
           "'+1 415 555 0199,,\r\n";
}

struct ImportFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    int count(const QString& table) const
    {
        // table names are literals of the tests
        return TestWorkspace::count(*workspace,
                                    QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }

    Result<ImportReport> import(const QByteArray& csv, const ActingContext& acting,
                                const ImportProgress& progress = {},
                                const ImportBatch& batch = {}) const
    {
        const QString path = dir.path(QStringLiteral("leads.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(csv) == csv.size());
        file.close();
        auto fields = LeadImport::fields(db, acting);
        REQUIRE(fields);
        auto sample = CsvSample::read(path, 0);
        REQUIRE(sample);
        const ImportMapping mapping = ImportMapping::fromHeader(sample->header, fields.value());
        return LeadImport::importFile(db, acting, path, mapping, progress, batch);
    }
    Result<ImportReport> import(const QByteArray& csv, const ImportProgress& progress = {},
                                const ImportBatch& batch = {}) const
    {
        return import(csv, home, progress, batch);
    }
};

QString reasonOf(const ImportReport& report, qint64 line)
{
    for (const ImportProblem& problem : report.problems)
        if (problem.line == line)
            return problem.reason;
    return {};
}

} // namespace

TEST_CASE("Lead import writes good rows and reports bad rows with their lines", "[import][leads]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    const int companies = f.count(QStringLiteral("companies"));
    const QByteArray csv =
        newLeadHeader
        // line 2-3: a good row whose description spans two lines; owner by e-mail
        + "Apex Mail Security,Mighty Mick's US,Mail rollout,Call,Zenith Widgets,zenith.example,"
          "500100732259,SMB,Zoe,Quinn,zoe@zenith.example,+1 415 555 0199,\"Call back,\nMonday\","
          "tony.gazzo@mightymicks.example\r\n"
        // line 4: names in any case, the marketplace left out (only one lists the product)
        + "apex mail security,,\"Mail, again\",website form,Orbit Labs,https://orbit.example,"
          "7736050003,enterprise,Omar,Ortiz,,,,\r\n"
        // line 5: the vendor's form requires Number of seats
        +
        "Apex Backup,Mighty Mick's US,Backup,Chat,Acme,acme.example,7830002293,SMB,Al,Ames,,,,\r\n"
        // line 6: unlisted
        + "Apex Analytics,Mighty Mick's "
          "US,Analytics,Chat,Acme,acme.example,7830002293,SMB,Al,Ames,,,,\r\n"
        // line 7: unknown product
        + "Foo Cloud,Mighty Mick's US,Foo,Chat,Acme,acme.example,7830002293,SMB,Al,Ames,,,,\r\n"
        // line 8: bad TIN, e-mail, source and owner
        + "Apex Mail Security,Mighty Mick's US,Bad,Carrier pigeon,Acme,acme.example,1234567895,SMB,"
          "Al,Ames,not-an-email,,,nobody@example.com\r\n"
        // line 9: the product is listed on two marketplaces
        + "Apex Backup,,Backup,Chat,Acme,acme.example,7830002293,SMB,Al,Ames,,,,\r\n"
        // line 10: empty cells only: ignored
        + ",,,,,,,,,,,,,\r\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->rowsRead == 7);
    CHECK(report->imported == 2);
    CHECK(report->skipped == 5);
    CHECK_FALSE(report->cancelled);
    CHECK_FALSE(report->failure);
    CHECK(report->lastCommittedLine == 4);
    CHECK(report->summary().startsWith(QStringLiteral("2 imported, 5 skipped")));
    QList<qint64> lines;
    for (const ImportProblem& problem : report->problems)
        lines << problem.line;
    CHECK(lines == QList<qint64>{5, 6, 7, 8, 9});
    CHECK(reasonOf(report.value(), 5) == QStringLiteral("Number of seats: Required."));
    CHECK(reasonOf(report.value(), 6) ==
          QStringLiteral("Apex Analytics is no longer listed on Mighty Mick's US."));
    CHECK(reasonOf(report.value(), 7)
              .startsWith(QStringLiteral("Product: no product \u201cFoo Cloud\u201d")));
    const QString bad = reasonOf(report.value(), 8);
    CHECK(bad.contains(
        QStringLiteral("Lead source: \u201cCarrier pigeon\u201d is not a lead source.")));
    CHECK(bad.contains(QStringLiteral("Company TIN: ")));
    CHECK(bad.contains(QStringLiteral("Contact email: This is not a valid e-mail address.")));
    CHECK(bad.contains(QStringLiteral("Owner: ")));
    CHECK(reasonOf(report.value(), 9)
              .startsWith(QStringLiteral("Marketplace: Apex Backup is listed on several")));
    CHECK(report->problemsText().startsWith(
        QStringLiteral("Line 5: Number of seats: Required.\nLine 6: ")));

    CHECK(f.count(QStringLiteral("leads")) == leads + 2);
    CHECK(f.count(QStringLiteral("companies")) == companies + 2);
    const QString first = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT l.id FROM leads l WHERE l.name = 'Mail rollout'"));
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral(
                  "SELECT l.source || '|' || l.description || '|' || l.owner_user_id || '|' || "
                  "l.service_or_product || '|' || c.phone || '|' || co.website || '|' || "
                  "l.created_by "
                  "FROM leads l JOIN contacts c ON c.id = l.contact_id "
                  "JOIN companies co ON co.id = l.company_id WHERE l.id = ?"),
              {first}) ==
          QStringLiteral("call|Call back,\nMonday|") +
              TestWorkspace::scalar(
                  *f.workspace,
                  QStringLiteral(
                      "SELECT id FROM users WHERE email = 'tony.gazzo@mightymicks.example'")) +
              QStringLiteral("|Apex Mail Security|+14155550199|https://zenith.example|") +
              f.home.userId);
    CHECK(TestWorkspace::scalar(
              *f.workspace, QStringLiteral("SELECT source || '|' || (SELECT name FROM "
                                           "selling_directions WHERE id = selling_direction_id) "
                                           "FROM leads WHERE name = 'Mail, again'")) ==
          QStringLiteral("website_form|Enterprise"));
    auto history = EventLog::forObject(f.db, first);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("created"));
}

TEST_CASE("Lead import uses existing records and custom fields like the wizard", "[import][leads]")
{
    ImportFixture f;
    const int companies = f.count(QStringLiteral("companies"));
    const int contacts = f.count(QStringLiteral("contacts"));
    const QByteArray csv =
        "Product;Marketplace;Name;Source;Existing company;Existing contact;Selling direction;"
        "Number of seats;Deployment;Wants a trial;Campaign;Channel\n"
        "Apex Backup;Mighty Mick's EU;Backup for Acme;Email;ACME LOGISTICS;"
        "jane.porter@acme-logistics.example;Public sector;25;cloud;yes;Spring Promo 2026;LinkedIn\n"
        "Apex Backup;Mighty Mick's EU;Trial unclear;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB;3;;maybe;;\n"
        "Apex Backup;Mighty Mick's EU;Nobody;Email;No Such "
        "Company;nobody@nowhere.example;SMB;3;;;;\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 1);
    CHECK(report->skipped == 2);
    CHECK(reasonOf(report.value(), 3) == QStringLiteral("Wants a trial: Enter yes or no."));
    const QString nobody = reasonOf(report.value(), 4);
    CHECK(nobody.contains(QStringLiteral(
        "Existing company: nothing in the workspace matches \u201cNo Such Company\u201d.")));
    CHECK(nobody.contains(QStringLiteral("Existing contact: ")));
    CHECK(f.count(QStringLiteral("companies")) == companies);
    CHECK(f.count(QStringLiteral("contacts")) == contacts);
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral(
                  "SELECT co.name || '|' || c.email || '|' || l.custom_values || '|' || "
                  "(SELECT name FROM campaigns WHERE id = l.campaign_id) || '|' || l.form_id "
                  "FROM leads l JOIN companies co ON co.id = l.company_id "
                  "JOIN contacts c ON c.id = l.contact_id WHERE l.name = 'Backup for Acme'")) ==
          QStringLiteral(
              "Acme Logistics|jane.porter@acme-logistics.example|"
              "{\"deployment\":\"Cloud\",\"seats\":25,\"trial\":true}|Spring Promo 2026|") +
              TestWorkspace::scalar(
                  *f.workspace,
                  QStringLiteral(
                      "SELECT id FROM lead_forms WHERE name = 'Apex Standard Lead Form'")));
}

TEST_CASE("Lead import needs the right to create leads", "[import][leads][permissions]")
{
    ImportFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    const QByteArray csv = newLeadHeader + newLeadRow("Refused");
    const ActingContext vendor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    auto byVendor = f.import(csv, vendor);
    REQUIRE_FALSE(byVendor);
    CHECK(byVendor.error().code == ErrorCode::PermissionDenied);
    const QString viewerId =
        TestWorkspace::scalar(*f.workspace,
                              QStringLiteral("SELECT user_id FROM memberships WHERE account_id = ? "
                                             "AND role = 'viewer' ORDER BY user_id LIMIT 1"),
                              {f.home.accountId});
    auto byViewer = f.import(csv, TestWorkspace::acting(*f.workspace, viewerId, f.home.accountId));
    REQUIRE_FALSE(byViewer);
    CHECK(byViewer.error().code == ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    // Another distributor's CRM user finds none of Mighty Mick's listings.
    const ActingContext ingram =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
    auto byIngram = f.import(csv, ingram);
    REQUIRE(byIngram);
    CHECK(byIngram->imported == 0);
    CHECK(reasonOf(byIngram.value(), 2).contains(QStringLiteral("Apex Mail Security")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Lead import refuses a mapping without a mandatory field", "[import][leads]")
{
    ImportFixture f;
    auto report = f.import("Product,Name\nApex Mail Security,Lead\n");
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Invalid);
    CHECK(report.error().message.contains(QStringLiteral("Lead source")));
    CHECK(report.error().message.contains(QStringLiteral("Company name, or of Existing company")));
}

TEST_CASE("Lead import commits in batches and cancel keeps only committed batches",
          "[import][leads][transactions]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    const int companies = f.count(QStringLiteral("companies"));
    const int contacts = f.count(QStringLiteral("contacts"));
    const int events = f.count(QStringLiteral("events"));
    QByteArray csv = newLeadHeader;
    for (int i = 0; i < 2000; ++i)
        csv += newLeadRow("Lead " + QByteArray::number(i));

    QList<qint64> seen;
    auto report = f.import(csv,
                           [&seen](qint64 rows, qint64 bytes, qint64 total) {
                               CHECK(bytes <= total);
                               seen << rows;
                               return rows < 768; // cancel after 768 rows, in the second batch
                           },
                           {500, INT_MAX});
    REQUIRE(report);
    CHECK(report->cancelled);
    CHECK(report->imported == 500);
    CHECK(report->lastCommittedLine == 501);
    CHECK(seen == QList<qint64>{0, 256, 512, 768});
    CHECK(report->summary().contains(QStringLiteral("Cancelled")));
    CHECK(f.count(QStringLiteral("leads")) == leads + 500);
    CHECK(f.count(QStringLiteral("companies")) == companies + 500);
    CHECK(f.count(QStringLiteral("contacts")) == contacts + 500);
    CHECK(f.count(QStringLiteral("events")) == events + 1500);
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Lead 499'")) ==
          1);
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM leads WHERE name = 'Lead 500'")) ==
          0);
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM leads l WHERE NOT EXISTS (SELECT "
                                           "1 FROM issued_ids i WHERE i.id = l.id)")) == 0);

    SECTION("without cancel every batch is committed")
    {
        auto all = f.import(csv, {}, {300, INT_MAX});
        REQUIRE(all);
        CHECK(all->imported == 2000);
        CHECK(all->isComplete());
        CHECK(f.count(QStringLiteral("leads")) == leads + 2500);
    }
}

TEST_CASE("A row that fails while being written leaves nothing behind",
          "[import][leads][transactions]")
{
    ImportFixture f;
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("fail_boom"), QStringLiteral("INSERT"),
                              QStringLiteral("leads"), QStringLiteral("NEW.name = 'boom'"),
                              QStringLiteral("disk on fire"));
    const int companies = f.count(QStringLiteral("companies"));
    auto report =
        f.import(newLeadHeader + newLeadRow("fine") + newLeadRow("boom") + newLeadRow("also fine"));
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->skipped == 1);
    CHECK(reasonOf(report.value(), 3).contains(QStringLiteral("disk on fire")));
    // The company and contact of the failed row were written before the lead, and undone.
    CHECK(f.count(QStringLiteral("companies")) == companies + 2);
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM contacts c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM leads l WHERE l.contact_id = c.id)")) ==
          0);
}

TEST_CASE("Malformed CSV stops the import and keeps the committed batches",
          "[import][leads][transactions]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    QByteArray csv = newLeadHeader;
    for (int i = 0; i < 5; ++i)
        csv += newLeadRow("Lead " + QByteArray::number(i));
    csv += "Apex Mail Security,Mighty Mick's US,\"never closed,Call\r\n";
    auto report = f.import(csv, {}, {2, INT_MAX});
    REQUIRE(report);
    REQUIRE(report->failure);
    CHECK(report->failure->message.contains(QStringLiteral("Line 7")));
    CHECK(report->imported == 4);
    CHECK(f.count(QStringLiteral("leads")) == leads + 4);
    CHECK(report->summary().contains(QStringLiteral("The rows up to line 5 are imported")));
}

TEST_CASE("Lead import rows shifted by a stray delimiter are skipped", "[import][leads]")
{
    ImportFixture f;
    auto report =
        f.import(newLeadHeader +
                 "Apex Mail Security,Mighty Mick's US,Shifted,Call,Zenith, Inc,zenith.example,"
                 "500100732259,SMB,Zoe,Quinn,zoe@zenith.example,,,"
                 "tony.gazzo@mightymicks.example\r\n");
    REQUIRE(report);
    CHECK(report->skipped == 1);
    CHECK(reasonOf(report.value(), 2).contains(QStringLiteral("15 cells but the header only 14")));
}

TEST_CASE("The lead import fields name the custom fields of active forms", "[import][leads]")
{
    ImportFixture f;
    auto fields = LeadImport::fields(f.db, f.home);
    REQUIRE(fields);
    QStringList keys;
    QStringList required;
    for (const ImportField& field : fields.value()) {
        keys << field.key;
        if (field.required && field.unlessMapped.isEmpty())
            required << field.key;
    }
    CHECK(keys.contains(QStringLiteral("custom.seats")));
    CHECK(keys.contains(QStringLiteral("existing_company")));
    CHECK(required == QStringList{QStringLiteral("product"), QStringLiteral("name"),
                                  QStringLiteral("source"), QStringLiteral("selling_direction")});
}

TEST_CASE("A custom column counts only for rows whose lead form has the field", "[import][leads]")
{
    ImportFixture f;
    // Apex Mail Security has no lead form: its rows ignore Wants a trial, whatever it says.
    const QByteArray csv =
        "Product;Marketplace;Name;Source;Existing company;Existing contact;Selling direction;"
        "Wants a trial\n"
        "Apex Mail Security;Mighty Mick's US;Mail A;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB;yes\n"
        "Apex Mail Security;Mighty Mick's US;Mail B;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB;n/a\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK_FALSE(report->failure);
    CHECK(report->imported == 2);
    CHECK(report->skipped == 0);
    CHECK(TestWorkspace::texts(
              *f.workspace, QStringLiteral("SELECT custom_values FROM leads "
                                           "WHERE name IN ('Mail A', 'Mail B') ORDER BY name")) ==
          QStringList{QStringLiteral("{}"), QStringLiteral("{}")});
}

TEST_CASE("A custom field key two forms share is read as each row's form defines it",
          "[import][leads]")
{
    ImportFixture f;
    // Apex's second form uses the key "trial" of the standard form for a text field.
    const ActingContext vendor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    LeadFormDraft draft;
    draft.name = QStringLiteral("Mail trials");
    draft.listingIds << TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral("SELECT l.id FROM listings l JOIN products p ON p.id = l.product_id "
                       "JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE p.name = 'Apex Mail Security' AND m.name = 'Mighty Mick''s US'"));
    CustomField trial;
    trial.id = QStringLiteral("trial");
    trial.title = QStringLiteral("Trial wish");
    trial.type = CustomFieldType::Text;
    draft.schema.setCustomFields({trial});
    REQUIRE(LeadFormService::save(f.db, vendor, draft));

    const QByteArray csv =
        "Product;Marketplace;Name;Source;Existing company;Existing contact;Selling direction;"
        "Number of seats;trial\n"
        "Apex Mail Security;Mighty Mick's US;Mail trial;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB;;no, next year\n"
        "Apex Backup;Mighty Mick's EU;Backup trial;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB;5;no\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral("SELECT custom_values FROM leads WHERE name = 'Mail trial'")) ==
          QStringLiteral("{\"trial\":\"no, next year\"}"));
    const QString backup = TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral("SELECT custom_values FROM leads WHERE name = 'Backup trial'"));
    CHECK(QJsonDocument::fromJson(backup.toUtf8()).object().value(QStringLiteral("trial")) ==
          QJsonValue(false));
}

TEST_CASE("A company the import creates makes a later row naming it ambiguous", "[import][leads]")
{
    ImportFixture f;
    const QByteArray csv =
        "Product,Marketplace,Name,Lead source,Existing company,Existing contact,Company name,"
        "Company website,Company TIN,Selling direction,First name,Last name\n"
        // line 2: the workspace's Acme Logistics, found by name
        "Apex Mail Security,Mighty Mick's US,First,Call,Acme Logistics,"
        "jane.porter@acme-logistics.example,,,,SMB,,\n"
        // line 3: a second company of that name (a new company has only new contacts)
        "Apex Mail Security,Mighty Mick's US,Second,Call,,,"
        "Acme Logistics,acme-two.example,7736050003,SMB,Zoe,Quinn\n"
        // line 4: the name now fits two companies
        "Apex Mail Security,Mighty Mick's US,Third,Call,Acme Logistics,"
        "jane.porter@acme-logistics.example,,,,SMB,,\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->skipped == 1);
    CHECK(reasonOf(report.value(), 4).contains(QStringLiteral("several records match")));
}

TEST_CASE("The last imported line of a report is where its row ends", "[import][leads]")
{
    ImportFixture f;
    // line 2: bad (unknown product); lines 3-4: a good row whose description spans two lines
    const QByteArray csv =
        newLeadHeader +
        "Foo Cloud,Mighty Mick's US,Foo,Chat,Acme,acme.example,7830002293,SMB,Al,Ames,,,,\r\n"
        "Apex Mail Security,Mighty Mick's US,Mail rollout,Call,Zenith Widgets,zenith.example,"
        "500100732259,SMB,Zoe,Quinn,zoe@zenith.example,,\"Call back,\nMonday\",\r\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 1);
    CHECK(reasonOf(report.value(), 2).contains(QStringLiteral("Foo Cloud")));
    CHECK(report->lastCommittedLine == 4);
}

TEST_CASE("Lead import refuses an existing contact of another company", "[import][leads][picker]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    const QByteArray csv =
        "Product;Marketplace;Name;Source;Existing company;Existing contact;Selling direction\n"
        "Apex Mail Security;Mighty Mick's US;Own contact;Email;Acme Logistics;"
        "jane.porter@acme-logistics.example;SMB\n"
        "Apex Mail Security;Mighty Mick's US;Someone else's contact;Email;Acme Logistics;"
        "peter.gibbons@initech.example;SMB\n";
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 1);
    CHECK(report->skipped == 1);
    CHECK(reasonOf(report.value(), 3)
              .startsWith(QStringLiteral(
                  "Existing contact: This contact is not one of the chosen company's contacts")));
    CHECK(f.count(QStringLiteral("leads")) == leads + 1);
}

TEST_CASE("Another connection writes between the batches of a long import",
          "[import][leads][transactions]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    QByteArray csv = newLeadHeader;
    for (int i = 0; i < 600; ++i)
        csv += newLeadRow("Lead " + QByteArray::number(i));
    auto other = Workspace::open(f.workspace->path());
    REQUIRE(other);
    WriteWaitLimit limit(0); // the other write gets in now or fails
    QStringList otherWrites;
    const auto writeBeside = [&](qint64 rows, qint64, qint64) {
        if (rows == 0)
            return true;
        Transaction transaction(other.value()->database());
        if (!transaction.isOpen()) {
            otherWrites << transaction.error().message;
            return true;
        }
        QSqlQuery query(other.value()->database());
        REQUIRE(query.exec(QStringLiteral("UPDATE users SET name = name")));
        REQUIRE(transaction.commit());
        otherWrites << QStringLiteral("written after %1 rows").arg(rows);
        return true;
    };
    // A batch ends after 0 ms: every row is committed at once (a test knob; 1 s in the app),
    // and the other write comes between two rows, so the import need not pause for it.
    auto report = f.import(csv, writeBeside, ImportBatch{50'000, 0, 0});
    REQUIRE(report);
    CHECK(report->imported == 600);
    CHECK(otherWrites == QStringList{QStringLiteral("written after 256 rows"),
                                     QStringLiteral("written after 512 rows"),
                                     QStringLiteral("written after 600 rows")});
    CHECK(f.count(QStringLiteral("leads")) == leads + 600);
}

TEST_CASE("Lead import refuses control characters with the line and the field", "[import][leads]")
{
    ImportFixture f;
    const int leads = f.count(QStringLiteral("leads"));
    QByteArray csv = newLeadHeader + newLeadRow("Good lead");
    csv += newLeadRow(QByteArray("Bad\0lead", 8));                              // line 3
    csv += newLeadRow("Escaped \x1b[31mred");                                   // line 4
    csv += newLeadRow("Lead").replace("Zenith Widgets", "\"Zenith\nWidgets\""); // lines 5-6
    csv += "Apex Mail Security,Mighty Mick's US,Notes,Call,Zenith Widgets,zenith.example,"
           "500100732259,SMB,Zoe,Quinn,,,\"Line one\r\n\tline two\",\r\n"; // lines 7-8: fine
    auto report = f.import(csv);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->skipped == 3);
    CHECK(reasonOf(report.value(), 3) ==
          QStringLiteral("Name: Remove the control character U+0000 (character 4)."));
    CHECK(reasonOf(report.value(), 4) ==
          QStringLiteral("Name: Remove the control character U+001b (character 9)."));
    CHECK(reasonOf(report.value(), 5) ==
          QStringLiteral("Company name: Keep it on one line, without tabs."));
    CHECK(f.count(QStringLiteral("leads")) == leads + 2);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM leads WHERE description = ?"),
                               {QStringLiteral("Line one\r\n\tline two")}) == 1);
}
