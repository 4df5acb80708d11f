#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/ContractService.h"
#include "partners/InvitationService.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {

using Actions = QList<ContractAction>;

struct ContractFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    QString mm = id(DemoWorkspace::homeDistributorId);
    QString apex = id(DemoWorkspace::demoVendorId);
    QString bluebird = scalar(QStringLiteral("SELECT id FROM accounts WHERE name = ?"),
                              {QStringLiteral("Bluebird Resellers")});
    /// Michael Goldmill, crm_admin of the home distributor (the issuer of its contracts).
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId), mm);
    /// Sarah Chen, crm_admin of Apex (a vendor partner of the home distributor).
    ActingContext vendor =
        TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId), apex);
    /// A stranger to the home distributor's contracts with Apex.
    ActingContext telefonica = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::telefonicaId));

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    QString contract(const char* type, const QString& issuer, const QString& partner) const
    {
        return scalar(QStringLiteral("SELECT id FROM contracts WHERE type = ? AND "
                                     "issuer_account_id = ? AND partner_account_id = ? "
                                     "ORDER BY id LIMIT 1"),
                      {id(type), issuer, partner});
    }
    QString status(const QString& contractId) const
    {
        return scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {contractId});
    }
    QString column(const QString& contractId, const char* name) const
    {
        // name is a literal of the tests
        return scalar(
            QStringLiteral("SELECT CASE WHEN %1 IS NULL THEN 'NULL' ELSE CAST(%1 AS text) END "
                           "FROM contracts WHERE id = ?")
                .arg(QLatin1String(name)),
            {contractId});
    }
    void setStatus(const QString& contractId, const char* status) const
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral("UPDATE contracts SET status = ?, signed_at = NULL, "
                                             "updated_at = 1 WHERE id = ?")));
        query.addBindValue(id(status));
        query.addBindValue(contractId);
        REQUIRE(query.exec());
    }
    void setPartnership(const QString& owner, const QString& partner, const char* status) const
    {
        QSqlQuery query(db);
        REQUIRE(
            query.prepare(QStringLiteral("UPDATE partnerships SET status = ? "
                                         "WHERE owner_account_id = ? AND partner_account_id = ?")));
        query.addBindValue(id(status));
        query.addBindValue(owner);
        query.addBindValue(partner);
        REQUIRE(query.exec());
        REQUIRE(query.numRowsAffected() == 1);
    }
    QString partnership(const QString& owner, const QString& partner) const
    {
        return scalar(QStringLiteral("SELECT status FROM partnerships "
                                     "WHERE owner_account_id = ? AND partner_account_id = ?"),
                      {owner, partner});
    }
    /// A crm_admin of the home distributor's user acting for accountId (for accounts whose demo
    /// users lack the role, or that have no users, like Front Street).
    ActingContext adminOf(const QString& accountId, AccountRole role) const
    {
        ActingContext acting = home;
        acting.accountId = accountId;
        acting.accountRole = role;
        acting.userRole = UserRole::CrmAdmin;
        return acting;
    }
    Actions allowed(const ActingContext& acting, const QString& contractId) const
    {
        auto actions = ContractService::allowedActions(db, acting, contractId);
        INFO((actions ? QString() : actions.error().message).toStdString());
        REQUIRE(actions);
        return actions.value();
    }
    void perform(const ActingContext& acting, const QString& contractId, ContractAction action,
                 const QString& note = {}) const
    {
        auto done = ContractService::perform(db, acting, contractId, action, note);
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done);
    }
    ErrorCode failure(const ActingContext& acting, const QString& contractId,
                      ContractAction action) const
    {
        auto done = ContractService::perform(db, acting, contractId, action);
        REQUIRE_FALSE(done);
        return done.error().code;
    }
    /// The last event of contractId.
    Event lastEvent(const QString& objectId) const
    {
        auto events = EventLog::forObject(db, objectId);
        REQUIRE(events);
        REQUIRE_FALSE(events->isEmpty());
        return events->last();
    }
};

bool sameActions(const Actions& actual, const Actions& expected)
{
    return actual == expected;
}

} // namespace

