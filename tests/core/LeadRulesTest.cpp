#include "CatchQt.h"

#include "common/CompanyTin.h"
#include "common/PhoneNumber.h"
#include "common/WebsiteUrl.h"
#include "leads/LeadFormSchema.h"
#include "leads/LeadValidator.h"

namespace {

LeadDraft validExistingDraft()
{
    LeadDraft draft;
    draft.name = QStringLiteral("Backup for 40 seats");
    draft.sourceKey = QStringLiteral("chat");
    draft.existingCompanyId = QStringLiteral("CO-111-111");
    draft.existingContactId = QStringLiteral("CT-111-111");
    draft.sellingDirectionId = QStringLiteral("SD-11111");
    return draft;
}

LeadDraft validNewDraft()
{
    LeadDraft draft = validExistingDraft();
    draft.newCompany = true;
    draft.companyName = QStringLiteral("Acme");
    draft.companyWebsite = QStringLiteral("acme.example");
    draft.companyTin = QStringLiteral("7736050003");
    draft.newContact = true;
    draft.firstName = QStringLiteral("Jane");
    draft.lastName = QStringLiteral("Porter");
    draft.contactPhone = QStringLiteral("(415) 555-0123");
    draft.contactEmail = QStringLiteral("jane@acme.example");
    return draft;
}

LeadValidation check(const LeadDraft& draft,
                     const LeadFormSchema& schema = LeadFormSchema::defaultForm())
{
    return LeadValidator::validate(draft, schema, QStringLiteral("US"));
}

} // namespace

TEST_CASE("TIN: 9, 10 or 12 digits with INN check digits", "[leads][validation]")
{
    for (const char* valid :
         {"7736050003", "7830002293", "500100732259", "781100086042", "123456789"})
        CHECK(CompanyTin::isValid(QString::fromLatin1(valid)));
    for (const char* invalid : {"1234567895", "123456789037", "500100732202", "12345678",
                                "12345678901", "77360500a3", "", "1234567890123"})
        CHECK_FALSE(CompanyTin::isValid(QString::fromLatin1(invalid)));
    CHECK(CompanyTin::problem(QStringLiteral("12345678")).contains(QStringLiteral("9, 10 or 12")));
}

TEST_CASE("Phone numbers are stored in E.164", "[leads][validation]")
{
    CHECK(PhoneNumber::toE164(QStringLiteral("(415) 555-0123"), QStringLiteral("US")).value() ==
          QStringLiteral("+14155550123"));
    CHECK(PhoneNumber::toE164(QStringLiteral("+49 30 901820"), QStringLiteral("US")).value() ==
          QStringLiteral("+4930901820"));
    CHECK(PhoneNumber::toE164(QStringLiteral("030 901820"), QStringLiteral("DE")).value() ==
          QStringLiteral("+4930901820"));
    CHECK_FALSE(PhoneNumber::toE164(QStringLiteral("call me"), QStringLiteral("US")));
    CHECK_FALSE(PhoneNumber::toE164(QStringLiteral("123"), QStringLiteral("US")));
}

TEST_CASE("Websites: http or https, scheme added when missing", "[leads][validation]")
{
    CHECK(WebsiteUrl::normalize(QStringLiteral("acme.com")).value() ==
          QStringLiteral("https://acme.com"));
    CHECK(WebsiteUrl::normalize(QStringLiteral(" http://www.acme.com/about ")).value() ==
          QStringLiteral("http://www.acme.com/about"));
    CHECK_FALSE(WebsiteUrl::normalize(QStringLiteral("ftp://acme.com")));
    CHECK_FALSE(WebsiteUrl::normalize(QStringLiteral("javascript:alert(1)")));
    CHECK_FALSE(WebsiteUrl::normalize(QStringLiteral("not a site")));
    CHECK_FALSE(WebsiteUrl::normalize(QString()));
    CHECK(WebsiteUrl::domain(QStringLiteral("https://WWW.Acme.com/x")) ==
          QStringLiteral("acme.com"));
}

