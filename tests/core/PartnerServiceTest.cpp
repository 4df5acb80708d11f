#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "partners/InvitationService.h"
#include "partners/PartnerService.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

struct PartnerFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    QString query(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    QString marketplace(const char* name) const
    {
        return query(QStringLiteral("SELECT id FROM marketplaces WHERE name = ?"), {id(name)});
    }
    QString agreementOfType(const char* type) const
    {
        return query(QStringLiteral(
                         "SELECT min(id) FROM agreements WHERE owner_account_id = ? AND type = ?"),
                     {home.accountId, id(type)});
    }
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }

    PartnerDraft vendorDraft() const
    {
        PartnerDraft draft;
        draft.type = AccountRole::Vendor;
        draft.name = QStringLiteral("Champions LLC");
        draft.externalId = QStringLiteral("champ 001");
        draft.agreement.name = QStringLiteral("Champions LLC Agreement");
        draft.agreement.descriptionHtml =
            QStringLiteral("This is <b>agreement</b> created for Champions LLC");
        draft.marketplaceIds = {marketplace("Mighty Mick's APAC"),
                                marketplace("Mighty Mick's Nordics")};
        draft.userIds = {home.userId};
        return draft;
    }
    PartnerDraft resellerDraft() const
    {
        PartnerDraft draft;
        draft.type = AccountRole::Reseller;
        draft.name = QStringLiteral("Rocky Resellers");
        draft.agreement.name = QStringLiteral("Rocky service agreement");
        draft.agreement.descriptionHtml = QStringLiteral("Services for Rocky");
        draft.marketplaceIds = {marketplace("Mighty Mick's US")};
        draft.productGroupIds = {query(QStringLiteral("SELECT min(id) FROM product_groups"))};
        draft.syndicationAgreementId = agreementOfType("syndication");
        draft.action = PartnerAction::GenerateInvitation;
        return draft;
    }
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

TEST_CASE("Vendor, new agreement, two marketplaces, create account", "[partners][wizard]")
{
    PartnerFixture f;
    auto created = PartnerService::create(f.db, f.home, f.vendorDraft());
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    const QString account = created->accountId;
    CHECK(account.startsWith(QStringLiteral("VA-")));
    CHECK(created->partnerStatusKey == QStringLiteral("active"));
    CHECK(
        f.query(QStringLiteral(
                    "SELECT name || '|' || role || '|' || external_id FROM accounts WHERE id = ?"),
                {account}) == QStringLiteral("Champions LLC|vendor|champ 001"));
    CHECK(f.query(QStringLiteral("SELECT status FROM partnerships WHERE owner_account_id = ? AND "
                                 "partner_account_id = ?"),
                  {f.home.accountId, account}) == QStringLiteral("active"));

    REQUIRE(created->agreements.size() == 3);
    const QString program = created->agreements.first().id;
    CHECK(program.startsWith(QStringLiteral("AGP-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreements WHERE type = 'distribution' "
                                 "AND parent_agreement_id = ? AND marketplace_id IN (?, ?)"),
                  {program, f.marketplace("Mighty Mick's APAC"),
                   f.marketplace("Mighty Mick's Nordics")}) == 2);
    REQUIRE(created->contracts.size() == 3);
    CHECK(f.query(QStringLiteral("SELECT type || '|' || status || '|' || (CASE WHEN signed_at IS "
                                 "NOT NULL THEN 1 ELSE 0 END) FROM contracts WHERE id = ?"),
                  {created->contracts.at(0).id}) == QStringLiteral("program|active|1"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE partner_account_id = ? "
                                 "AND type = 'distribution' AND status = 'enrolling'"),
                  {account}) == 2);
    CHECK(f.count(QStringLiteral(
                      "SELECT count(*) FROM memberships WHERE account_id = ? AND user_id = ?"),
                  {account, f.home.userId}) == 1);
    CHECK(created->activationLink.isEmpty());
    CHECK(
        f.count(
            QStringLiteral(
                "SELECT count(*) FROM invitations i JOIN partnerships p ON p.id = i.partnership_id "
                "WHERE p.partner_account_id = ?"),
            {account}) == 0);
}