TEST_CASE("The partner signs a pending program contract and the invited partnership becomes "
          "active",
          "[contracts][core]")
{
    ContractFixture f;
    const QString frontStreet = id(DemoWorkspace::frontStreetId);
    const ActingContext partner = f.adminOf(frontStreet, AccountRole::Vendor);
    const QString contractId = f.contract("program", f.mm, frontStreet);
    REQUIRE(f.status(contractId) == QStringLiteral("pending"));
    REQUIRE(f.partnership(f.mm, frontStreet) == QStringLiteral("invited"));
    const QString updatedBefore = f.column(contractId, "updated_at");

    CHECK(sameActions(f.allowed(partner, contractId),
                      {ContractAction::Sign, ContractAction::Reject}));
    CHECK(sameActions(f.allowed(f.home, contractId), {ContractAction::Delete}));
    f.perform(partner, contractId, ContractAction::Sign);

    CHECK(f.status(contractId) == QStringLiteral("active"));
    CHECK(f.column(contractId, "signed_at") != QStringLiteral("NULL"));
    CHECK(f.column(contractId, "updated_at") != updatedBefore);
    CHECK(f.partnership(f.mm, frontStreet) == QStringLiteral("active"));
    const Event event = f.lastEvent(contractId);
    CHECK(event.objectType == QStringLiteral("contract"));
    CHECK(event.action == QStringLiteral("signed"));
    CHECK(event.accountId == frontStreet);
    CHECK(event.changes.value(QStringLiteral("from")).toString() == QStringLiteral("pending"));
    CHECK(event.changes.value(QStringLiteral("to")).toString() == QStringLiteral("active"));
    CHECK(f.lastEvent(frontStreet).action == QStringLiteral("activated"));
    // Now active: either party may terminate it.
    CHECK(sameActions(f.allowed(partner, contractId), {ContractAction::Terminate}));
    CHECK(sameActions(f.allowed(f.home, contractId), {ContractAction::Terminate}));
}

TEST_CASE("Signing a service contract activates the invited partnership — a referral does not",
          "[contracts][core]")
{
    ContractFixture f;
    const QString ingram = id(DemoWorkspace::ingramMicroId);
    const ActingContext drago = TestWorkspace::actingIn(*f.workspace, ingram);
    REQUIRE(drago.userRole == UserRole::CrmManager);
    const QString service = f.contract("service", f.mm, ingram);
    f.setStatus(service, "pending");
    f.setPartnership(f.mm, ingram, "invited");
    f.perform(drago, service, ContractAction::Sign);
    CHECK(f.status(service) == QStringLiteral("active"));
    CHECK(f.partnership(f.mm, ingram) == QStringLiteral("active"));

    const QString referral = f.contract("referral", f.mm, f.bluebird);
    f.setPartnership(f.mm, f.bluebird, "invited");
    f.perform(f.adminOf(f.bluebird, AccountRole::Reseller), referral, ContractAction::Sign);
    CHECK(f.status(referral) == QStringLiteral("active"));
    CHECK(f.column(referral, "signed_at") != QStringLiteral("NULL"));
    CHECK(f.partnership(f.mm, f.bluebird) == QStringLiteral("invited"));

    // An active partnership stays as it is.
    const QString program = f.contract("program", f.mm, f.apex);
    f.setStatus(program, "pending");
    f.perform(f.vendor, program, ContractAction::Sign);
    CHECK(f.partnership(f.mm, f.apex) == QStringLiteral("active"));
}

