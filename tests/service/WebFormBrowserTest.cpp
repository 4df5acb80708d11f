// The published web form in a real browser (issue 14, "How we will check it"): Debian's headless
// Chromium, driven over WebDriver, fills in the form the running service serves, is stopped by
// the browser's own checks, then by the server's, and sends it; the lead is then in the Leads
// directory of both parties and of no one else.

#include "TestWorkspace.h"
#include "WebDriverSession.h"

#include "common/CompanyTin.h"
#include "demo/DemoWorkspace.h"
#include "forms/WebFormPage.h"
#include "http/IntakeServer.h"
#include "http/ServeCommand.h"
#include "intake/WebFormFields.h"
#include "intake/WebFormPublications.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadSource.h"

#include <QMap>

namespace {

/// What the test types into the form, by field key: every required field of the Apex Standard
/// Lead Form and a few optional ones of other kinds. Non-ASCII on purpose (the page posts UTF-8).
const QString companyName = QStringLiteral("Blåvand Dental & Co");
const QString invalidTin = QStringLiteral("1234567895"); // 10 digits, wrong check digit
const QString validTin = QStringLiteral("500100732259");

QMap<QString, QString> typedTexts()
{
    return {{QStringLiteral("company_name"), companyName},
            {QStringLiteral("company_website"), QStringLiteral("https://blavand-dental.example")},
            {QStringLiteral("company_tin"), invalidTin},
            {QStringLiteral("first_name"), QStringLiteral("Ingrid")},
            {QStringLiteral("last_name"), QStringLiteral("Østergaard")},
            {QStringLiteral("contact_email"), QStringLiteral("ingrid@blavand-dental.example")},
            {QStringLiteral("description"), QStringLiteral("Backup for three clinics <soon>.")},
            {QStringLiteral("custom.seats"), QStringLiteral("25")}};
}

/// The CSS selector of a field's input (WebFormPage's ids: "custom.seats" → "f-custom-seats").
QString inputOf(const QString& key)
{
    QString id = key;
    id.replace(QLatin1Char('.'), QLatin1Char('-'));
    return QStringLiteral("#f-") + id;
}

/// The service's log lines about the form's address (never the favicon's).
QStringList formLines(const QStringList& log)
{
    return log.filter(QStringLiteral(" /forms/"));
}

struct LeadCount {
    const Workspace& workspace;
    int operator()() const
    {
        return TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM leads"));
    }
};

} // namespace

