#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/AgreementService.h"
#include "partners/AgreementWriter.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

struct AgreementFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    QString agreementNamed(const QString& name) const
    {
        return TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM agreements WHERE name = ?"), {name});
    }
    QString marketplaceNamed(const QString& name) const
    {
        return TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM marketplaces WHERE name = ?"), {name});
    }
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    /// A new marketplace of the home distributor without a distribution agreement.
    QString newMarketplace() const
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral(
            "INSERT INTO marketplaces(id, name, owner_account_id, currency, created_at) "
            "VALUES ('MP-00000-00099', 'Agreement Test Market', ?, 'USD', 1)")));
        query.addBindValue(id(DemoWorkspace::homeDistributorId));
        REQUIRE(query.exec());
        return QStringLiteral("MP-00000-00099");
    }
    ActingContext homeMember(const char* userName) const
    {
        const QString userId =
            TestWorkspace::scalar(*workspace, QStringLiteral("SELECT id FROM users WHERE name = ?"),
                                  {QString::fromLatin1(userName)});
        return TestWorkspace::acting(*workspace, userId, id(DemoWorkspace::homeDistributorId));
    }
};

AgreementInput validInput(AgreementType type = AgreementType::Program)
{
    AgreementInput input;
    input.type = type;
    input.name = QStringLiteral("  Summer Program  ");
    input.descriptionHtml = QStringLiteral("<p>Terms for <b>summer</b> vendors.</p>");
    return input;
}

} // namespace

TEST_CASE("Agreement name: required, at most 100 characters", "[agreements]")
{
    AgreementInput input = validInput();
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.name = QStringLiteral("   ");
    CHECK(AgreementWriter::validate(input).contains(QStringLiteral("name")));
    input.name = QString(100, QLatin1Char('n'));
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.name = QStringLiteral("  ") + QString(100, QLatin1Char('n')) + QStringLiteral("  ");
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.name = QString(101, QLatin1Char('n'));
    CHECK(AgreementWriter::validate(input)
              .value(QStringLiteral("name"))
              .contains(QStringLiteral("101")));
}

TEST_CASE("Agreement description: required, 10000 characters of text — markup does not count",
          "[agreements]")
{
    AgreementInput input = validInput();
    input.descriptionHtml = QStringLiteral("<p><b> </b></p>");
    CHECK(AgreementWriter::validate(input).contains(QStringLiteral("description")));

    const QString text(10000, QLatin1Char('x'));
    input.descriptionHtml = QStringLiteral("<p><b>") + text + QStringLiteral("</b></p>");
    CHECK(AgreementWriter::descriptionLength(input.descriptionHtml) == 10000);
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.descriptionHtml = QStringLiteral("<p><i>") + text + QStringLiteral("y</i></p>");
    CHECK(AgreementWriter::descriptionLength(input.descriptionHtml) == 10001);
    CHECK(AgreementWriter::validate(input).contains(QStringLiteral("description")));

    input.descriptionHtml = QString(10000, QLatin1Char('z'));
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.descriptionHtml = QString(10001, QLatin1Char('z'));
    CHECK(AgreementWriter::validate(input).contains(QStringLiteral("description")));
}

TEST_CASE("Agreement description length counts entities, line breaks and no head", "[agreements]")
{
    CHECK(AgreementWriter::descriptionLength(QStringLiteral("plain 5 < 6")) == 11);
    CHECK(AgreementWriter::descriptionLength(QStringLiteral("<p>a &amp; b&lt;c&#65;&#x42;</p>")) ==
          9);
    CHECK(AgreementWriter::descriptionLength(QStringLiteral("<p>ab</p>\n<p>cd<br />e</p>")) == 7);
    CHECK(AgreementWriter::descriptionLength(QStringLiteral(
              "<!DOCTYPE HTML><html><head><meta name=\"qrichtext\" content=\"1\" /><style "
              "type=\"text/css\">p, li { white-space: pre-wrap; }</style></head><body>\n<p>abc</p>"
              "</body></html>")) == 3);
}