TEST_CASE("The partner rejects a pending contract with a note", "[contracts][core]")
{
    ContractFixture f;
    const QString referral = f.contract("referral", f.mm, f.bluebird);
    const ActingContext partner = f.adminOf(f.bluebird, AccountRole::Reseller);
    f.perform(partner, referral, ContractAction::Reject, QStringLiteral("  Fee too low  "));
    CHECK(f.status(referral) == QStringLiteral("rejected"));
    CHECK(f.column(referral, "status_note") == QStringLiteral("Fee too low"));
    CHECK(f.column(referral, "signed_at") == QStringLiteral("NULL"));
    const Event event = f.lastEvent(referral);
    CHECK(event.action == QStringLiteral("rejected"));
    CHECK(event.changes.value(QStringLiteral("note")).toString() == QStringLiteral("Fee too low"));
    CHECK(f.allowed(partner, referral).isEmpty());
    CHECK(f.allowed(f.home, referral).isEmpty());

    // Without a note the status note stays empty.
    const QString program = f.contract("program", f.mm, f.apex);
    f.setStatus(program, "pending");
    f.perform(f.vendor, program, ContractAction::Reject);
    CHECK(f.status(program) == QStringLiteral("rejected"));
    CHECK(f.column(program, "status_note").isEmpty());
    CHECK_FALSE(f.lastEvent(program).changes.contains(QStringLiteral("note")));

    // A note longer than the limit is refused.
    const QString service = f.contract("service", f.mm, id(DemoWorkspace::ingramMicroId));
    f.setStatus(service, "pending");
    auto tooLong = ContractService::perform(
        f.db, TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::ingramMicroId)), service,
        ContractAction::Reject, QString(ContractService::maxNoteLength + 1, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().code == ErrorCode::Invalid);
    CHECK(f.status(service) == QStringLiteral("pending"));
}

TEST_CASE("The issuer deletes a pending contract: only that row goes, with an event",
          "[contracts][core]")
{
    ContractFixture f;
    const QString referral = f.contract("referral", f.mm, f.bluebird);
    const int contracts =
        TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM contracts"));
    CHECK(f.failure(f.adminOf(f.bluebird, AccountRole::Reseller), referral,
                    ContractAction::Delete) == ErrorCode::PermissionDenied);
    // The step is named as its button shows it, never case-changed (German capitalises nouns).
    auto refused = ContractService::perform(f.db, f.adminOf(f.bluebird, AccountRole::Reseller),
                                            referral, ContractAction::Delete);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("Only the issuer of the contract %1 can choose \u201cDelete\u201d.")
              .arg(referral));
    f.perform(f.home, referral, ContractAction::Delete);
    CHECK(TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM contracts")) ==
          contracts - 1);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM contracts WHERE id = ?"),
                               {referral}) == 0);
    // The other pending contract of the same issuer is still there.
    CHECK(f.status(f.contract("program", f.mm, id(DemoWorkspace::frontStreetId))) ==
          QStringLiteral("pending"));
    const Event event = f.lastEvent(referral);
    CHECK(event.action == QStringLiteral("deleted"));
    CHECK(event.changes.value(QStringLiteral("from")).toString() == QStringLiteral("pending"));
    CHECK(event.changes.value(QStringLiteral("to")).isNull());
    CHECK(ContractService::allowedActions(f.db, f.home, referral).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("The issuer deletes a pending contract with an invitation: its link goes with it",
          "[contracts][core]")
{
    ContractFixture f;
    const QString program = f.contract("program", f.mm, id(DemoWorkspace::frontStreetId));
    REQUIRE(f.status(program) == QStringLiteral("pending"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto invitations = InvitationService::pending(f.db, f.home, now);
    REQUIRE(invitations);
    const auto invitation = std::find_if(invitations->cbegin(), invitations->cend(),
                                         [&](const auto& i) { return i.contractId == program; });
    REQUIRE(invitation != invitations->cend());
    // a link the partner could still open, and one revoked before
    auto resent = InvitationService::resend(f.db, f.home, invitation->key, now);
    REQUIRE(resent);
    REQUIRE(InvitationService::inspect(f.db, resent->link, now));

    f.perform(f.home, program, ContractAction::Delete);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM contracts WHERE id = ?"),
                               {program}) == 0);
    CHECK(TestWorkspace::count(
              *f.workspace,
              QStringLiteral("SELECT count(*) FROM invitations WHERE contract_id = ?"),
              {program}) == 0);
    auto opened = InvitationService::inspect(f.db, resent->link, now);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotFound);
    auto left = InvitationService::pending(f.db, f.home, now);
    REQUIRE(left);
    CHECK(std::none_of(left->cbegin(), left->cend(),
                       [&](const auto& i) { return i.contractId == program; }));
    CHECK(f.lastEvent(program).action == QStringLiteral("deleted"));
}

