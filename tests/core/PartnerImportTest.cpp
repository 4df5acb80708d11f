#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "partners/InvitationService.h"
#include "transfer/PartnerImport.h"

#include <QBuffer>
#include <QDateTime>

namespace {

struct PartnerImportFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    Result<ImportReport> import(QByteArray csv, const ActingContext& acting) const
    {
        QBuffer buffer(&csv);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        QStringList header;
        for (const QByteArray& cell : csv.left(csv.indexOf('\n')).trimmed().split(','))
            header << QString::fromUtf8(cell);
        const ImportMapping mapping =
            ImportMapping::fromHeader(header, PartnerImport::fields(acting));
        return PartnerImport::importDevice(db, acting, &buffer, mapping);
    }
    int partners() const
    {
        return TestWorkspace::count(
            *workspace,
            QStringLiteral("SELECT count(*) FROM partnerships WHERE owner_account_id = ?"),
            {home.accountId});
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

TEST_CASE("Partner import adds partners on existing agreements and reports bad rows",
          "[import][partners]")
{
    PartnerImportFixture f;
    const int before = f.partners();
    const QByteArray csv =
        "Type,Partner name,External ID,Agreement,Action,Users,Technical contact e-mail,Countries\n"
        "Vendor,Nova Vendor,EXT-1,Mighty Mick's Vendor Program,,,tech@nova.example,\"DE, FR\"\n"
        "reseller,Resell Co,,Mighty Mick's Reseller Service Agreement,Generate invitation link,,,\n"
        "Vendor,Wrong Agreement,,Mighty Mick's Reseller Service Agreement,,,,\n"
        "Distributor,Not A Partner Type,,Mighty Mick's Vendor Program,,,,\n"
        "Vendor,,,Mighty Mick's Vendor Program,,,,\n"
        "Vendor,Team Co,,Mighty Mick's Vendor Program,,"
        "\"tony.gazzo@mightymicks.example; nobody@nowhere.example\",,\n"
        "Vendor,Bad Mail,,Mighty Mick's Vendor Program,,,not-an-email,\n"
        "Vendor,Two Users,,Mighty Mick's Vendor Program,Create partner account,"
        "\"Tony Gazzo; michael.goldmill@mightymicks.example\",,\n";
    auto report = f.import(csv, f.home);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 3);
    CHECK(report->skipped == 5);
    CHECK(f.partners() == before + 3);
    CHECK(reasonOf(report.value(), 4) ==
          QStringLiteral(
              "Agreement: \u201cMighty Mick's Reseller Service Agreement\u201d is not one of "
              "your program agreements."));
    CHECK(reasonOf(report.value(), 5)
              .startsWith(
                  QStringLiteral("Type: \u201cDistributor\u201d is not Vendor or Reseller.")));
    CHECK(reasonOf(report.value(), 6) == QStringLiteral("Partner name: Enter the partner's name."));
    CHECK(reasonOf(report.value(), 7).contains(QStringLiteral("nobody@nowhere.example")));
    CHECK(reasonOf(report.value(), 8) ==
          QStringLiteral("Technical contact e-mail: This is not a valid e-mail address."));

    // The vendor is active with its program contract signed, and the acting user in its account.
    const QString nova = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT id FROM accounts WHERE name = 'Nova Vendor'"));
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT p.status || '|' || p.external_id || '|' || "
                                               "a.countries || '|' || a.technical_contact_email "
                                               "FROM partnerships p JOIN accounts a ON a.id = "
                                               "p.partner_account_id WHERE a.id = ?"),
                                {nova}) == QStringLiteral("active|EXT-1|DE, FR|tech@nova.example"));
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral(
                  "SELECT type || '|' || status FROM contracts WHERE partner_account_id = ?"),
              {nova}) == QStringLiteral("program|active"));
    CHECK(
        TestWorkspace::texts(
            *f.workspace,
            QStringLiteral("SELECT user_id FROM memberships WHERE account_id = ? ORDER BY user_id"),
            {nova}) == QStringList{f.home.userId});
    const QString team = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT id FROM accounts WHERE name = 'Two Users'"));
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM memberships WHERE account_id = ?"),
              {team}) == 2);

    // The invited reseller's link is in the notes, and it works.
    REQUIRE(report->notes.size() == 1);
    CHECK(report->notes.first().startsWith(QStringLiteral("Line 3: Resell Co (")));
    const QString link = report->notes.first().section(QStringLiteral(": "), -1);
    CHECK(link.startsWith(QStringLiteral("channeldesk://activate?token=")));
    auto invitation = InvitationService::inspect(f.db, link, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(invitation);
    CHECK(invitation->partnerName == QStringLiteral("Resell Co"));
}

TEST_CASE("Partner import needs the right to add partners", "[import][partners][permissions]")
{
    PartnerImportFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    const QString salesId = TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral(
            "SELECT user_id FROM memberships WHERE account_id = ? AND role = 'crm_sales'"),
        {f.home.accountId});
    const QByteArray csv =
        "Type,Partner name,Agreement\nVendor,Nova,Mighty Mick's Vendor Program\n";
    auto bySales = f.import(csv, TestWorkspace::acting(*f.workspace, salesId, f.home.accountId));
    REQUIRE_FALSE(bySales);
    CHECK(bySales.error().code == ErrorCode::PermissionDenied);
    const ActingContext vendor = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    CHECK(f.import(csv, vendor).error().code == ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Partner import refuses control characters with the line and the field",
          "[import][partners]")
{
    PartnerImportFixture f;
    const int before = f.partners();
    const QByteArray csv =
        "Type,Partner name,Agreement,Countries,Technical contact,Description\n"
        "Vendor,Fine Co,Mighty Mick's Vendor Program,DE,Tina Tech,\"Two\nlines\"\n" // 2-3
        "Vendor,Nul Co,Mighty Mick's Vendor Program,\"D\x1b"
        "E\",,\n"                                                       // 4
        "Vendor,Tab Co,Mighty Mick's Vendor Program,,\"Tina\tTech\",\n" // 5
        "Vendor,Bell Co,Mighty Mick's Vendor Program,,,\"Ring\x07\"\n"; // 6
    auto report = f.import(csv, f.home);
    INFO((report ? report->text() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->imported == 1);
    CHECK(report->skipped == 3);
    CHECK(reasonOf(report.value(), 4) ==
          QStringLiteral("Countries: Remove the control character U+001b (character 2)."));
    CHECK(reasonOf(report.value(), 5) ==
          QStringLiteral("Technical contact: Keep it on one line, without tabs."));
    CHECK(reasonOf(report.value(), 6) ==
          QStringLiteral("Description: Remove the control character U+0007 (character 5)."));
    CHECK(f.partners() == before + 1);
}