TEST_CASE("Vendor, existing agreement, invitation link, then activation",
          "[partners][wizard][invitations]")
{
    PartnerFixture f;
    PartnerDraft draft = f.vendorDraft();
    draft.createAgreement = false;
    draft.existingAgreementId = f.agreementOfType("program");
    draft.action = PartnerAction::GenerateInvitation;
    draft.userIds.clear();
    const int agreements = f.count(QStringLiteral("SELECT count(*) FROM agreements"));
    auto created = PartnerService::create(f.db, f.home, draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreements")) == agreements);
    CHECK(created->partnerStatusKey == QStringLiteral("invited"));
    REQUIRE(created->contracts.size() == 1);
    const QString contract = created->contracts.first().id;
    CHECK(
        f.query(QStringLiteral("SELECT status || '|' || agreement_id FROM contracts WHERE id = ?"),
                {contract}) == QStringLiteral("pending|") + draft.existingAgreementId);
    const QString link = created->activationLink;
    REQUIRE(link.startsWith(QStringLiteral("channeldesk://activate?token=")));
    const QString token = InvitationService::tokenOf(link).value();
    CHECK(token.size() >= 22); // ≥ 128 bits, base64url
    // Only the hash is stored.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM invitations WHERE token_sha256 = ?"),
                  {token}) == 0);

    auto view = InvitationService::inspect(f.db, link, now());
    REQUIRE(view);
    CHECK(view->partnerName == QStringLiteral("Champions LLC"));
    CHECK(view->inviterName == QStringLiteral("Mighty Mick's LLC"));
    CHECK_FALSE(view->agreementName.isEmpty());

    SECTION("an expired link changes nothing")
    {
        const QString before = TestWorkspace::dump(*f.workspace);
        auto expired =
            InvitationService::accept(f.db, link, QStringLiteral("ceo@champions.example"),
                                      now() + qint64(15) * 24 * 3600 * 1000);
        REQUIRE_FALSE(expired);
        CHECK(expired.error().message.contains(QStringLiteral("expired")));
        CHECK(TestWorkspace::dump(*f.workspace) == before);
    }
    SECTION("accepting activates the partner and signs the contract, once")
    {
        CHECK_FALSE(InvitationService::accept(f.db, link, QStringLiteral("not-an-email"), now()));
        REQUIRE(
            InvitationService::accept(f.db, link, QStringLiteral("ceo@champions.example"), now()));
        CHECK(
            f.query(QStringLiteral("SELECT status FROM partnerships WHERE partner_account_id = ?"),
                    {created->accountId}) == QStringLiteral("active"));
        CHECK(f.query(QStringLiteral("SELECT status || '|' || (CASE WHEN signed_at IS NOT NULL "
                                     "THEN 1 ELSE 0 END) FROM contracts WHERE id = ?"),
                      {contract}) == QStringLiteral("active|1"));
        const QString before = TestWorkspace::dump(*f.workspace);
        auto again =
            InvitationService::accept(f.db, link, QStringLiteral("ceo@champions.example"), now());
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("already been used")));
        CHECK(TestWorkspace::dump(*f.workspace) == before);
    }
    SECTION("an unknown or malformed link is refused")
    {
        CHECK(InvitationService::inspect(
                  f.db, QStringLiteral("channeldesk://activate?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                  now())
                  .error()
                  .code == ErrorCode::NotFound);
        CHECK(InvitationService::inspect(f.db, QStringLiteral("hello"), now()).error().code ==
              ErrorCode::Invalid);
    }
    SECTION("only our own link form is accepted, even with a valid token")
    {
        for (const QString& ours : {link, token, QStringLiteral("  ") + link + QStringLiteral("\n"),
                                    QStringLiteral("CHANNELDESK://ACTIVATE?token=") + token})
            CHECK(InvitationService::inspect(f.db, ours, now()));
        const QString before = TestWorkspace::dump(*f.workspace);
        for (const QString& foreign :
             {QStringLiteral("https://evil.example/activate?token="),
              QStringLiteral("http://activate?token="), QStringLiteral("file:///activate?token="),
              QStringLiteral("channeldesk://evil.example?token="),
              QStringLiteral("channeldesk://evil.example/activate?token="),
              QStringLiteral("channeldesk://activate.evil.example?token="),
              QStringLiteral("channeldesk://someone@activate?token="),
              QStringLiteral("channeldesk://activate:8080?token="),
              QStringLiteral("channeldesk://activate/elsewhere?token="),
              QStringLiteral("channeldesk:activate?token="),
              QStringLiteral("channeldesk://activate?next=https://evil.example&token=")}) {
            INFO(foreign.toStdString());
            auto refused = InvitationService::inspect(f.db, foreign + token, now());
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::Invalid);
            CHECK(
                refused.error().message.contains(QStringLiteral("channeldesk://activate?token=")));
            CHECK_FALSE(InvitationService::accept(f.db, foreign + token,
                                                  QStringLiteral("ceo@champions.example"), now()));
        }
        CHECK_FALSE(InvitationService::inspect(f.db, link + QStringLiteral("#fragment"), now()));
        CHECK(TestWorkspace::dump(*f.workspace) == before);
    }
}