TEST_CASE("Either party terminates an active contract", "[contracts][core]")
{
    ContractFixture f;
    const QString program = f.contract("program", f.mm, f.apex);
    f.perform(f.vendor, program, ContractAction::Terminate, QStringLiteral("Leaving the market"));
    CHECK(f.status(program) == QStringLiteral("terminated"));
    CHECK(f.column(program, "status_note") == QStringLiteral("Leaving the market"));
    CHECK(f.lastEvent(program).action == QStringLiteral("terminated"));
    CHECK(f.allowed(f.vendor, program).isEmpty());

    const QString syndication = f.contract("syndication", f.mm, f.bluebird);
    f.perform(f.home, syndication, ContractAction::Terminate);
    CHECK(f.status(syndication) == QStringLiteral("terminated"));
    CHECK(f.column(syndication, "status_note").isEmpty());
}

TEST_CASE("Distribution: the vendor enrolls, the distributor refines, approves or rejects",
          "[contracts][core]")
{
    ContractFixture f;
    const QString distribution = f.contract("distribution", f.mm, f.apex);
    f.setStatus(distribution, "enrolling");

    CHECK(sameActions(f.allowed(f.vendor, distribution), {ContractAction::Enroll}));
    CHECK(f.allowed(f.home, distribution).isEmpty());
    CHECK(f.failure(f.home, distribution, ContractAction::Enroll) == ErrorCode::PermissionDenied);
    f.perform(f.vendor, distribution, ContractAction::Enroll);
    CHECK(f.status(distribution) == QStringLiteral("pending"));
    CHECK(f.lastEvent(distribution).action == QStringLiteral("enrolled"));

    CHECK(sameActions(f.allowed(f.home, distribution),
                      {ContractAction::Approve, ContractAction::Reject, ContractAction::Refine}));
    CHECK(f.allowed(f.vendor, distribution).isEmpty());
    CHECK(f.failure(f.vendor, distribution, ContractAction::Approve) ==
          ErrorCode::PermissionDenied);
    CHECK(f.failure(f.vendor, distribution, ContractAction::Refine) == ErrorCode::PermissionDenied);
    f.perform(f.home, distribution, ContractAction::Refine);
    CHECK(f.status(distribution) == QStringLiteral("enrolling"));
    CHECK(f.lastEvent(distribution).action == QStringLiteral("refined"));

    f.perform(f.vendor, distribution, ContractAction::Enroll);
    f.perform(f.home, distribution, ContractAction::Approve);
    CHECK(f.status(distribution) == QStringLiteral("active"));
    CHECK(f.column(distribution, "signed_at") != QStringLiteral("NULL"));
    const Event approved = f.lastEvent(distribution);
    CHECK(approved.action == QStringLiteral("approved"));
    CHECK(approved.changes.value(QStringLiteral("from")).toString() == QStringLiteral("pending"));
    CHECK(approved.changes.value(QStringLiteral("to")).toString() == QStringLiteral("active"));

    CHECK(sameActions(f.allowed(f.vendor, distribution), {ContractAction::Terminate}));
    f.perform(f.vendor, distribution, ContractAction::Terminate);
    CHECK(f.status(distribution) == QStringLiteral("terminated"));

    // The other path: rejected by the distributor.
    const QString other =
        f.scalar(QStringLiteral("SELECT id FROM contracts WHERE type = 'distribution' AND "
                                "issuer_account_id = ? AND partner_account_id = ? AND id <> ?"),
                 {f.mm, f.apex, distribution});
    f.setStatus(other, "pending");
    f.perform(f.home, other, ContractAction::Reject, QStringLiteral("Wrong marketplace"));
    CHECK(f.status(other) == QStringLiteral("rejected"));
    CHECK(f.column(other, "status_note") == QStringLiteral("Wrong marketplace"));
}

