#include "DemoLeadJson.h"
#include "ServiceClient.h"
#include "TestWorkspace.h"

#include "common/CompanyTin.h"
#include "demo/DemoWorkspace.h"
#include "http/IntakeServer.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QByteArray homeKey = "cdk_test_home_key";
const QByteArray otherKey = "cdk_test_other_key";

/// The service on a free local port over the demo workspace, with two keys: one for Mighty
/// Mick's (the home distributor) and one for another distributor.
struct ServiceFixture {
    explicit ServiceFixture(ServeOptions options = {})
    {
        options.port = 0;
        server = std::make_unique<IntakeServer>(
            db,
            [this](const QSqlDatabase&, const QString& token) -> Result<ApiCaller> {
                if (token == QString::fromLatin1(homeKey))
                    return ApiCaller{QStringLiteral("KEY-HOME"), home};
                if (token == QString::fromLatin1(otherKey))
                    return ApiCaller{QStringLiteral("KEY-OTHER"), other};
                return Error{ErrorCode::PermissionDenied, QStringLiteral("unknown key")};
            },
            RequestLog([this](const QString& line) { log << line; }));
        auto started = server->start(options);
        REQUIRE(started);
        client = std::make_unique<ServiceClient>(started.value());
    }

    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext other = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::ingramMicroId));
    QStringList log;
    std::unique_ptr<IntakeServer> server;
    std::unique_ptr<ServiceClient> client;
};

QJsonObject newLead(const QString& name)
{
    return DemoLeadJson::make(name);
}

} // namespace

TEST_CASE("POST /api/v1/leads creates the lead and GET reads it back", "[service][api]")
{
    ServiceFixture f;
    const ServiceReply created = f.client->post(QStringLiteral("/api/v1/leads"),
                                                newLead(QStringLiteral("Web lead")), homeKey);
    INFO(created.body.toStdString() << created.networkError.toStdString());
    REQUIRE(created.status == 201);
    CHECK(created.header("Content-Type") == "application/json");
    CHECK(created.header("X-Content-Type-Options") == "nosniff");
    const QString leadId = created.json().value(QStringLiteral("id")).toString();
    CHECK(created.header("Location") == "/api/v1/leads/" + leadId.toUtf8());
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM leads WHERE id = ? AND "
                                              "name = 'Web lead' AND distributor_account_id = ?"),
                               {leadId, f.home.accountId}) == 1);

    const ServiceReply read = f.client->get(QStringLiteral("/api/v1/leads/") + leadId, homeKey);
    REQUIRE(read.status == 200);
    const QJsonObject lead = read.json();
    CHECK(lead.value(QStringLiteral("id")).toString() == leadId);
    CHECK(lead.value(QStringLiteral("name")).toString() == QStringLiteral("Web lead"));
    CHECK(lead.value(QStringLiteral("status")).toString() == QStringLiteral("new"));
    CHECK(lead.value(QStringLiteral("company_tin")).toString() == QStringLiteral("500100732259"));

    // one line per request, without the key
    REQUIRE(f.log.size() == 2);
    CHECK(f.log.at(0).contains(QStringLiteral(" POST /api/v1/leads 201 ")));
    CHECK(f.log.at(1).contains(QStringLiteral(" GET /api/v1/leads/") + leadId +
                               QStringLiteral(" 200 ")));
    CHECK_FALSE(f.log.join(QLatin1Char('\n')).contains(QString::fromLatin1(homeKey)));
}