TEST_CASE("Lead fields follow the mandatory and conditional rules", "[leads][validation]")
{
    CHECK(check(validExistingDraft()).isValid());
    CHECK(check(validNewDraft()).isValid());

    SECTION("name, source and selling direction are mandatory")
    {
        LeadDraft draft = validExistingDraft();
        draft.name = QStringLiteral("  ");
        draft.sourceKey = QStringLiteral("carrier pigeon");
        draft.sellingDirectionId.clear();
        const auto result = check(draft);
        CHECK(result.fields.contains(LeadField::Name));
        CHECK(result.fields.contains(LeadField::Source));
        CHECK(result.fields.contains(LeadField::SellingDirection));
    }
    SECTION("existing company is mandatory unless New company is ticked")
    {
        LeadDraft draft = validExistingDraft();
        draft.existingCompanyId.clear();
        CHECK(check(draft).fields.contains(LeadField::ExistingCompany));
        draft.newCompany = true;
        const auto result = check(draft);
        CHECK_FALSE(result.fields.contains(LeadField::ExistingCompany));
        CHECK(result.fields.contains(LeadField::CompanyName));
        CHECK(result.fields.contains(LeadField::CompanyWebsite));
        CHECK(result.fields.contains(LeadField::CompanyTin));
    }
    SECTION("a new company's TIN and website are checked")
    {
        LeadDraft draft = validNewDraft();
        draft.companyTin = QStringLiteral("1234567895");
        draft.companyWebsite = QStringLiteral("ftp://acme.example");
        const auto result = check(draft);
        CHECK(result.fields.value(LeadField::CompanyTin).contains(QStringLiteral("check digit")));
        CHECK(result.fields.contains(LeadField::CompanyWebsite));
    }
    SECTION("existing contact is mandatory unless New contact is ticked")
    {
        LeadDraft draft = validExistingDraft();
        draft.existingContactId.clear();
        CHECK(check(draft).fields.contains(LeadField::ExistingContact));
        draft.newContact = true;
        const auto result = check(draft);
        CHECK_FALSE(result.fields.contains(LeadField::ExistingContact));
        CHECK(result.fields.contains(LeadField::FirstName));
        CHECK(result.fields.contains(LeadField::LastName));
        CHECK_FALSE(result.fields.contains(LeadField::MiddleName));
    }
    SECTION("a new contact's e-mail and phone are checked")
    {
        LeadDraft draft = validNewDraft();
        draft.contactEmail = QStringLiteral("jane@");
        draft.contactPhone = QStringLiteral("555");
        const auto result = check(draft);
        CHECK(result.fields.contains(LeadField::ContactEmail));
        CHECK(result.fields.contains(LeadField::ContactPhone));
    }
    SECTION("oversize text is refused with its limit")
    {
        LeadDraft draft = validExistingDraft();
        draft.description = QString(10001, QLatin1Char('x'));
        CHECK(check(draft).fields.value(LeadField::Description).contains(QStringLiteral("10000")));
    }
    SECTION("normalizing stores E.164, the website's scheme, and drops hidden fields")
    {
        LeadFormSchema schema = LeadFormSchema::defaultForm();
        schema.setShown(LeadField::City, false);
        LeadDraft draft = validNewDraft();
        draft.city = QStringLiteral("Springfield");
        const LeadDraft stored = LeadValidator::normalized(draft, schema, QStringLiteral("US"));
        CHECK(stored.contactPhone == QStringLiteral("+14155550123"));
        CHECK(stored.companyWebsite == QStringLiteral("https://acme.example"));
        CHECK(stored.city.isEmpty());
        CHECK(stored.existingCompanyId.isEmpty());
    }
}

TEST_CASE("Custom fields are validated by type", "[leads][validation][forms]")
{
    LeadFormSchema schema = LeadFormSchema::defaultForm();
    schema.setCustomFields(
        {{QStringLiteral("seats"), QStringLiteral("Seats"), CustomFieldType::Number, true, {}},
         {QStringLiteral("deployment"),
          QStringLiteral("Deployment"),
          CustomFieldType::Choice,
          false,
          {QStringLiteral("Cloud"), QStringLiteral("Hybrid")}},
         {QStringLiteral("decision"),
          QStringLiteral("Decision date"),
          CustomFieldType::Date,
          false,
          {}},
         {QStringLiteral("nda"),
          QStringLiteral("NDA signed"),
          CustomFieldType::Checkbox,
          true,
          {}}});
    LeadDraft draft = validExistingDraft();
    auto result = check(draft, schema);
    CHECK(result.customFields.contains(QStringLiteral("seats")));
    CHECK(result.customFields.contains(QStringLiteral("nda")));
    CHECK_FALSE(result.customFields.contains(QStringLiteral("deployment")));

    draft.customValues = {{QStringLiteral("seats"), QStringLiteral("forty")},
                          {QStringLiteral("deployment"), QStringLiteral("Mainframe")},
                          {QStringLiteral("decision"), QStringLiteral("2026-13-01")},
                          {QStringLiteral("nda"), true}};
    result = check(draft, schema);
    CHECK(result.customFields.size() == 3);

    draft.customValues = {{QStringLiteral("seats"), QStringLiteral("40")},
                          {QStringLiteral("deployment"), QStringLiteral("Cloud")},
                          {QStringLiteral("decision"), QStringLiteral("2026-12-01")},
                          {QStringLiteral("nda"), true}};
    CHECK(check(draft, schema).isValid());
    const LeadDraft stored = LeadValidator::normalized(draft, schema, QStringLiteral("US"));
    CHECK(stored.customValues.value(QStringLiteral("seats")).toDouble() == 40.0);
}