TEST_CASE("Reseller, new agreement, invitation — and reseller, existing agreement, account",
          "[partners][wizard]")
{
    PartnerFixture f;
    auto invited = PartnerService::create(f.db, f.home, f.resellerDraft());
    INFO((invited ? QString() : invited.error().message).toStdString());
    REQUIRE(invited);
    CHECK(invited->accountId.startsWith(QStringLiteral("PA-")));
    REQUIRE(invited->agreements.size() == 1);
    const QString service = invited->agreements.first().id;
    CHECK(f.query(QStringLiteral("SELECT type || '|' || marketplace_id || '|' || "
                                 "sourcing_agreement_id FROM agreements WHERE id = ?"),
                  {service}) == QStringLiteral("service|") + f.marketplace("Mighty Mick's US") +
                                    QLatin1Char('|') + f.agreementOfType("syndication"));
    CHECK(f.count(QStringLiteral(
                      "SELECT count(*) FROM agreement_product_groups WHERE agreement_id = ?"),
                  {service}) == 1);
    REQUIRE(invited->contracts.size() == 1);
    CHECK(invited->contracts.first().statusKey == QStringLiteral("pending"));
    CHECK_FALSE(invited->activationLink.isEmpty());

    PartnerDraft existing = f.resellerDraft();
    existing.name = QStringLiteral("Apollo Resellers");
    existing.createAgreement = false;
    existing.existingAgreementId = service;
    existing.action = PartnerAction::CreateAccount;
    existing.userIds = {f.home.userId};
    auto account = PartnerService::create(f.db, f.home, existing);
    REQUIRE(account);
    CHECK(account->contracts.first().statusKey == QStringLiteral("active"));
    CHECK(f.query(QStringLiteral("SELECT role FROM accounts WHERE id = ?"), {account->accountId}) ==
          QStringLiteral("reseller"));
}

