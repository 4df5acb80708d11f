// The public web form routes (issue 14, point 3) over real HTTP: GET /forms/{LDF}?listing=LST
// shows a published form, POST creates the lead as its publisher with the source "Website form"
// or shows the reasons, and only the publication's sites get CORS and may embed the page.
#include "ServiceClient.h"
#include "TestWorkspace.h"

#include "common/CompanyTin.h"
#include "demo/DemoWorkspace.h"
#include "http/IntakeServer.h"
#include "http/ServeCommand.h"
#include "intake/WebFormFields.h"
#include "intake/WebFormPublications.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QByteArray allowedSite = "https://www.mightymicks.example";

struct WebFormFixture {
    WebFormFixture()
    {
        auto pairs = WebFormPublications::list(db, home);
        REQUIRE(pairs);
        REQUIRE_FALSE(pairs->isEmpty());
        auto published = WebFormPublications::publish(
            db, home, pairs->first().formId, pairs->first().listingId,
            QStringLiteral("http://127.0.0.1:8080"), {QString::fromLatin1(allowedSite)});
        INFO((published ? QString() : published.error().message).toStdString());
        REQUIRE(published);
        publication = published.value();
        path = WebFormPublication::formPath(publication.formId, publication.listingId);
        ServeOptions options;
        options.port = 0;
        server = std::make_unique<IntakeServer>(db, &ServeCommand::authenticate);
        auto started = server->start(options);
        REQUIRE(started);
        client = std::make_unique<ServiceClient>(started.value());
    }

    /// A filled-in form as a browser posts it: every required field, the first selling
    /// direction, and overrides.
    QByteArray body(const QMap<QString, QString>& overrides = {}) const
    {
        auto form = WebFormPublications::find(db, publication.formId, publication.listingId);
        REQUIRE(form);
        QMap<QString, QString> values{
            {QStringLiteral("company_name"), QStringLiteral("Orbit Ltd")},
            {QStringLiteral("company_website"), QStringLiteral("https://orbit.example")},
            {QStringLiteral("company_tin"), QStringLiteral("500100732259")},
            {QStringLiteral("first_name"), QStringLiteral("Olga")},
            {QStringLiteral("last_name"), QStringLiteral("Orlova")},
            {QStringLiteral("selling_direction"), form->sellingDirections.front().first}};
        for (const WebFormField& field : WebFormFields::of(form->schema, form->sellingDirections))
            if (field.required && !values.contains(field.key))
                values.insert(field.key,
                              field.kind == WebInputKind::Choice   ? field.choiceValues.value(0)
                              : field.kind == WebInputKind::Number ? QStringLiteral("7")
                              : field.kind == WebInputKind::Date   ? QStringLiteral("2026-12-24")
                                                                   : QStringLiteral("yes"));
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            values.insert(it.key(), it.value());
        QUrlQuery query;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        return query.toString(QUrl::FullyEncoded).toLatin1();
    }
    ServiceReply post(const QByteArray& body, const QByteArray& origin = {}) const
    {
        QList<std::pair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/x-www-form-urlencoded"}};
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        return client->send("POST", path, body, headers);
    }
    int leads(const QString& company) const
    {
        return TestWorkspace::count(
            *workspace,
            QStringLiteral("SELECT count(*) FROM leads l JOIN companies c ON c.id = l.company_id "
                           "WHERE c.name = ?"),
            {company});
    }

    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    WebFormPublication publication;
    QString path;
    std::unique_ptr<IntakeServer> server;
    std::unique_ptr<ServiceClient> client;
};

} // namespace

TEST_CASE("A published form is an HTML page only its sites may embed", "[service][web-forms]")
{
    WebFormFixture f;
    const ServiceReply page = f.client->send("GET", f.path);
    INFO(page.body.toStdString());
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(page.header("X-Content-Type-Options") == "nosniff");
    CHECK(page.header("Content-Security-Policy").contains("frame-ancestors 'self' " + allowedSite));
    CHECK(page.header("Content-Security-Policy").contains("form-action 'self'"));
    CHECK(page.body.contains("<form method=\"post\""));
    CHECK(page.body.contains(f.publication.productName.toHtmlEscaped().toUtf8()));
    CHECK(page.body.contains("name=\"company_tin\""));
    CHECK_FALSE(page.body.contains("<script"));
    CHECK(page.header("Access-Control-Allow-Origin").isEmpty());

    // CORS for the publication's sites only.
    CHECK(f.client->send("GET", f.path, {}, {{"Origin", allowedSite}})
              .header("Access-Control-Allow-Origin") == allowedSite);
    CHECK(f.client->send("GET", f.path, {}, {{"Origin", "https://evil.example"}})
              .header("Access-Control-Allow-Origin")
              .isEmpty());
    const ServiceReply preflight =
        f.client->send("OPTIONS", f.path, {},
                       {{"Origin", allowedSite}, {"Access-Control-Request-Method", "POST"}});
    CHECK(preflight.status == 204);
    CHECK(preflight.header("Access-Control-Allow-Origin") == allowedSite);
    CHECK(preflight.header("Access-Control-Allow-Methods").contains("POST"));
    const ServiceReply refused =
        f.client->send("OPTIONS", f.path, {}, {{"Origin", "https://evil.example"}});
    CHECK(refused.status == 403);
    CHECK(refused.header("Access-Control-Allow-Origin").isEmpty());

    // Another listing, another form or no listing: not published.
    CHECK(f.client->send("GET", QStringLiteral("/forms/") + f.publication.formId).status == 404);
    CHECK(f.client
              ->send("GET",
                     QStringLiteral("/forms/LDF-000-000-000?listing=") + f.publication.listingId)
              .status == 404);
    CHECK(f.client->send("DELETE", f.path).status == 405);
}

