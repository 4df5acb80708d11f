#include "DemoLeadJson.h"
#include "ServiceClient.h"
#include "TestWorkspace.h"

#include "common/CompanyTin.h"
#include "demo/DemoWorkspace.h"
#include "http/IntakeServer.h"
#include "http/ServeCommand.h"
#include "integrations/ApiKeyService.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpSocket>
#include <QtTest/QTest>

namespace {

/// A real API key of acting's account, made as its crm_admin would.
QByteArray keyFor(const QSqlDatabase& db, const ActingContext& admin)
{
    auto created = ApiKeyService::create(db, admin, QStringLiteral("Service tests"));
    REQUIRE(created);
    return created->token.toLatin1();
}

/// The service on a free local port over the demo workspace, with two real API keys: one for
/// Mighty Mick's (the home distributor) and one for another distributor, authenticated as
/// `channeldesk serve` does.
struct ServiceFixture {
    explicit ServiceFixture(ServeOptions options = {})
    {
        options.port = 0;
        server = std::make_unique<IntakeServer>(
            db, &ServeCommand::authenticate,
            RequestLog([this](const QString& line) { log << line; }));
        auto started = server->start(options);
        REQUIRE(started);
        port = started.value();
        client = std::make_unique<ServiceClient>(port);
        // A key's first use of the minute is recorded (last_used_at): done here, so the tests'
        // dumps of the workspace compare what requests write, not that.
        for (const QByteArray& key : {homeKey, otherKey})
            REQUIRE(client->get(QStringLiteral("/api/v1/leads?limit=1"), key).status == 200);
        log.clear();
    }

    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext other = TestWorkspace::memberWithRole(*workspace, QStringLiteral("PA-1234-5678"),
                                                        QStringLiteral("crm_admin"));
    QByteArray homeKey = keyFor(db, home);
    QByteArray otherKey = keyFor(db, other);
    QStringList log;
    std::unique_ptr<IntakeServer> server;
    quint16 port = 0;
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
                                                newLead(QStringLiteral("Web lead")), f.homeKey);
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

    const ServiceReply read = f.client->get(QStringLiteral("/api/v1/leads/") + leadId, f.homeKey);
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
    CHECK_FALSE(f.log.join(QLatin1Char('\n')).contains(QString::fromLatin1(f.homeKey)));
}

TEST_CASE("A refused lead is a 422 with the wizard's reason per field", "[service][api]")
{
    ServiceFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    QJsonObject lead = newLead(QStringLiteral("Bad TIN"));
    lead.insert(QStringLiteral("company_tin"), QStringLiteral("1234567895"));
    const ServiceReply refused = f.client->post(QStringLiteral("/api/v1/leads"), lead, f.homeKey);
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
    CHECK(
        f.client
            ->send("POST", leads, "{\"name\":",
                   {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + f.homeKey}})
            .status == 400);
    CHECK(
        f.client
            ->send("POST", leads, "[1,2]",
                   {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + f.homeKey}})
            .status == 400);
    CHECK(f.client
              ->send("POST", leads, body,
                     {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + f.homeKey}})
              .status == 415);
    const ServiceReply wrongMethod = f.client->send("DELETE", leads + QStringLiteral("/LD-1"), {},
                                                    {{"Authorization", "Bearer " + f.homeKey}});
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("Allow") == "GET");
    CHECK(f.client->get(QStringLiteral("/api/v2/anything"), f.homeKey).status == 404);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("A lead the key's account may not see is a 404, as a missing one", "[service][api]")
{
    ServiceFixture f;
    const QString created =
        f.client->post(QStringLiteral("/api/v1/leads"), newLead(QStringLiteral("Ours")), f.homeKey)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    REQUIRE_FALSE(created.isEmpty());
    const ServiceReply foreign =
        f.client->get(QStringLiteral("/api/v1/leads/") + created, f.otherKey);
    CHECK(foreign.status == 404);
    const ServiceReply missing =
        f.client->get(QStringLiteral("/api/v1/leads/LD-000-000-000"), f.otherKey);
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
        const ServiceReply page = f.client->get(path, f.homeKey);
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
        f.client->get(QStringLiteral("/api/v1/leads?status=qualified"), f.homeKey);
    REQUIRE(qualified.status == 200);
    for (const QJsonValue& lead : qualified.json().value(QStringLiteral("leads")).toArray())
        CHECK(lead.toObject().value(QStringLiteral("status")).toString() ==
              QStringLiteral("qualified"));
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?status=won"), f.homeKey).status == 400);
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?cursor=bogus"), f.homeKey).status == 400);
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?offset=10"), f.homeKey).status == 400);
    CHECK(
        f.client->get(QStringLiteral("/api/v1/leads?updated_since=2999-01-01T00:00:00Z"), f.homeKey)
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
    const ServiceReply tooLarge = f.client->post(QStringLiteral("/api/v1/leads"), big, f.homeKey);
    CHECK(tooLarge.status == 413);

    for (int i = 0; i < 2; ++i) // the fixture's first request took one of the three
        CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), f.homeKey).status == 200);
    const ServiceReply limited = f.client->get(QStringLiteral("/api/v1/leads?limit=1"), f.homeKey);
    CHECK(limited.status == 429);
    CHECK(limited.header("Retry-After").toInt() >= 1);
    // another key has its own budget
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), f.otherKey).status == 200);
}