TEST_CASE("The wizard's rules: marketplace conflict, missing syndication, users, permissions",
          "[partners][wizard]")
{
    PartnerFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);

    PartnerDraft taken = f.vendorDraft();
    taken.marketplaceIds = {f.marketplace("Mighty Mick's APAC"), f.marketplace("Mighty Mick's US")};
    auto conflict = PartnerService::create(f.db, f.home, taken);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("Mighty Mick's US")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    PartnerDraft noSyndication = f.resellerDraft();
    noSyndication.syndicationAgreementId.clear();
    CHECK(PartnerService::validate(noSyndication).contains(QStringLiteral("syndication")));
    CHECK(PartnerService::create(f.db, f.home, noSyndication).error().code == ErrorCode::Invalid);

    PartnerDraft noUsers = f.vendorDraft();
    noUsers.userIds.clear();
    CHECK(PartnerService::validate(noUsers).contains(QStringLiteral("users")));
    PartnerDraft unnamed = f.vendorDraft();
    unnamed.name = QStringLiteral("  ");
    unnamed.agreement.name = QString(101, QLatin1Char('x'));
    const auto reasons = PartnerService::validate(unnamed);
    CHECK(reasons.contains(QStringLiteral("name")));
    CHECK(reasons.contains(QStringLiteral("agreement.name")));

    ActingContext viewer = f.home;
    viewer.userRole = UserRole::Viewer;
    CHECK(PartnerService::create(f.db, viewer, f.vendorDraft()).error().code ==
          ErrorCode::PermissionDenied);
    const ActingContext vendor =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::demoVendorId));
    CHECK(PartnerService::create(f.db, vendor, f.vendorDraft()).error().code ==
          ErrorCode::PermissionDenied);

    PartnerDraft foreignUser = f.vendorDraft();
    foreignUser.userIds = {id(DemoWorkspace::demoVendorUserId)};
    CHECK(PartnerService::create(f.db, f.home, foreignUser).error().code == ErrorCode::Invalid);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("When the last write of the wizard fails nothing remains",
          "[partners][wizard][transactions]")
{
    PartnerFixture f;
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("fail_membership"),
                              QStringLiteral("INSERT"), QStringLiteral("memberships"), {},
                              QStringLiteral("disk on fire"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto failed = PartnerService::create(f.db, f.home, f.vendorDraft());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("disk on fire")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Every branch of the wizard: vendor or reseller, new or existing agreement, account or "
          "invitation",
          "[partners][wizard]")
{
    for (const bool reseller : {false, true}) {
        for (const bool newAgreement : {true, false}) {
            for (const bool invite : {false, true}) {
                DYNAMIC_SECTION((reseller ? "reseller" : "vendor")
                                << (newAgreement ? " new" : " existing")
                                << (invite ? " invitation" : " account"))
                {
                    PartnerFixture f;
                    PartnerDraft draft = reseller ? f.resellerDraft() : f.vendorDraft();
                    draft.createAgreement = newAgreement;
                    if (!newAgreement)
                        draft.existingAgreementId =
                            f.agreementOfType(reseller ? "service" : "program");
                    draft.action =
                        invite ? PartnerAction::GenerateInvitation : PartnerAction::CreateAccount;
                    draft.userIds = invite ? QStringList() : QStringList{f.home.userId};
                    auto created = PartnerService::create(f.db, f.home, draft);
                    INFO((created ? QString() : created.error().message).toStdString());
                    REQUIRE(created);
                    CHECK(created->partnerStatusKey ==
                          (invite ? QStringLiteral("invited") : QStringLiteral("active")));
                    CHECK(created->activationLink.isEmpty() == !invite);
                    CHECK(created->agreements.first().created == newAgreement);
                    CHECK(created->contracts.first().typeKey ==
                          (reseller ? QStringLiteral("service") : QStringLiteral("program")));
                    CHECK(created->contracts.first().statusKey ==
                          (invite ? QStringLiteral("pending") : QStringLiteral("active")));
                    const int distribution = !reseller && newAgreement ? 2 : 0;
                    CHECK(created->contracts.size() == 1 + distribution);
                    CHECK(f.count(QStringLiteral(
                                      "SELECT count(*) FROM memberships WHERE account_id = ?"),
                                  {created->accountId}) == (invite ? 0 : 1));
                    CHECK(f.count(QStringLiteral(
                                      "SELECT count(*) FROM accounts WHERE id = ? AND role = ?"),
                                  {created->accountId, reseller ? QStringLiteral("reseller")
                                                                : QStringLiteral("vendor")}) == 1);
                }
            }
        }
    }
}