TEST_CASE("Lead form schemas round-trip and keep mandatory fields", "[leads][forms]")
{
    LeadFormSchema schema = LeadFormSchema::defaultForm();
    schema.setShown(LeadField::City, false);
    schema.setShown(LeadField::Name, false); // mandatory: ignored
    CHECK(schema.shows(LeadField::Name));
    CHECK_FALSE(schema.shows(LeadField::City));
    schema.setCustomFields(
        {{QStringLiteral("seats"), QStringLiteral("Seats"), CustomFieldType::Number, true, {}}});
    auto parsed = LeadFormSchema::fromJson(schema.toJson());
    REQUIRE(parsed);
    CHECK(parsed.value() == schema);

    CHECK_FALSE(LeadFormSchema::fromJson("not json"));
    CHECK_FALSE(LeadFormSchema::fromJson(R"({"optionalFields":["bogus"]})"));
    CHECK_FALSE(LeadFormSchema::fromJson(
        R"({"customFields":[{"id":"name","title":"Clash","type":"text"}]})"));
    CHECK_FALSE(LeadFormSchema::fromJson(
        R"({"customFields":[{"id":"pick","title":"Pick","type":"choice","choices":[]}]})"));
}

TEST_CASE("Control characters are refused in every text field, and a description keeps its lines",
          "[leads][validation]")
{
    const QString nul = QString(QChar(0));
    LeadFormSchema schema = LeadFormSchema::defaultForm();
    schema.setCustomFields(
        {{QStringLiteral("notes"), QStringLiteral("Notes"), CustomFieldType::Text, false, {}}});

    LeadDraft draft = validNewDraft();
    draft.description = QStringLiteral("Call back\r\nMonday,\tafter 10");
    draft.city = QStringLiteral("Springfield");
    draft.leadCompanyName = QStringLiteral("Acme Corp");
    draft.serviceOrProduct = QStringLiteral("Backup");
    draft.middleName = QStringLiteral("Ann");
    CHECK(check(draft, schema).isValid());

    const QList<std::pair<LeadField, QString LeadDraft::*>> singleLine{
        {LeadField::Name, &LeadDraft::name},
        {LeadField::LeadCompanyName, &LeadDraft::leadCompanyName},
        {LeadField::CompanyName, &LeadDraft::companyName},
        {LeadField::CompanyWebsite, &LeadDraft::companyWebsite},
        {LeadField::CompanyTin, &LeadDraft::companyTin},
        {LeadField::ServiceOrProduct, &LeadDraft::serviceOrProduct},
        {LeadField::FirstName, &LeadDraft::firstName},
        {LeadField::LastName, &LeadDraft::lastName},
        {LeadField::MiddleName, &LeadDraft::middleName},
        {LeadField::ContactPhone, &LeadDraft::contactPhone},
        {LeadField::ContactEmail, &LeadDraft::contactEmail},
        {LeadField::City, &LeadDraft::city}};
    for (const auto& [field, member] : singleLine) {
        for (const QString& bad : {nul, QStringLiteral("\x1b"), QStringLiteral("\n"),
                                   QStringLiteral("\t"), QString(QChar(0x7f))}) {
            LeadDraft changed = draft;
            const QString text = changed.*member;
            changed.*member = text.left(2) + bad + text.mid(2);
            const auto result = check(changed, schema);
            INFO(leadFields.label(field).toStdString() << " with U+" << int(bad.at(0).unicode()));
            CHECK(result.fields.contains(field));
        }
    }
    LeadDraft nulInName = draft;
    nulInName.name = QStringLiteral("Ba") + nul + QStringLiteral("ckup");
    CHECK(check(nulInName, schema).fields.value(LeadField::Name) ==
          QStringLiteral("Remove the control character U+0000 (character 3)."));

    LeadDraft nulInDescription = draft;
    nulInDescription.description += nul;
    CHECK(check(nulInDescription, schema).fields.contains(LeadField::Description));

    LeadDraft badNotes = draft;
    badNotes.customValues.insert(QStringLiteral("notes"), QStringLiteral("two\nlines"));
    CHECK(check(badNotes, schema).customFields.contains(QStringLiteral("notes")));
}