TEST_CASE("External document: http or https address only", "[agreements]")
{
    AgreementInput input = validInput();
    input.source = DocumentSource::External;
    const QString documentKey = QStringLiteral("document");
    input.documentUrl = QStringLiteral("");
    CHECK(AgreementWriter::validate(input).contains(documentKey));
    for (const char* good :
         {"https://example.com/terms.pdf", "http://example.com/a/b?x=1", "example.com/terms.pdf"}) {
        INFO(good);
        input.documentUrl = QString::fromLatin1(good);
        CHECK(AgreementWriter::validate(input).isEmpty());
    }
    for (const char* bad :
         {"ftp://example.com/terms.pdf", "file:///etc/passwd", "javascript:alert(1)",
          "mailto:a@example.com", "https://", "not a url"}) {
        INFO(bad);
        input.documentUrl = QString::fromLatin1(bad);
        CHECK(AgreementWriter::validate(input).contains(documentKey));
    }
    CHECK(AgreementWriter::normalizeDocumentUrl(QStringLiteral(" example.com/a/terms.pdf "))
              .value() == QStringLiteral("https://example.com/a/terms.pdf"));
}

TEST_CASE("Uploaded file: a name, some content and at most the size limit", "[agreements]")
{
    AgreementInput input = validInput();
    input.source = DocumentSource::Uploaded;
    const QString documentKey = QStringLiteral("document");
    input.fileData = QByteArray("terms");
    CHECK(AgreementWriter::validate(input).contains(documentKey));
    input.fileName = QStringLiteral("terms.txt");
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.fileData.clear();
    CHECK(AgreementWriter::validate(input).contains(documentKey));
    input.fileData = QByteArray(AgreementWriter::maxFileSize, 'a');
    CHECK(AgreementWriter::validate(input).isEmpty());
    input.fileData.append('b');
    CHECK(AgreementWriter::validate(input).contains(documentKey));
    CHECK(AgreementWriter::mimeTypeFor(QStringLiteral("a.PDF")) ==
          QStringLiteral("application/pdf"));
    CHECK(AgreementWriter::mimeTypeFor(QStringLiteral("a.bin")) ==
          QStringLiteral("application/octet-stream"));
}

TEST_CASE("Distribution needs a parent and a marketplace, service a sourcing agreement",
          "[agreements]")
{
    AgreementInput distribution = validInput(AgreementType::Distribution);
    auto reasons = AgreementWriter::validate(distribution);
    CHECK(reasons.keys() == QStringList{QStringLiteral("marketplace"), QStringLiteral("parent")});
    distribution.parentAgreementId = QStringLiteral("AGP-100-100-100");
    distribution.marketplaceId = QStringLiteral("MP-1");
    CHECK(AgreementWriter::validate(distribution).isEmpty());

    AgreementInput service = validInput(AgreementType::Service);
    CHECK(AgreementWriter::validate(service).keys() == QStringList{QStringLiteral("sourcing")});
    service.sourcingAgreementId = QStringLiteral("AGY-100-100-100");
    CHECK(AgreementWriter::validate(service).isEmpty());
    for (AgreementType type :
         {AgreementType::Program, AgreementType::Syndication, AgreementType::Referral})
        CHECK(AgreementWriter::validate(validInput(type)).isEmpty());
}

