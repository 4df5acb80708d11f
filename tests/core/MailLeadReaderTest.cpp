#include "CatchQt.h"
#include "TestWorkspace.h"

#include "leads/LeadSource.h"
#include "leads/LeadValidator.h"
#include "mail/HtmlText.h"
#include "mail/MailDomain.h"
#include "mail/MailLeadReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QString fixture(const char* name)
{
    return QDir(QStringLiteral(CHANNELDESK_MAIL_FIXTURES)).filePath(QString::fromLatin1(name));
}

MailLead readFixture(const char* name)
{
    auto lead = MailLeadReader::readFile(fixture(name));
    INFO(name);
    REQUIRE(lead);
    return lead.value();
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("A plain e-mail gives the sender, their company and the text", "[mail]")
{
    const QString path = fixture("plain.eml");
    const QByteArray before = TestWorkspace::fileHash(path);
    const MailLead lead = readFixture("plain.eml");
    CHECK(lead.firstName == QStringLiteral("Ivan"));
    CHECK(lead.lastName == QStringLiteral("Petrov"));
    CHECK(lead.middleName.isEmpty());
    // From is the customer; Reply-To is a mailbox of theirs, not the person who wrote.
    CHECK(lead.email == QStringLiteral("ivan.petrov@sales.acme-tools.co.uk"));
    CHECK(lead.companyName == QStringLiteral("Acme Tools"));
    CHECK(lead.companyWebsite == QStringLiteral("https://acme-tools.co.uk"));
    CHECK(lead.subject == QStringLiteral("Quote for 40 licences"));
    // At most one empty line in a row, no trailing blank lines.
    CHECK(lead.description == QStringLiteral("Hello,\n\nwe would like a quote for 40 licences of "
                                             "your Service Desk,\ndelivered before the end of "
                                             "the year.\n\nBest regards,\nIvan Petrov"));
    CHECK(TestWorkspace::fileHash(path) == before); // only read

    const LeadPrefill prefill = lead.prefill();
    CHECK(prefill.name == QStringLiteral("Quote for 40 licences"));
    CHECK(prefill.sourceKey == leadSources.key(LeadSource::Email));
    CHECK(prefill.newCompany);
    CHECK(prefill.companyName == QStringLiteral("Acme Tools"));
    CHECK(prefill.companyWebsite == QStringLiteral("https://acme-tools.co.uk"));
    CHECK(prefill.newContact);
    CHECK(prefill.firstName == QStringLiteral("Ivan"));
    CHECK(prefill.lastName == QStringLiteral("Petrov"));
    CHECK(prefill.contactEmail == lead.email);
    CHECK(prefill.description == lead.description);
}

TEST_CASE("multipart/alternative gives its text/plain part, not the HTML", "[mail]")
{
    const MailLead lead = readFixture("alternative.eml");
    CHECK(lead.firstName == QStringLiteral("Maria"));
    CHECK(lead.lastName == QStringLiteral("Garcia"));
    CHECK(lead.companyName == QStringLiteral("Iberia Soft"));
    CHECK(lead.companyWebsite == QStringLiteral("https://iberia-soft.es"));
    CHECK(lead.description == QStringLiteral("Plain text: we need a demo for 12 agents."));
}

TEST_CASE("An HTML-only e-mail becomes readable text", "[mail]")
{
    const MailLead lead = readFixture("html-only.eml");
    CHECK(lead.firstName == QStringLiteral("Jane"));
    CHECK(lead.companyName == QStringLiteral("Northwind"));
    // No title, style or script; blocks on lines of their own; Windows-1252 converted.
    CHECK(lead.description == text("Pricing request\n\nWe are interested in your offer for:\n\n- "
                                   "Service Desk\n- Asset management\n\nCaf\u00e9 & Co\nLine "
                                   "two\n\nSeats 25"));
}

TEST_CASE("HTML text: blocks, line breaks, whitespace and hostile nesting", "[mail]")
{
    CHECK(HtmlText::toPlainText("<p>One</p><p>Two<br>Three</p>", "UTF-8") ==
          QStringLiteral("One\n\nTwo\nThree"));
    CHECK(HtmlText::toPlainText("<pre>a\n  b</pre><div>c   d</div>", "UTF-8") ==
          QStringLiteral("a\n  b\n\nc d"));
    CHECK(HtmlText::toPlainText("<script>x()</script><style>p{}</style>Only this", "UTF-8") ==
          QStringLiteral("Only this"));
    // The charset of a document that declares its own.
    CHECK(HtmlText::toPlainText("<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>") ==
          text("\u041f\u0440\u0438\u0432\u0435\u0442"));
    CHECK(HtmlText::toPlainText("", "UTF-8").isEmpty());
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<div>";
    deep += "deep";
    const QString nested = HtmlText::toPlainText(deep, "UTF-8"); // no crash; depth is bounded
    CHECK(nested.size() < 10);
}

TEST_CASE("Quoted-printable and base64 bodies and encoded headers are decoded", "[mail]")
{
    const MailLead german = readFixture("quoted-printable.eml");
    CHECK(german.firstName == text("J\u00fcrgen"));
    CHECK(german.lastName == text("M\u00fcller"));
    CHECK(german.subject == text("Anfrage f\u00fcr Gr\u00f6\u00dfe L"));
    CHECK(german.companyName == QStringLiteral("Stahlwerk Nord"));
    CHECK(german.description ==
          text("Guten Tag,\n\nwir m\u00f6chten gern ein Angebot f\u00fcr 30 Arbeitspl\u00e4tze. "
               "Diese Zeile ist sehr lang und wurde weich umbrochen.\n\nGr\u00fc\u00dfe"));

    const MailLead russian = readFixture("base64.eml");
    CHECK(russian.firstName == text("Анна"));
    CHECK(russian.lastName == text("Смирнова"));
    CHECK(russian.subject == text("Заявка на демо"));
    CHECK(russian.companyName == QStringLiteral("Romashka"));
    CHECK(russian.description == text("Здравствуйте!\nНужна демонстрация для 15 операторов."));
}

TEST_CASE("A KOI8-R sender written as last name, first name", "[mail]")
{
    const MailLead lead = readFixture("koi8r.eml");
    CHECK(lead.firstName == text("Иван"));
    CHECK(lead.lastName == text("Петров"));
    CHECK(lead.subject == text("Запрос"));
    CHECK(lead.description == text("Привет"));
    // A city second level (msk.ru) belongs to the suffix, not to the company.
    CHECK(lead.companyName == QStringLiteral("Stroy Invest"));
    CHECK(lead.companyWebsite == QStringLiteral("https://stroy-invest.msk.ru"));
}

TEST_CASE("A free-mail sender has no company, and attachments are not the body", "[mail]")
{
    const MailLead lead = readFixture("free-mail.eml");
    CHECK(lead.firstName == QStringLiteral("Tom"));
    CHECK(lead.lastName == QStringLiteral("Baker"));
    CHECK(lead.email == QStringLiteral("tom.baker@gmail.com"));
    CHECK(lead.companyName.isEmpty());
    CHECK(lead.companyWebsite.isEmpty());
    CHECK(lead.description == QStringLiteral("Do you offer a trial?"));
    const LeadPrefill prefill = lead.prefill();
    CHECK_FALSE(prefill.newCompany);
    CHECK(prefill.companyName.isEmpty());

    for (const char* domain : {"gmail.com", "GMAIL.COM", "mail.ru", "yandex.ru", "outlook.com",
                               "yahoo.com", "eu.yahoo.co.uk"})
        CHECK(MailDomain::isFreeMail(QString::fromLatin1(domain)));
    for (const char* domain : {"acme.com", "mail.acme.com", "gmail.com.evil.example"})
        CHECK_FALSE(MailDomain::isFreeMail(QString::fromLatin1(domain)));
    CHECK(MailDomain::organisationDomain(QStringLiteral("a.b.acme.com")) ==
          QStringLiteral("acme.com"));
    CHECK(MailDomain::organisationDomain(QStringLiteral("acme.com.au")) ==
          QStringLiteral("acme.com.au"));
}

TEST_CASE("Names from From: forms, missing names and limits", "[mail]")
{
    const auto from = [](const QByteArray& header) {
        auto lead = MailLeadReader::read("From: " + header + "\r\nSubject: x\r\n\r\nBody\r\n");
        REQUIRE(lead);
        return lead.value();
    };
    const MailLead three = from("Mary Ann Smith <mary@smith-law.com>");
    CHECK(three.firstName == QStringLiteral("Mary"));
    CHECK(three.middleName == QStringLiteral("Ann"));
    CHECK(three.lastName == QStringLiteral("Smith"));
    // No display name: a two-word address names the person.
    const MailLead bare = from("john.smith@acme.com");
    CHECK(bare.firstName == QStringLiteral("John"));
    CHECK(bare.lastName == QStringLiteral("Smith"));
    const MailLead role = from("info@acme.com");
    CHECK(role.firstName.isEmpty());
    CHECK(role.prefill().name == QStringLiteral("x"));
    const MailLead addressAsName = from("\"sales@acme.com\" <sales@acme.com>");
    CHECK(addressAsName.firstName.isEmpty());
    // No subject: the lead is named after the sender.
    auto noSubject = MailLeadReader::read("From: Ann Lee <ann@lee.com>\r\n\r\nHi\r\n");
    REQUIRE(noSubject);
    CHECK(noSubject->prefill().name == QStringLiteral("E-mail from Ann Lee"));

    const QByteArray longName(300, 'a');
    const MailLead cut = from(longName + " " + longName + " <long@acme.com>");
    CHECK(cut.firstName.size() == LeadValidator::maxPersonNameLength);
    CHECK(cut.lastName.size() == LeadValidator::maxPersonNameLength);
    // Control characters never reach a field.
    const MailLead controls = from("=?UTF-8?Q?Eve=07_Bell?= <eve@bell.com>");
    CHECK(controls.firstName == QStringLiteral("Eve"));
    CHECK(controls.lastName == QStringLiteral("Bell"));
}

TEST_CASE("A long body is cut at the Description field's limit", "[mail]")
{
    const QByteArray body = QByteArray("word ").repeated(5000);
    auto lead =
        MailLeadReader::read("From: Ann Lee <ann@lee.com>\r\nSubject: " + QByteArray(400, 's') +
                             "\r\n\r\n" + body + "\r\n");
    REQUIRE(lead);
    CHECK(lead->description.size() == LeadValidator::maxDescriptionLength);
    CHECK(lead->description.endsWith(QChar(0x2026)));
    CHECK(lead->subject.size() == LeadValidator::maxNameLength);
    const LeadPrefill prefill = lead->prefill();
    CHECK(prefill.name.size() <= LeadValidator::maxNameLength);
}

TEST_CASE("What is not an e-mail is refused with a reason", "[mail]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&dir](const char* name, const QByteArray& content) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
        return path;
    };
    const auto refusal = [](const QString& path) {
        const bool isFile = QFileInfo(path).isFile();
        const QByteArray before = isFile ? TestWorkspace::fileHash(path) : QByteArray();
        auto lead = MailLeadReader::readFile(path);
        REQUIRE_FALSE(lead);
        CHECK(
            lead.error().message.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")));
        if (isFile)
            CHECK(TestWorkspace::fileHash(path) == before);
        return lead.error().message;
    };

    CHECK(refusal(write("empty.eml", {})).contains(QStringLiteral("empty")));
    CHECK(refusal(write("blank.eml", "\r\n\r\n  \n")).contains(QStringLiteral("empty")));
    CHECK(refusal(write("no-from.eml", "To: sales@example.net\r\nSubject: Hi\r\n\r\nHello\r\n"))
              .contains(QStringLiteral("no sender address")));
    CHECK(refusal(write("bad-from.eml", "From: Somebody <not an address>\r\n\r\nHello\r\n"))
              .contains(QStringLiteral("no sender address")));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 131 + 7) % 256);
    CHECK(refusal(write("garbage.eml", garbage)).contains(QStringLiteral("not an e-mail")));
    CHECK(refusal(write("text.eml", "Just some words\nwithout any header\n"))
              .contains(QStringLiteral("not an e-mail")));
    CHECK(refusal(write("large.eml", "From: a@acme.com\r\n\r\n" +
                                         QByteArray(MailLeadReader::maxMessageBytes, 'x')))
              .contains(QStringLiteral("larger than 10 MB")));
    CHECK(refusal(dir.filePath(QStringLiteral("missing.eml")))
              .contains(QStringLiteral("no such file")));
    CHECK(refusal(dir.path()).contains(QStringLiteral("not a file")));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() == 7);
}
