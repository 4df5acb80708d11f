#include "TestWorkspace.h"

#include "common/CompanyTin.h"
#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "intake/LeadIntake.h"
#include "leads/LeadService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct IntakeFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
};

/// A lead on Apex Mail Security (no custom form) for a new company and contact, as a website
/// would send it.
QJsonObject newLead(const QString& name)
{
    return QJsonObject{{QStringLiteral("product"), QStringLiteral("Apex Mail Security")},
                       {QStringLiteral("marketplace"), QStringLiteral("Mighty Mick's US")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("source"), QStringLiteral("Website form")},
                       {QStringLiteral("company_name"), QStringLiteral("Zenith Widgets")},
                       {QStringLiteral("company_website"), QStringLiteral("zenith.example")},
                       {QStringLiteral("company_tin"), QStringLiteral("500100732259")},
                       {QStringLiteral("selling_direction"), QStringLiteral("SMB")},
                       {QStringLiteral("first_name"), QStringLiteral("Zoe")},
                       {QStringLiteral("last_name"), QStringLiteral("Quinn")},
                       {QStringLiteral("contact_email"), QStringLiteral("zoe@zenith.example")}};
}

QMap<QString, QString> byField(const QList<LeadRowProblem>& problems)
{
    QMap<QString, QString> reasons;
    for (const LeadRowProblem& problem : problems)
        reasons.insert(problem.field, problem.reason);
    return reasons;
}

} // namespace

TEST_CASE("A JSON lead is created as the wizard creates one", "[intake][leads]")
{
    IntakeFixture f;
    QList<LeadRowProblem> problems;
    auto leadId =
        LeadIntake::create(f.db, f.home, newLead(QStringLiteral("From the website")), &problems);
    INFO((leadId ? leadId.value() : leadId.error().message).toStdString());
    REQUIRE(leadId);
    CHECK(problems.isEmpty());
    CHECK(IdFormat::of(IdKind::Lead).matches(leadId.value()));
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral("SELECT l.name || '|' || l.source || '|' || l.status || '|' || "
                             "co.name || '|' || co.tin || '|' || c.email || '|' || "
                             "l.service_or_product || '|' || l.distributor_account_id "
                             "FROM leads l JOIN companies co ON co.id = l.company_id "
                             "JOIN contacts c ON c.id = l.contact_id WHERE l.id = ?"),
              {leadId.value()}) ==
          QStringLiteral("From the website|website_form|new|Zenith Widgets|500100732259|"
                         "zoe@zenith.example|Apex Mail Security|") +
              id(DemoWorkspace::homeDistributorId));
    auto events = EventLog::forObject(f.db, leadId.value());
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().action == QStringLiteral("created"));
    CHECK(events->first().userId == id(DemoWorkspace::homeUserId));
    CHECK(events->first().accountId == id(DemoWorkspace::homeDistributorId));
}

