#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "partners/InvitationService.h"
#include "partners/PartnerService.h"

#include <QDateTime>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct InvitationFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    PartnerCreation created = invite();

    PartnerCreation invite() const
    {
        PartnerDraft draft;
        draft.type = AccountRole::Vendor;
        draft.name = QStringLiteral("Invited Vendor");
        draft.createAgreement = false;
        draft.existingAgreementId = TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT min(id) FROM agreements WHERE owner_account_id = ? AND type = 'program'"),
            {home.accountId});
        draft.action = PartnerAction::GenerateInvitation;
        auto result = PartnerService::create(db, home, draft);
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result);
        return result.value();
    }
    std::optional<PendingInvitation> pendingFor(const QString& partnerId) const
    {
        auto pending = InvitationService::pending(db, home, now());
        REQUIRE(pending);
        for (const PendingInvitation& invitation : pending.value())
            if (invitation.partnerAccountId == partnerId)
                return invitation;
        return std::nullopt;
    }
    ActingContext member(const char* role) const
    {
        return TestWorkspace::memberWithRole(*workspace, home.accountId, id(role));
    }
};

} // namespace

TEST_CASE("The wizard's invitation shows its expiry and is listed as pending", "[invitations]")
{
    InvitationFixture f;
    const qint64 days = qint64(PartnerService::invitationDays) * 24 * 3600 * 1000;
    CHECK(f.created.invitationExpiresAt > now() + days - 60'000);
    CHECK(f.created.invitationExpiresAt <= now() + days);
    const auto pending = f.pendingFor(f.created.accountId);
    REQUIRE(pending);
    CHECK(pending->partnerName == QStringLiteral("Invited Vendor"));
    CHECK(pending->expiresAt == f.created.invitationExpiresAt);
    CHECK_FALSE(pending->agreementName.isEmpty());
    CHECK(pending->contractId == f.created.contracts.first().id);
    CHECK(pending->createdByName == QStringLiteral("Michael Goldmill"));
    // Another account does not see it.
    const ActingContext ingram =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
    auto theirs = InvitationService::pending(f.db, ingram, now());
    REQUIRE(theirs);
    CHECK(std::none_of(theirs->cbegin(), theirs->cend(), [&](const PendingInvitation& i) {
        return i.partnerAccountId == f.created.accountId;
    }));
}

TEST_CASE("Expired and used invitations are not pending", "[invitations]")
{
    InvitationFixture f;
    CHECK(f.pendingFor(f.created.accountId));
    auto later = InvitationService::pending(f.db, f.home, f.created.invitationExpiresAt);
    REQUIRE(later);
    CHECK(std::none_of(later->cbegin(), later->cend(), [&](const PendingInvitation& i) {
        return i.partnerAccountId == f.created.accountId;
    }));
    REQUIRE(InvitationService::accept(f.db, f.created.activationLink,
                                      QStringLiteral("ceo@invited.example"), now()));
    CHECK_FALSE(f.pendingFor(f.created.accountId));
}

TEST_CASE("Revoke makes the link unusable at once", "[invitations]")
{
    InvitationFixture f;
    const auto pending = f.pendingFor(f.created.accountId);
    REQUIRE(pending);
    REQUIRE(InvitationService::revoke(f.db, f.home, pending->key, now()));
    CHECK_FALSE(f.pendingFor(f.created.accountId));
    auto inspected = InvitationService::inspect(f.db, f.created.activationLink, now());
    REQUIRE_FALSE(inspected);
    CHECK(inspected.error().message.contains(QStringLiteral("withdrawn")));
    CHECK_FALSE(InvitationService::accept(f.db, f.created.activationLink,
                                          QStringLiteral("ceo@invited.example"), now()));
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT status FROM partnerships "
                                               "WHERE partner_account_id = ?"),
                                {f.created.accountId}) == QStringLiteral("invited"));
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM events WHERE object_type = "
                                              "'invitation' AND action = 'revoked'")) == 1);
    // Twice, or a resend of a revoked invitation, is refused.
    CHECK(InvitationService::revoke(f.db, f.home, pending->key, now()).error().code ==
          ErrorCode::Invalid);
    CHECK(InvitationService::resend(f.db, f.home, pending->key, now()).error().code ==
          ErrorCode::Invalid);
}

TEST_CASE("Resend issues a new token and the old link stops working", "[invitations]")
{
    InvitationFixture f;
    const auto pending = f.pendingFor(f.created.accountId);
    REQUIRE(pending);
    const qint64 at = now() + 1000;
    auto resent = InvitationService::resend(f.db, f.home, pending->key, at);
    INFO((resent ? QString() : resent.error().message).toStdString());
    REQUIRE(resent);
    CHECK(resent->link != f.created.activationLink);
    CHECK(resent->expiresAt == at + qint64(PartnerService::invitationDays) * 24 * 3600 * 1000);
    CHECK_FALSE(InvitationService::inspect(f.db, f.created.activationLink, at));
    CHECK(InvitationService::inspect(f.db, resent->link, at));
    const auto replaced = f.pendingFor(f.created.accountId);
    REQUIRE(replaced);
    CHECK(replaced->key == resent->key);
    CHECK(replaced->key != pending->key);
    REQUIRE(
        InvitationService::accept(f.db, resent->link, QStringLiteral("ceo@invited.example"), at));
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT status FROM partnerships "
                                               "WHERE partner_account_id = ?"),
                                {f.created.accountId}) == QStringLiteral("active"));
}

TEST_CASE("Only a CRM admin or manager of the issuing account revokes or resends",
          "[invitations][permissions]")
{
    InvitationFixture f;
    const auto pending = f.pendingFor(f.created.accountId);
    REQUIRE(pending);
    for (const char* role : {"crm_sales", "viewer"}) {
        INFO(role);
        const ActingContext other = f.member(role);
        CHECK(InvitationService::revoke(f.db, other, pending->key, now()).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(InvitationService::resend(f.db, other, pending->key, now()).error().code ==
              ErrorCode::PermissionDenied);
    }
    // A manager of another account does not find it.
    const ActingContext ingram =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId));
    REQUIRE(ingram.userRole == UserRole::CrmManager);
    CHECK(InvitationService::revoke(f.db, ingram, pending->key, now()).error().code ==
          ErrorCode::NotFound);
    CHECK(InvitationService::resend(f.db, ingram, pending->key, now()).error().code ==
          ErrorCode::NotFound);
    CHECK(InvitationService::inspect(f.db, f.created.activationLink, now()));
}