TEST_CASE("Syndication: the distributor approves or rejects what the reseller enrolled",
          "[contracts][core]")
{
    ContractFixture f;
    const QString syndication = f.contract("syndication", f.mm, f.bluebird);
    const ActingContext reseller = f.adminOf(f.bluebird, AccountRole::Reseller);
    f.setStatus(syndication, "enrolling");
    CHECK(sameActions(f.allowed(reseller, syndication), {ContractAction::Enroll}));
    f.perform(reseller, syndication, ContractAction::Enroll);
    CHECK(f.status(syndication) == QStringLiteral("pending"));

    CHECK(sameActions(f.allowed(f.home, syndication),
                      {ContractAction::Approve, ContractAction::Reject}));
    CHECK(f.allowed(reseller, syndication).isEmpty());
    CHECK(f.failure(reseller, syndication, ContractAction::Approve) == ErrorCode::PermissionDenied);
    CHECK(f.failure(f.home, syndication, ContractAction::Refine) == ErrorCode::Invalid);
    f.perform(f.home, syndication, ContractAction::Approve);
    CHECK(f.status(syndication) == QStringLiteral("active"));
    CHECK(f.column(syndication, "signed_at") != QStringLiteral("NULL"));
    CHECK(f.partnership(f.mm, f.bluebird) == QStringLiteral("active"));

    f.setStatus(syndication, "pending");
    f.perform(f.home, syndication, ContractAction::Reject);
    CHECK(f.status(syndication) == QStringLiteral("rejected"));
}

TEST_CASE("Strangers learn nothing — viewers and sales users may not act on contracts",
          "[contracts][core][permissions]")
{
    ContractFixture f;
    const QString referral = f.contract("referral", f.mm, f.bluebird);
    const QString program = f.contract("program", f.mm, f.apex);
    const QString before = TestWorkspace::dump(*f.workspace);

    for (const QString& contractId : {referral, program}) {
        auto hidden = ContractService::allowedActions(f.db, f.telefonica, contractId);
        REQUIRE_FALSE(hidden);
        CHECK(hidden.error().code == ErrorCode::NotFound);
        CHECK_FALSE(hidden.error().message.contains(f.mm));
        CHECK(f.failure(f.telefonica, contractId, ContractAction::Terminate) ==
              ErrorCode::NotFound);
        CHECK(f.failure(f.telefonica, contractId, ContractAction::Delete) == ErrorCode::NotFound);
    }
    CHECK(f.failure(f.home, QStringLiteral("CRR-00000-00000-00000"), ContractAction::Delete) ==
          ErrorCode::NotFound);

    const ActingContext viewer =
        TestWorkspace::acting(*f.workspace,
                              f.scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"),
                                       {QStringLiteral("Paulie Pennino")}),
                              f.mm);
    REQUIRE(viewer.userRole == UserRole::Viewer);
    const ActingContext sales =
        TestWorkspace::acting(*f.workspace,
                              f.scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"),
                                       {QStringLiteral("Tony Gazzo")}),
                              f.mm);
    REQUIRE(sales.userRole == UserRole::CrmSales);
    const ActingContext mary = TestWorkspace::actingIn(*f.workspace, f.bluebird);
    REQUIRE(mary.userRole == UserRole::CrmSales);
    for (const ActingContext& acting : {viewer, sales}) {
        CHECK(f.allowed(acting, referral).isEmpty());
        CHECK(f.allowed(acting, program).isEmpty());
        CHECK(f.failure(acting, referral, ContractAction::Delete) == ErrorCode::PermissionDenied);
        CHECK(f.failure(acting, program, ContractAction::Terminate) == ErrorCode::PermissionDenied);
    }
    CHECK(f.allowed(mary, referral).isEmpty());
    CHECK(f.failure(mary, referral, ContractAction::Sign) == ErrorCode::PermissionDenied);

    // The wrong side of the contract.
    CHECK(f.failure(f.home, referral, ContractAction::Sign) == ErrorCode::PermissionDenied);
    CHECK(f.failure(f.home, referral, ContractAction::Reject) == ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Transitions the status does not allow are refused and name the status and action",
          "[contracts][core]")
{
    ContractFixture f;
    const QString program = f.contract("program", f.mm, f.apex);
    const QString referral = f.contract("referral", f.mm, f.bluebird);
    const QString before = TestWorkspace::dump(*f.workspace);

    auto signActive = ContractService::perform(f.db, f.vendor, program, ContractAction::Sign);
    REQUIRE_FALSE(signActive);
    CHECK(signActive.error().code == ErrorCode::Invalid);
    CHECK(signActive.error().message.contains(QStringLiteral("Active")));
    CHECK(signActive.error().message.contains(QStringLiteral("\u201cSign\u201d")));
    CHECK(signActive.error().message.contains(QStringLiteral("\u201cProgram\u201d contract")));
    CHECK(f.failure(f.home, program, ContractAction::Delete) == ErrorCode::Invalid);
    CHECK(f.failure(f.home, referral, ContractAction::Enroll) == ErrorCode::Invalid);
    CHECK(f.failure(f.home, referral, ContractAction::Approve) == ErrorCode::Invalid);
    CHECK(f.failure(f.home, referral, ContractAction::Terminate) == ErrorCode::Invalid);
    CHECK(f.failure(f.home, referral, ContractAction::Refine) == ErrorCode::Invalid);
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    for (const char* status : {"rejected", "terminated"}) {
        f.setStatus(program, status);
        CHECK(f.allowed(f.home, program).isEmpty());
        CHECK(f.allowed(f.vendor, program).isEmpty());
        for (ContractAction action : contractActions.all()) {
            auto refused = ContractService::perform(f.db, f.home, program, action);
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::Invalid);
            CHECK(refused.error().message.contains(contractActions.label(action)));
        }
        CHECK(f.status(program) == QString::fromLatin1(status));
    }
}