TEST_CASE("The home distributor creates agreements of all five types", "[agreements]")
{
    AgreementFixture f;
    const QString program = f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program"));
    const QString syndication =
        f.agreementNamed(QStringLiteral("Mighty Mick's Syndication Agreement"));
    const QString apac = f.newMarketplace();

    AgreementInput input = validInput(AgreementType::Program);
    auto created = AgreementService::create(f.db, f.admin, input);
    REQUIRE(created);
    CHECK(created.value().startsWith(QStringLiteral("AGP-")));
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT name FROM agreements WHERE id = ?"),
                                {created.value()}) == QStringLiteral("Summer Program"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreement_versions WHERE agreement_id = ? "
                                 "AND version = 1 AND active = 1 AND description = ?"),
                  {created.value(), input.descriptionHtml}) == 1);
    auto events = EventLog::forObject(f.db, created.value());
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().action == QStringLiteral("created"));
    CHECK(events->first().objectType == QStringLiteral("agreement"));
    CHECK(events->first().userId == id(DemoWorkspace::homeUserId));

    AgreementInput distribution = validInput(AgreementType::Distribution);
    distribution.name = QStringLiteral("APAC Distribution");
    distribution.parentAgreementId = created.value();
    distribution.marketplaceId = apac;
    distribution.source = DocumentSource::External;
    distribution.documentUrl = QStringLiteral("example.com/apac.pdf");
    auto distributionId = AgreementService::create(f.db, f.admin, distribution);
    REQUIRE(distributionId);
    CHECK(distributionId.value().startsWith(QStringLiteral("AGD-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreements a JOIN agreement_versions v "
                                 "ON v.agreement_id = a.id WHERE a.id = ? AND a.marketplace_id = ? "
                                 "AND a.parent_agreement_id = ? AND v.document_source = 'external' "
                                 "AND v.document_url = 'https://example.com/apac.pdf'"),
                  {distributionId.value(), apac, created.value()}) == 1);

    AgreementInput service = validInput(AgreementType::Service);
    service.name = QStringLiteral("APAC Reseller Service");
    service.sourcingAgreementId = syndication;
    service.marketplaceId = apac;
    service.productGroupIds = {TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT id FROM product_groups WHERE name = 'Security'"))};
    service.source = DocumentSource::Uploaded;
    service.fileName = QStringLiteral("/home/someone/service terms.pdf");
    service.fileData = QByteArray("%PDF-1.4 terms");
    auto serviceId = AgreementService::create(f.db, f.admin, service);
    REQUIRE(serviceId);
    CHECK(serviceId.value().startsWith(QStringLiteral("AGS-")));
    CHECK(f.count(QStringLiteral(
                      "SELECT count(*) FROM agreement_product_groups WHERE agreement_id = ?"),
                  {serviceId.value()}) == 1);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(service.fileData, QCryptographicHash::Sha256).toHex());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreement_versions v JOIN stored_files f "
                                 "ON f.id = v.file_id WHERE v.agreement_id = ? AND f.name = "
                                 "'service terms.pdf' AND f.mime_type = 'application/pdf' "
                                 "AND f.sha256 = ? AND f.size = 14"),
                  {serviceId.value(), sha}) == 1);

    AgreementInput syndicationInput = validInput(AgreementType::Syndication);
    auto syndicationId = AgreementService::create(f.db, f.admin, syndicationInput);
    REQUIRE(syndicationId);
    CHECK(syndicationId.value().startsWith(QStringLiteral("AGY-")));
    auto referral = AgreementService::create(f.db, f.admin, validInput(AgreementType::Referral));
    REQUIRE(referral);
    CHECK(referral.value().startsWith(QStringLiteral("AGR-")));
}