TEST_CASE("A visitor's form becomes the distributor's lead, or the page shows the reasons",
          "[service][web-forms]")
{
    WebFormFixture f;
    const QString hostile = QStringLiteral("<script>alert(\"x\")</script> & Co");
    const QString badTin = QStringLiteral("500100732258");
    REQUIRE_FALSE(CompanyTin::problem(badTin).isEmpty());
    const ServiceReply refused = f.post(f.body(
        {{QStringLiteral("company_tin"), badTin}, {QStringLiteral("company_name"), hostile}}));
    INFO(refused.body.toStdString());
    CHECK(refused.status == 422);
    CHECK(refused.header("Content-Type") == "text/html; charset=utf-8");
    // The wizard's own words beside the field, and what the visitor typed, escaped.
    CHECK(refused.body.contains(CompanyTin::problem(badTin).toHtmlEscaped().toUtf8()));
    CHECK(refused.body.contains("aria-invalid=\"true\""));
    CHECK(refused.body.contains(hostile.toHtmlEscaped().toUtf8()));
    CHECK_FALSE(refused.body.contains("<script>"));
    CHECK(refused.body.contains("value=\"" + badTin.toUtf8() + "\""));
    CHECK(f.leads(hostile) == 0);

    const ServiceReply received = f.post(f.body(), "null");
    INFO(received.body.toStdString());
    REQUIRE(received.status == 200);
    CHECK(received.body.contains("role=\"status\""));
    REQUIRE(f.leads(QStringLiteral("Orbit Ltd")) == 1);
    const QString lead = TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral("SELECT l.id || '|' || l.source || '|' || l.created_by || '|' || "
                       "l.distributor_account_id || '|' || l.listing_id FROM leads l JOIN "
                       "companies c ON c.id = l.company_id WHERE c.name = 'Orbit Ltd'"));
    CHECK(lead.section(QLatin1Char('|'), 1, 1) == QStringLiteral("website_form"));
    CHECK(lead.section(QLatin1Char('|'), 2, 2) == f.home.userId);
    CHECK(lead.section(QLatin1Char('|'), 3, 3) == f.home.accountId);
    CHECK(lead.section(QLatin1Char('|'), 4, 4) == f.publication.listingId);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM events WHERE object_id = ? "
                                              "AND action = 'created'"),
                               {lead.section(QLatin1Char('|'), 0, 0)}) == 1);

    // Not a browser's form body; then unpublished: gone at once.
    CHECK(f.client->send("POST", f.path, "{}", {{"Content-Type", "application/json"}}).status ==
          415);
    const QByteArray late = f.body({{QStringLiteral("company_name"), QStringLiteral("Late Ltd")}});
    REQUIRE(WebFormPublications::unpublish(f.db, f.home, f.publication.id));
    CHECK(f.client->send("GET", f.path).status == 404);
    CHECK(f.post(late).status == 404);
    CHECK(f.leads(QStringLiteral("Late Ltd")) == 0);
}

TEST_CASE("The same form sent twice makes one lead", "[service][web-forms]")
{
    WebFormFixture f;
    const ServiceReply page = f.client->send("GET", f.path);
    REQUIRE(page.status == 200);
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"submission\" value=\"([0-9a-f]{32})\">"));
    const QRegularExpressionMatch match = hidden.match(QString::fromUtf8(page.body));
    REQUIRE(match.hasMatch());
    const QByteArray submission = "&submission=" + match.captured(1).toLatin1();
    CHECK(f.client->send("GET", f.path).body != page.body); // a new ID on every page

    const QByteArray body =
        f.body({{QStringLiteral("company_name"), QStringLiteral("Twice Ltd")}}) + submission;
    REQUIRE(f.post(body).status == 200);
    const ServiceReply again = f.post(body);
    CHECK(again.status == 200);
    CHECK(again.body.contains("role=\"status\""));
    CHECK(f.leads(QStringLiteral("Twice Ltd")) == 1);

    // A refused form keeps its ID; corrected, it makes the lead once.
    const QByteArray refused =
        f.body({{QStringLiteral("company_name"), QStringLiteral("Fixed Ltd")},
                {QStringLiteral("company_tin"), QStringLiteral("500100732258")}}) +
        "&submission=0123456789abcdef0123456789abcdef";
    const ServiceReply shown = f.post(refused);
    CHECK(shown.status == 422);
    CHECK(shown.body.contains("value=\"0123456789abcdef0123456789abcdef\""));
    const QByteArray fixed =
        f.body({{QStringLiteral("company_name"), QStringLiteral("Fixed Ltd")}}) +
        "&submission=0123456789abcdef0123456789abcdef";
    CHECK(f.post(fixed).status == 200);
    CHECK(f.post(fixed).status == 200);
    CHECK(f.leads(QStringLiteral("Fixed Ltd")) == 1);
    // Without an ID (a script's post), each post is a lead.
    const QByteArray bare = f.body({{QStringLiteral("company_name"), QStringLiteral("Bare Ltd")}});
    CHECK(f.post(bare).status == 200);
    CHECK(f.post(bare).status == 200);
    CHECK(f.leads(QStringLiteral("Bare Ltd")) == 2);
}
