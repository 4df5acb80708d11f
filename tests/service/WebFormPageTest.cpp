#include "forms/WebFormPage.h"
#include "intake/WebFormFields.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

namespace {

WebFormView hostileView()
{
    LeadFormSchema schema = LeadFormSchema::defaultForm();
    schema.setCustomFields(
        {CustomField{QStringLiteral("seats"),
                     QStringLiteral("Seats <b>"),
                     CustomFieldType::Number,
                     true,
                     {}},
         CustomField{QStringLiteral("plan"),
                     QStringLiteral("Plan"),
                     CustomFieldType::Choice,
                     false,
                     {QStringLiteral("Basic"), QStringLiteral("\"><script>x()</script>")}},
         CustomField{QStringLiteral("trial"),
                     QStringLiteral("Trial"),
                     CustomFieldType::Checkbox,
                     false,
                     {}}});
    WebFormView view;
    view.title = QStringLiteral("Apex <Backup> & \"Co\"");
    view.recipientName = QStringLiteral("Apex");
    view.action = QStringLiteral("/forms/LDF-1?listing=LST-1&x=\"><script>");
    view.fields = WebFormFields::of(schema, {{QStringLiteral("SD-1"), QStringLiteral("SMB")}});
    view.values.insert(QStringLiteral("company_name"),
                       QStringLiteral("\"><script>alert(1)</script>"));
    view.values.insert(QStringLiteral("description"),
                       QStringLiteral("</textarea><img src=x onerror=alert(2)>"));
    view.errors.insert(QStringLiteral("company_tin"), QStringLiteral("Bad <i>TIN</i>"));
    return view;
}

} // namespace

TEST_CASE("A web form page escapes everything it shows", "[service][forms]")
{
    const QString page = QString::fromUtf8(WebFormPage::render(hostileView()));
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    CHECK_FALSE(page.contains(QStringLiteral("<img")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>")));
    CHECK_FALSE(page.contains(QStringLiteral("<i>")));
    CHECK(page.contains(QStringLiteral("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(page.contains(QStringLiteral("&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;")));
    CHECK(page.contains(QStringLiteral("Apex &lt;Backup&gt; &amp; &quot;Co&quot;")));
}

TEST_CASE("Every input of a web form page has its label, and refused fields say why",
          "[service][forms]")
{
    const WebFormView view = hostileView();
    const QString page = QString::fromUtf8(WebFormPage::render(view));
    static const QRegularExpression inputs(
        QStringLiteral("<(input|select|textarea)[^>]* id=\"([^\"]+)\""));
    int count = 0;
    for (auto it = inputs.globalMatch(page); it.hasNext();) {
        const QString id = it.next().captured(2);
        ++count;
        INFO(id.toStdString());
        CHECK(page.contains(QStringLiteral("<label for=\"%1\">").arg(id)));
    }
    CHECK(count == view.fields.size());
    CHECK(
        page.contains(QStringLiteral("aria-invalid=\"true\" aria-describedby=\"f-company_tin-hint "
                                     "f-company_tin-error\"")));
    CHECK(page.contains(
        QStringLiteral("<a href=\"#f-company_tin\">Company TIN: Bad &lt;i&gt;TIN&lt;/i&gt;</a>")));
    CHECK(page.contains(QStringLiteral("id=\"f-custom-seats\" name=\"custom.seats\" required")));
    CHECK(page.contains(QStringLiteral("pattern=\"[0-9]{9}|[0-9]{10}|[0-9]{12}\"")));
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
}

TEST_CASE("A submitted web form becomes a JSON lead from the website", "[service][forms]")
{
    const WebFormView view = hostileView();
    QMap<QString, QString> values{{QStringLiteral("company_name"), QStringLiteral("Zenith")},
                                  {QStringLiteral("custom.trial"), QStringLiteral("yes")},
                                  {QStringLiteral("not_a_field"), QStringLiteral("x")}};
    const QJsonObject lead =
        WebFormFields::lead(view.fields, values, QStringLiteral("PR-1"), QStringLiteral("MP-1"));
    CHECK(lead.value(QStringLiteral("source")).toString() == QStringLiteral("website_form"));
    CHECK(lead.value(QStringLiteral("product")).toString() == QStringLiteral("PR-1"));
    CHECK(lead.value(QStringLiteral("company_name")).toString() == QStringLiteral("Zenith"));
    CHECK(lead.value(QStringLiteral("custom.trial")).toBool());
    CHECK(lead.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Website request from Zenith"));
    CHECK_FALSE(lead.contains(QStringLiteral("not_a_field")));
}