TEST_CASE("A refused lead is a 422 with the wizard's reason per field", "[service][api]")
{
    ServiceFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    QJsonObject lead = newLead(QStringLiteral("Bad TIN"));
    lead.insert(QStringLiteral("company_tin"), QStringLiteral("1234567895"));
    const ServiceReply refused = f.client->post(QStringLiteral("/api/v1/leads"), lead, homeKey);
    REQUIRE(refused.status == 422);
    CHECK(refused.header("Content-Type") == "application/problem+json");
    const QJsonObject errors = refused.json().value(QStringLiteral("errors")).toObject();
    CHECK(errors.value(QStringLiteral("company_tin")).toString() ==
          CompanyTin::problem(QStringLiteral("1234567895")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("The API refuses requests it cannot take, with the right status", "[service][api]")
{
    ServiceFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    const QString leads = QStringLiteral("/api/v1/leads");
    const QByteArray body = QJsonDocument(newLead(QStringLiteral("x"))).toJson();

    const ServiceReply anonymous =
        f.client->send("POST", leads, body, {{"Content-Type", "application/json"}});
    CHECK(anonymous.status == 401);
    CHECK(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
    CHECK(f.client->post(leads, newLead(QStringLiteral("x")), "cdk_unknown").status == 401);
    CHECK(f.client
              ->send("POST", leads, "{\"name\":",
                     {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + homeKey}})
              .status == 400);
    CHECK(f.client
              ->send("POST", leads, "[1,2]",
                     {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + homeKey}})
              .status == 400);
    CHECK(f.client
              ->send("POST", leads, body,
                     {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + homeKey}})
              .status == 415);
    const ServiceReply wrongMethod = f.client->send("DELETE", leads + QStringLiteral("/LD-1"), {},
                                                    {{"Authorization", "Bearer " + homeKey}});
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("Allow") == "GET");
    CHECK(f.client->get(QStringLiteral("/api/v2/anything"), homeKey).status == 404);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("A lead the key's account may not see is a 404, as a missing one", "[service][api]")
{
    ServiceFixture f;
    const QString created =
        f.client->post(QStringLiteral("/api/v1/leads"), newLead(QStringLiteral("Ours")), homeKey)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    REQUIRE_FALSE(created.isEmpty());
    const ServiceReply foreign =
        f.client->get(QStringLiteral("/api/v1/leads/") + created, otherKey);
    CHECK(foreign.status == 404);
    const ServiceReply missing =
        f.client->get(QStringLiteral("/api/v1/leads/LD-000-000-000"), otherKey);
    CHECK(missing.status == 404);
    CHECK(foreign.json().value(QStringLiteral("title")) ==
          missing.json().value(QStringLiteral("title")));
}

TEST_CASE("GET /api/v1/leads pages through the account's leads by cursor", "[service][api]")
{
    ServiceFixture f;
    const int expected = TestWorkspace::count(
        *f.workspace, QStringLiteral("SELECT count(*) FROM leads WHERE distributor_account_id = ?"),
        {f.home.accountId});
    REQUIRE(expected > 3);
    QStringList seen;
    QString path = QStringLiteral("/api/v1/leads?limit=2");
    int pages = 0;
    while (!path.isEmpty()) {
        const ServiceReply page = f.client->get(path, homeKey);
        REQUIRE(page.status == 200);
        ++pages;
        for (const QJsonValue& lead : page.json().value(QStringLiteral("leads")).toArray()) {
            CHECK(lead.toObject().value(QStringLiteral("distributor")).toString() ==
                  f.home.accountId);
            seen << lead.toObject().value(QStringLiteral("id")).toString();
        }
        const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
        path = next.isString() ? QStringLiteral("/api/v1/leads?limit=2&cursor=") + next.toString()
                               : QString();
        REQUIRE(pages <= expected);
    }
    CHECK(seen.size() == expected);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == expected);

    const ServiceReply qualified =
        f.client->get(QStringLiteral("/api/v1/leads?status=qualified"), homeKey);
    REQUIRE(qualified.status == 200);
    for (const QJsonValue& lead : qualified.json().value(QStringLiteral("leads")).toArray())
        CHECK(lead.toObject().value(QStringLiteral("status")).toString() ==
              QStringLiteral("qualified"));
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?status=won"), homeKey).status == 400);
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?cursor=bogus"), homeKey).status == 400);
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?offset=10"), homeKey).status == 400);
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?updated_since=2999-01-01T00:00:00Z"), homeKey)
              .json()
              .value(QStringLiteral("leads"))
              .toArray()
              .isEmpty());
}

TEST_CASE("The API bounds a request's size and each key's rate", "[service][api]")
{
    ServeOptions options;
    options.maxRequestBytes = 4096;
    options.rateBurst = 3;
    options.ratePerSecond = 0.01;
    ServiceFixture f(options);
    QJsonObject big = newLead(QStringLiteral("Big"));
    big.insert(QStringLiteral("description"), QString(8000, QLatin1Char('x')));
    const ServiceReply tooLarge = f.client->post(QStringLiteral("/api/v1/leads"), big, homeKey);
    CHECK(tooLarge.status == 413);

    for (int i = 0; i < 3; ++i)
        CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), homeKey).status == 200);
    const ServiceReply limited = f.client->get(QStringLiteral("/api/v1/leads?limit=1"), homeKey);
    CHECK(limited.status == 429);
    CHECK(limited.header("Retry-After").toInt() >= 1);
    // another key has its own budget
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), otherKey).status == 200);
}