TEST_CASE("A failing contract write rolls back everything", "[contracts][core][transactions]")
{
    ContractFixture f;
    const QString frontStreet = id(DemoWorkspace::frontStreetId);
    const QString program = f.contract("program", f.mm, frontStreet);
    // The contract and the partnership are written before the event, which fails.
    TestWorkspace::failWrites(*f.workspace, QStringLiteral("fail_contract_events"),
                              QStringLiteral("INSERT"), QStringLiteral("events"),
                              QStringLiteral("NEW.object_type = 'contract'"),
                              QStringLiteral("disk on fire"));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto failed = ContractService::perform(f.db, f.adminOf(frontStreet, AccountRole::Vendor),
                                           program, ContractAction::Sign);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("disk on fire")));
    auto deleted = ContractService::perform(f.db, f.home, program, ContractAction::Delete);
    REQUIRE_FALSE(deleted);
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    CHECK(f.status(program) == QStringLiteral("pending"));
    CHECK(f.partnership(f.mm, frontStreet) == QStringLiteral("invited"));
}

TEST_CASE("A party signs the updated version of an active contract's agreement", "[contracts]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const QSqlDatabase db = workspace->database();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString program = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT id FROM agreements WHERE name = 'Mighty Mick''s Vendor Program'"));
    const QString contract = TestWorkspace::scalar(
        *workspace,
        QStringLiteral(
            "SELECT id FROM contracts WHERE agreement_id = ? AND partner_account_id = ?"),
        {program, id(DemoWorkspace::championsCorpId)});
    CHECK(ContractService::signUpdatedVersion(db, home, contract).error().code ==
          ErrorCode::Invalid);

    QSqlQuery query(db);
    REQUIRE(query.prepare(
        QStringLiteral("UPDATE agreement_versions SET active = 0 WHERE agreement_id = ?")));
    query.addBindValue(program);
    REQUIRE(query.exec());
    REQUIRE(query.prepare(
        QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, "
                       "description, active, created_at) VALUES (?, 3, 'v3', 1, 1)")));
    query.addBindValue(program);
    REQUIRE(query.exec());

    const ActingContext telefonica =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::telefonicaId));
    CHECK(ContractService::signUpdatedVersion(db, telefonica, contract).error().code ==
          ErrorCode::NotFound);
    ActingContext viewer = home;
    viewer.userRole = UserRole::Viewer;
    CHECK(ContractService::signUpdatedVersion(db, viewer, contract).error().code ==
          ErrorCode::PermissionDenied);

    auto signedVersion = ContractService::signUpdatedVersion(db, home, contract);
    REQUIRE(signedVersion);
    CHECK(signedVersion.value() == 3);
    CHECK(ContractService::signUpdatedVersion(db, home, contract).error().code ==
          ErrorCode::Invalid);
    // The Front Street contract is pending: it signs the active version when it is signed.
    const QString pending = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT id FROM contracts WHERE partner_account_id = ?"),
        {id(DemoWorkspace::frontStreetId)});
    CHECK(ContractService::signUpdatedVersion(db, home, pending).error().code ==
          ErrorCode::Invalid);
}