TEST_CASE("A retried POST with the same Idempotency-Key creates one lead", "[service][api]")
{
    ServiceFixture f;
    const int before =
        TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM leads"));
    const QByteArray body = QJsonDocument(newLead(QStringLiteral("Once"))).toJson();
    const QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"},
                                                           {"Authorization", "Bearer " + f.homeKey},
                                                           {"Idempotency-Key", "order-4711"}};
    const ServiceReply first =
        f.client->send("POST", QStringLiteral("/api/v1/leads"), body, headers);
    REQUIRE(first.status == 201);
    const ServiceReply retry =
        f.client->send("POST", QStringLiteral("/api/v1/leads"), body, headers);
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(retry.header("Location") == first.header("Location"));
    CHECK(retry.header("Idempotent-Replayed") == "true");
    CHECK(TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM leads")) ==
          before + 1);

    const QByteArray other = QJsonDocument(newLead(QStringLiteral("Another"))).toJson();
    CHECK(f.client->send("POST", QStringLiteral("/api/v1/leads"), other, headers).status == 422);
    CHECK(f.client
              ->send("POST", QStringLiteral("/api/v1/leads"), body,
                     {{"Content-Type", "application/json"},
                      {"Authorization", "Bearer " + f.homeKey},
                      {"Idempotency-Key", "with spaces"}})
              .status == 400);
    // Idempotency-Keys belong to their API key: another key's same one is another request
    const QByteArray secondKey = keyFor(f.db, f.home);
    const ServiceReply second = f.client->send("POST", QStringLiteral("/api/v1/leads"), body,
                                               {{"Content-Type", "application/json"},
                                                {"Authorization", "Bearer " + secondKey},
                                                {"Idempotency-Key", "order-4711"}});
    CHECK(second.status == 201);
    CHECK(second.header("Idempotent-Replayed").isEmpty());
    CHECK(TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM leads")) ==
          before + 2);
}

TEST_CASE("A revoked API key is refused at once", "[service][api]")
{
    ServiceFixture f;
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), f.homeKey).status == 200);
    auto keys = ApiKeyService::list(f.db, f.home);
    REQUIRE(keys);
    REQUIRE_FALSE(keys->isEmpty());
    REQUIRE(ApiKeyService::revoke(f.db, f.home, keys->first().id));
    CHECK(f.client->get(QStringLiteral("/api/v1/leads?limit=1"), f.homeKey).status == 401);
    CHECK(f.client->post(QStringLiteral("/api/v1/leads"), newLead(QStringLiteral("x")), f.homeKey)
              .status == 401);
}

TEST_CASE("Stopping the service answers a request still arriving before it ends", "[service][api]")
{
    ServiceFixture f;
    const QByteArray body = QJsonDocument(newLead(QStringLiteral("In flight"))).toJson();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port);
    REQUIRE(socket.waitForConnected(5000));
    socket.write(
        "POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer " +
        f.homeKey + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
        body.left(10));
    REQUIRE(socket.waitForBytesWritten(5000));
    QTest::qWait(100); // the server has read the first part

    bool stopped = false;
    f.server->stop([&stopped] { stopped = true; });
    QTest::qWait(300);
    CHECK_FALSE(stopped); // the request is not whole yet

    socket.write(body.mid(10));
    QByteArray answer;
    REQUIRE(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n") && answer.contains("}");
        },
        10'000));
    CHECK(answer.startsWith("HTTP/1.1 201"));
    CHECK(QTest::qWaitFor([&] { return stopped; }, 10'000));
    CHECK(TestWorkspace::count(
              *f.workspace,
              QStringLiteral("SELECT count(*) FROM leads WHERE name = 'In flight'")) == 1);
}