TEST_CASE("A marketplace gets one distribution agreement", "[agreements]")
{
    AgreementFixture f;
    AgreementInput input = validInput(AgreementType::Distribution);
    input.parentAgreementId = f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program"));
    input.marketplaceId = f.marketplaceNamed(QStringLiteral("Mighty Mick's EU"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto created = AgreementService::create(f.db, f.admin, input);
    REQUIRE_FALSE(created);
    CHECK(created.error().message.contains(QStringLiteral("Mighty Mick's EU")));
    CHECK(created.error().message.contains(QStringLiteral("already has a distribution agreement")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    input.marketplaceId = f.marketplaceNamed(QStringLiteral("Ingram Micro UK"));
    auto foreign = AgreementService::create(f.db, f.admin, input);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == ErrorCode::Invalid);

    input.marketplaceId = f.newMarketplace();
    input.parentAgreementId = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    auto wrongParent = AgreementService::create(f.db, f.admin, input);
    REQUIRE_FALSE(wrongParent);
    CHECK(wrongParent.error().message.contains(QStringLiteral("program")));

    AgreementInput service = validInput(AgreementType::Service);
    service.sourcingAgreementId = f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program"));
    CHECK_FALSE(AgreementService::create(f.db, f.admin, service));
}

TEST_CASE("Only a CRM admin or manager of the owner changes agreements", "[agreements]")
{
    AgreementFixture f;
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    const QString before = TestWorkspace::dump(*f.workspace);
    const ActingContext sales = f.homeMember("Tony Gazzo");
    const ActingContext viewer = f.homeMember("Paulie Pennino");
    const ActingContext other = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    REQUIRE(other.canManagePartners());
    for (const ActingContext& acting : {sales, viewer}) {
        INFO(acting.userName.toStdString());
        auto created = AgreementService::create(f.db, acting, validInput());
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::PermissionDenied);
        CHECK(AgreementService::rename(f.db, acting, referral, QStringLiteral("X")).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(AgreementService::addVersion(f.db, acting, referral, validInput()).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(AgreementService::activateVersion(f.db, acting, referral, 1).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(AgreementService::versions(f.db, acting, referral)); // members may read
    }
    CHECK(AgreementService::rename(f.db, other, referral, QStringLiteral("X")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(AgreementService::addVersion(f.db, other, referral, validInput()).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(AgreementService::deleteVersion(f.db, other, referral, 1).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(AgreementService::versions(f.db, other, referral).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(AgreementService::rename(f.db, f.admin, QStringLiteral("AGR-999-999-999"),
                                   QStringLiteral("X"))
              .error()
              .code == ErrorCode::NotFound);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Renaming an agreement", "[agreements]")
{
    AgreementFixture f;
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    REQUIRE(AgreementService::rename(f.db, f.admin, referral, QStringLiteral(" Referral 2027 ")));
    CHECK(f.agreementNamed(QStringLiteral("Referral 2027")) == referral);
    CHECK(AgreementService::rename(f.db, f.admin, referral, QString(101, QLatin1Char('r')))
              .error()
              .code == ErrorCode::Invalid);
    auto events = EventLog::forObject(f.db, referral);
    REQUIRE(events);
    CHECK(events->last().action == QStringLiteral("renamed"));
}

TEST_CASE("Agreement versions: add, activate one, delete by the rules", "[agreements]")
{
    AgreementFixture f;
    const QString program = f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program"));
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    const auto activeCount = [&f](const QString& agreement) {
        return f.count(QStringLiteral("SELECT count(*) FROM agreement_versions WHERE "
                                      "agreement_id = ? AND active = 1"),
                       {agreement});
    };

    // The last version cannot be deleted.
    auto last = AgreementService::deleteVersion(f.db, f.admin, referral, 1);
    REQUIRE_FALSE(last);
    CHECK(last.error().code == ErrorCode::Invalid);
    CHECK(last.error().message.contains(QStringLiteral("only version")));

    AgreementInput content;
    content.descriptionHtml = QStringLiteral("<p>Version <i>three</i></p>");
    content.source = DocumentSource::External;
    content.documentUrl = QStringLiteral("https://example.com/v3.pdf");
    auto added = AgreementService::addVersion(f.db, f.admin, program, content);
    REQUIRE(added);
    CHECK(added.value() == 3);
    auto versions = AgreementService::versions(f.db, f.admin, program);
    REQUIRE(versions);
    REQUIRE(versions->size() == 3);
    CHECK(versions->first().version == 3);
    CHECK_FALSE(versions->first().active);
    CHECK(versions->first().documentUrl == QStringLiteral("https://example.com/v3.pdf"));
    CHECK(versions->at(1).active);
    CHECK(versions->at(1).contracts > 0);
    CHECK(activeCount(program) == 1);

    AgreementInput empty;
    CHECK(AgreementService::addVersion(f.db, f.admin, program, empty).error().code ==
          ErrorCode::Invalid);

    // The active version cannot be deleted.
    auto active = AgreementService::deleteVersion(f.db, f.admin, program, 2);
    REQUIRE_FALSE(active);
    CHECK(active.error().message.contains(QStringLiteral("active version")));

    REQUIRE(AgreementService::activateVersion(f.db, f.admin, program, 3));
    CHECK(activeCount(program) == 1);
    CHECK(f.count(QStringLiteral("SELECT active FROM agreement_versions WHERE agreement_id = ? "
                                 "AND version = 3"),
                  {program}) == 1);
    CHECK(AgreementService::activateVersion(f.db, f.admin, program, 9).error().code ==
          ErrorCode::NotFound);

    // Version 2 is now inactive but contracts use it.
    auto used = AgreementService::deleteVersion(f.db, f.admin, program, 2);
    REQUIRE_FALSE(used);
    CHECK(used.error().code == ErrorCode::Invalid);
    CHECK(used.error().message.contains(QStringLiteral("contract")));

    // Version 1 is inactive and unused.
    REQUIRE(AgreementService::deleteVersion(f.db, f.admin, program, 1));
    versions = AgreementService::versions(f.db, f.admin, program);
    REQUIRE(versions);
    CHECK(versions->size() == 2);
    auto events = EventLog::forObject(f.db, program);
    REQUIRE(events);
    QStringList actions;
    for (const Event& event : events.value())
        actions << event.action;
    CHECK(actions.contains(QStringLiteral("version_added")));
    CHECK(actions.contains(QStringLiteral("version_activated")));
    CHECK(actions.contains(QStringLiteral("version_deleted")));
}

TEST_CASE("Deleting an uploaded version removes its file", "[agreements]")
{
    AgreementFixture f;
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    const int files = f.count(QStringLiteral("SELECT count(*) FROM stored_files"));
    AgreementInput content;
    content.descriptionHtml = QStringLiteral("With a file");
    content.source = DocumentSource::Uploaded;
    content.fileName = QStringLiteral("terms.docx");
    content.fileData = QByteArray("docx");
    auto added = AgreementService::addVersion(f.db, f.admin, referral, content);
    REQUIRE(added);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM stored_files")) == files + 1);
    REQUIRE(AgreementService::deleteVersion(f.db, f.admin, referral, added.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM stored_files")) == files);
}

TEST_CASE("A failing agreement write leaves the workspace unchanged", "[agreements]")
{
    AgreementFixture f;
    const QString program = f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program"));
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("no_agreement_history"),
                              QStringLiteral("INSERT"), QStringLiteral("events"),
                              QStringLiteral("NEW.object_type = 'agreement'"),
                              QStringLiteral("no history"));
    const QString before = TestWorkspace::dump(*f.workspace);

    AgreementInput upload = validInput();
    upload.source = DocumentSource::Uploaded;
    upload.fileName = QStringLiteral("terms.txt");
    upload.fileData = QByteArray("terms");
    CHECK_FALSE(AgreementService::create(f.db, f.admin, upload));
    CHECK_FALSE(AgreementService::rename(f.db, f.admin, program, QStringLiteral("Renamed")));
    CHECK_FALSE(AgreementService::addVersion(f.db, f.admin, program, upload));
    CHECK_FALSE(AgreementService::activateVersion(f.db, f.admin, program, 1));
    CHECK_FALSE(AgreementService::deleteVersion(f.db, f.admin, program, 1));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Agreement choices list programs, syndications and taken marketplaces", "[agreements]")
{
    AgreementFixture f;
    auto choices = AgreementService::choices(f.db, f.admin);
    REQUIRE(choices);
    REQUIRE(choices->programs.size() == 1);
    CHECK(choices->programs.first().name == QStringLiteral("Mighty Mick's Vendor Program"));
    REQUIRE(choices->syndications.size() == 1);
    QStringList taken;
    for (const AgreementChoice& marketplace : choices->marketplaces)
        if (!marketplace.unavailableReason.isEmpty())
            taken << marketplace.name;
    CHECK(taken.contains(QStringLiteral("Mighty Mick's US")));
    CHECK(taken.contains(QStringLiteral("Mighty Mick's EU")));
    CHECK(taken.contains(QStringLiteral("Mighty Mick's LATAM")));
    const QString fresh = f.newMarketplace();
    choices = AgreementService::choices(f.db, f.admin);
    REQUIRE(choices);
    const auto freshChoice =
        std::find_if(choices->marketplaces.cbegin(), choices->marketplaces.cend(),
                     [&fresh](const AgreementChoice& choice) { return choice.id == fresh; });
    REQUIRE(freshChoice != choices->marketplaces.cend());
    CHECK(freshChoice->unavailableReason.isEmpty());
}