TEST_CASE("A published web form filled in and sent in Chromium makes a lead both parties see",
          "[service][forms][browser]")
{
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    const ActingContext michael = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                        id(DemoWorkspace::homeDistributorId));
    const ActingContext sarah = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    // Accounts that are neither party: another distributor, and a vendor of other products.
    const ActingContext ingram =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::ingramMicroId));
    const ActingContext champions =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::championsCorpId));

    QStringList log;
    IntakeServer server(db, &ServeCommand::authenticate,
                        RequestLog([&log](const QString& line) { log << line; }));
    ServeOptions options;
    options.port = 0;
    auto started = server.start(options);
    REQUIRE(started);
    const QString serviceUrl = QStringLiteral("http://127.0.0.1:%1").arg(started.value());

    // Michael publishes Apex's active lead form for one of his listings it applies to.
    auto pairs = WebFormPublications::list(db, michael);
    REQUIRE(pairs);
    const auto pair = std::find_if(pairs->cbegin(), pairs->cend(), [](const auto& p) {
        return !p.isPublished() && p.vendorAccountId == id(DemoWorkspace::demoVendorId);
    });
    REQUIRE(pair != pairs->cend());
    auto published =
        WebFormPublications::publish(db, michael, pair->formId, pair->listingId, serviceUrl,
                                     {QStringLiteral("https://www.mightymicks.example")});
    REQUIRE(published);
    const WebFormPublication publication = published.value();
    const QString address = publication.address();
    INFO("form at " << address.toStdString());
    // The fields as the public route sees them (the page is generated from these).
    auto served = WebFormPublications::find(db, publication.formId, publication.listingId);
    REQUIRE(served);
    const QList<WebFormField> fields = WebFormFields::of(served->schema, served->sellingDirections);
    const int leadsBefore = LeadCount{*workspace}();

    WebDriverSession browser;

    // a. The page: its title, a label for every input, and the browser's own checks.
    browser.navigate(QUrl(address));
    CHECK(browser.currentUrl() == address);
    CHECK(browser.title() == WebFormPage::tr("Request about %1").arg(publication.productName));
    const QList<WebElement> inputs =
        browser.findElements(QStringLiteral("form input:not([type=hidden]), form select, "
                                            "form textarea"));
    CHECK(inputs.size() == fields.size());
    for (const WebElement& input : inputs) {
        const QString inputId = browser.attribute(input, QStringLiteral("id"));
        INFO("input " << inputId.toStdString() << " ("
                      << browser.attribute(input, QStringLiteral("name")).toStdString() << ")");
        REQUIRE_FALSE(inputId.isEmpty());
        const QList<WebElement> labels =
            browser.findElements(QStringLiteral("label[for=\"%1\"]").arg(inputId));
        REQUIRE(labels.size() == 1);
        CHECK_FALSE(browser.text(labels.first()).trimmed().isEmpty());
    }
    for (const WebFormField& field : fields) {
        if (!field.required)
            continue;
        INFO("required field " << field.key.toStdString());
        const WebElement input = browser.findElement(inputOf(field.key));
        CHECK(browser.attribute(input, QStringLiteral("required")) == QStringLiteral("true"));
        CHECK(browser.executeScript(QStringLiteral("return arguments[0].validity.valueMissing;"),
                                    {input.reference()}) == QJsonValue(true));
    }
    // the TIN's pattern is checked in the browser too
    const WebElement tinInput = browser.findElement(inputOf(QStringLiteral("company_tin")));
    browser.sendKeys(tinInput, QStringLiteral("12345"));
    CHECK(browser.executeScript(QStringLiteral("return arguments[0].validity.patternMismatch;"),
                                {tinInput.reference()}) == QJsonValue(true));
    browser.clear(tinInput);
    // an empty required field keeps the form from being sent at all
    browser.click(browser.findElement(QStringLiteral("form button[type=submit]")));
    CHECK(browser.currentUrl() == address);
    CHECK(browser.findElements(QStringLiteral("[role=alert]")).isEmpty());
    CHECK(formLines(log).size() == 1); // the GET only: no POST reached the service
    CHECK(LeadCount{*workspace}() == leadsBefore);

    // b. Every required field typed in (and a few optional ones), with a TIN that passes the
    // browser's pattern but not the server's check digit.
    const QMap<QString, QString> texts = typedTexts();
    QMap<QString, QString> chosen; // select key → the option value clicked
    bool trialTicked = false;
    for (const WebFormField& field : fields) {
        const WebElement input = browser.findElement(inputOf(field.key));
        switch (field.kind) {
        case WebInputKind::Choice: {
            if (!field.required && field.key != QLatin1String("custom.deployment"))
                break;
            REQUIRE_FALSE(field.choiceValues.isEmpty());
            const QString value = field.choiceValues.last();
            browser.click(browser.findElement(
                QStringLiteral("%1 option[value=\"%2\"]").arg(inputOf(field.key), value)));
            chosen.insert(field.key, value);
            break;
        }
        case WebInputKind::Checkbox:
            if (field.required || field.key == QLatin1String("custom.trial")) {
                browser.click(input);
                trialTicked = trialTicked || field.key == QLatin1String("custom.trial");
            }
            break;
        default:
            if (texts.contains(field.key))
                browser.sendKeys(input, texts.value(field.key));
            else
                CHECK_FALSE(field.required); // a required field this test does not know
            break;
        }
    }
    CHECK(trialTicked);
    for (const WebFormField& field : fields)
        if (field.required) {
            INFO("required field " << field.key.toStdString());
            CHECK(browser.executeScript(QStringLiteral("return arguments[0].validity.valid;"),
                                        {browser.findElement(inputOf(field.key)).reference()}) ==
                  QJsonValue(true));
        }
    browser.screenshot(QStringLiteral("/tmp/webform-browser-filled.png"));
    browser.submitWith(browser.findElement(QStringLiteral("form button[type=submit]")));

    // The server refused it: its reason beside the TIN, everything typed still there.
    REQUIRE(formLines(log).size() == 2);
    CHECK(formLines(log).last().contains(QStringLiteral(" POST /forms/") + publication.formId +
                                         QStringLiteral(" 422 ")));
    CHECK(LeadCount{*workspace}() == leadsBefore);
    const WebElement refusedTin = browser.findElement(inputOf(QStringLiteral("company_tin")));
    CHECK(browser.attribute(refusedTin, QStringLiteral("aria-invalid")) == QStringLiteral("true"));
    const QString tinError = browser.text(
        browser.findElement(inputOf(QStringLiteral("company_tin")) + QStringLiteral("-error")));
    CHECK(tinError == CompanyTin::problem(invalidTin));
    CHECK(browser.attribute(refusedTin, QStringLiteral("aria-describedby"))
              .split(QLatin1Char(' '))
              .contains(inputOf(QStringLiteral("company_tin")).mid(1) + QStringLiteral("-error")));
    CHECK(browser.text(browser.findElement(QStringLiteral("[role=alert]")))
              .contains(CompanyTin::problem(invalidTin)));
    // the only refused field
    CHECK(browser.findElements(QStringLiteral("[aria-invalid=true]")).size() == 1);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        INFO("kept " << it.key().toStdString());
        CHECK(browser.property(browser.findElement(inputOf(it.key())), QStringLiteral("value"))
                  .toString() == it.value());
    }
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        INFO("kept " << it.key().toStdString());
        CHECK(browser.property(browser.findElement(inputOf(it.key())), QStringLiteral("value"))
                  .toString() == it.value());
    }
    CHECK(browser.property(browser.findElement(inputOf(QStringLiteral("custom.trial"))),
                           QStringLiteral("checked")) == QJsonValue(true));
    browser.screenshot(QStringLiteral("/tmp/webform-browser-refused.png"));

    // c. The TIN corrected: the request is received.
    const WebElement tin = browser.findElement(inputOf(QStringLiteral("company_tin")));
    browser.clear(tin);
    browser.sendKeys(tin, validTin);
    browser.submitWith(browser.findElement(QStringLiteral("form button[type=submit]")));
    REQUIRE(formLines(log).size() == 3);
    CHECK(formLines(log).last().contains(QStringLiteral(" POST /forms/") + publication.formId +
                                         QStringLiteral(" 200 ")));
    CHECK(browser.findElements(QStringLiteral("form")).isEmpty());
    // the distributor that publishes the form (and gets the lead) thanks the visitor
    CHECK(browser.text(browser.findElement(QStringLiteral("[role=status]"))) ==
          WebFormPage::tr("Thank you: %1 has received your request.").arg(michael.accountName));
    browser.screenshot(QStringLiteral("/tmp/webform-browser-received.png"));

    // d. One lead, from the website, in the Leads directory of both parties (the directory's
    // own query, as the app's Leads table reads it) and of no one else.
    CHECK(LeadCount{*workspace}() == leadsBefore + 1);
    DirectoryQuery fromWebsite;
    fromWebsite.filters.insert(QStringLiteral("source"), leadSources.key(LeadSource::WebsiteForm));
    fromWebsite.search = QStringLiteral("Blåvand");
    auto michaelSees = LeadDirectory::visibleTo(db, michael, fromWebsite);
    REQUIRE(michaelSees);
    REQUIRE(michaelSees->size() == 1);
    const LeadDirectoryRow lead = michaelSees->first();
    CHECK(lead.company == companyName);
    CHECK(lead.sourceKey == leadSources.key(LeadSource::WebsiteForm));
    CHECK(leadSources.label(LeadSource::WebsiteForm) == QStringLiteral("Website form"));
    CHECK(lead.productId == publication.productId);
    CHECK(lead.marketplaceId == publication.marketplaceId);
    CHECK(lead.vendorAccountId == id(DemoWorkspace::demoVendorId));
    CHECK(lead.statusKey == QStringLiteral("new"));
    CHECK(TestWorkspace::scalar(*workspace,
                                QStringLiteral("SELECT created_by FROM leads WHERE id = ?"),
                                {lead.id}) == michael.userId);
    CHECK(TestWorkspace::scalar(*workspace,
                                QStringLiteral("SELECT distributor_account_id FROM leads "
                                               "WHERE id = ?"),
                                {lead.id}) == michael.accountId);

    auto sarahSees = LeadDirectory::visibleTo(db, sarah, fromWebsite);
    REQUIRE(sarahSees);
    REQUIRE(sarahSees->size() == 1);
    CHECK(sarahSees->first().id == lead.id);
    CHECK(sarahSees->first().company == companyName);
    CHECK(LeadDirectory::find(db, sarah, lead.id));
    CHECK(LeadDirectory::find(db, michael, lead.id));
    for (const ActingContext& stranger : {ingram, champions}) {
        INFO("account " << stranger.accountId.toStdString());
        auto seen = LeadDirectory::visibleTo(db, stranger, fromWebsite);
        REQUIRE(seen);
        CHECK(seen->isEmpty());
        CHECK(LeadDirectory::find(db, stranger, lead.id).error().code == ErrorCode::NotFound);
    }

    // e. Unpublished, the address is a 404 in the browser too, with no form.
    REQUIRE(WebFormPublications::unpublish(db, michael, publication.id));
    browser.navigate(QUrl(address));
    REQUIRE(formLines(log).size() == 4);
    CHECK(formLines(log).last().contains(QStringLiteral(" GET /forms/") + publication.formId +
                                         QStringLiteral(" 404 ")));
    CHECK(browser.findElements(QStringLiteral("form")).isEmpty());
    CHECK_FALSE(browser.pageSource().contains(companyName));
    CHECK(LeadCount{*workspace}() == leadsBefore + 1);
}