TEST_CASE("A JSON lead refused for its fields writes nothing and says why per field",
          "[intake][leads]")
{
    IntakeFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);

    SECTION("an invalid TIN, in the wizard's words")
    {
        QJsonObject lead = newLead(QStringLiteral("Bad TIN"));
        lead.insert(QStringLiteral("company_tin"), QStringLiteral("1234567895"));
        lead.insert(QStringLiteral("contact_email"), QStringLiteral("not-an-email"));
        QList<LeadRowProblem> problems;
        auto leadId = LeadIntake::create(f.db, f.home, lead, &problems);
        REQUIRE_FALSE(leadId);
        CHECK(leadId.error().code == ErrorCode::Invalid);
        const auto reasons = byField(problems);
        CHECK(reasons.value(QStringLiteral("company_tin")) ==
              CompanyTin::problem(QStringLiteral("1234567895")));
        CHECK(reasons.contains(QStringLiteral("contact_email")));
        CHECK(leadId.error().message.contains(QStringLiteral("Company TIN: ")));
    }
    SECTION("keys that name no field, values that are not text, values too long")
    {
        QJsonObject lead = newLead(QStringLiteral("Odd"));
        lead.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        lead.insert(QStringLiteral("city"), QJsonArray{QStringLiteral("Paris")});
        lead.insert(QStringLiteral("description"),
                    QString(LeadIntake::maxValueLength + 1, QLatin1Char('x')));
        QList<LeadRowProblem> problems;
        auto leadId = LeadIntake::create(f.db, f.home, lead, &problems);
        REQUIRE_FALSE(leadId);
        CHECK(leadId.error().code == ErrorCode::Invalid);
        const auto reasons = byField(problems);
        CHECK(reasons.value(QStringLiteral("colour")) == QStringLiteral("Not a lead field."));
        CHECK(reasons.value(QStringLiteral("city")) ==
              QStringLiteral("Give text, a number or true/false."));
        CHECK(reasons.value(QStringLiteral("description")) ==
              QStringLiteral("At most 10000 characters."));
        CHECK(problems.size() == 3);
    }
    SECTION("required fields missing, an unknown product")
    {
        QJsonObject lead;
        lead.insert(QStringLiteral("product"), QStringLiteral("Foo Cloud"));
        QList<LeadRowProblem> problems;
        auto leadId = LeadIntake::create(f.db, f.home, lead, &problems);
        REQUIRE_FALSE(leadId);
        const auto reasons = byField(problems);
        CHECK(reasons.value(QStringLiteral("product")).contains(QStringLiteral("Foo Cloud")));

        problems.clear();
        lead = QJsonObject{{QStringLiteral("product"), QStringLiteral("Apex Mail Security")}};
        leadId = LeadIntake::create(f.db, f.home, lead, &problems);
        REQUIRE_FALSE(leadId);
        const auto required = byField(problems);
        CHECK(required.value(QStringLiteral("name")) == QStringLiteral("Required."));
        CHECK(required.value(QStringLiteral("source")) ==
              QStringLiteral("Pick where the lead came from."));
    }
    SECTION("too many keys")
    {
        QJsonObject lead = newLead(QStringLiteral("Wide"));
        for (int i = 0; lead.size() <= LeadIntake::maxFields; ++i)
            lead.insert(QStringLiteral("extra_%1").arg(i), QStringLiteral("x"));
        auto leadId = LeadIntake::create(f.db, f.home, lead);
        REQUIRE_FALSE(leadId);
        CHECK(leadId.error().code == ErrorCode::Invalid);
    }
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("A JSON lead fills a vendor's custom fields by key or id", "[intake][leads]")
{
    IntakeFixture f;
    QJsonObject lead = newLead(QStringLiteral("Backup for Zenith"));
    lead.insert(QStringLiteral("product"), QStringLiteral("Apex Backup"));
    lead.insert(QStringLiteral("marketplace"), QStringLiteral("Mighty Mick's EU"));
    lead.insert(QStringLiteral("seats"), 25);
    lead.insert(QStringLiteral("custom.trial"), true);
    lead.insert(QStringLiteral("deployment"), QStringLiteral("cloud"));
    QList<LeadRowProblem> problems;
    auto leadId = LeadIntake::create(f.db, f.home, lead, &problems);
    INFO((leadId ? leadId.value() : leadId.error().message).toStdString());
    REQUIRE(leadId);
    const QJsonObject custom =
        QJsonDocument::fromJson(
            TestWorkspace::scalar(*f.workspace,
                                  QStringLiteral("SELECT custom_values FROM leads WHERE id = ?"),
                                  {leadId.value()})
                .toUtf8())
            .object();
    CHECK(custom.value(QStringLiteral("seats")).toInt() == 25);
    CHECK(custom.value(QStringLiteral("trial")).toBool());
    CHECK(custom.value(QStringLiteral("deployment")).toString() == QStringLiteral("Cloud"));

    lead.insert(QStringLiteral("name"), QStringLiteral("Seats twice"));
    lead.insert(QStringLiteral("custom.seats"), 30);
    leadId = LeadIntake::create(f.db, f.home, lead, &problems);
    REQUIRE_FALSE(leadId);
    CHECK(byField(problems).contains(QStringLiteral("seats")) !=
          byField(problems).contains(QStringLiteral("custom.seats")));
}

TEST_CASE("A JSON lead needs the right to create leads", "[intake][leads][permissions]")
{
    IntakeFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    const ActingContext vendor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    auto leadId = LeadIntake::create(f.db, vendor, newLead(QStringLiteral("Vendor's own")));
    REQUIRE_FALSE(leadId);
    CHECK(leadId.error().code == ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}
