#include "DemoPartners.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/ContractCreation.h"
#include "partners/ContractDetails.h"
#include "partners/ContractService.h"
#include "partners/PartnerLifecycle.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct CreationFixture : DemoPartners {
    QString agreement(const char* name) const
    {
        return scalar(QStringLiteral("SELECT id FROM agreements WHERE name = ?"),
                      {QString::fromUtf8(name)});
    }
    QString marketplace(const char* name) const
    {
        return scalar(QStringLiteral("SELECT id FROM marketplaces WHERE name = ?"),
                      {QString::fromUtf8(name)});
    }
};

} // namespace

TEST_CASE("New contract: only a CRM admin or manager adds contracts", "[contracts][creation]")
{
    CreationFixture f;
    const NewContractDraft draft{f.bluebird,
                                 AgreementType::Service,
                                 f.agreement("Mighty Mick's Reseller Service Agreement"),
                                 {}};
    const QString before = TestWorkspace::dump(*f.workspace);
    for (UserRole role : {UserRole::Viewer, UserRole::CrmSales, UserRole::CrmMarketeer}) {
        CHECK_FALSE(ContractCreation::canCreate(f.as(f.home, role)));
        auto created = ContractCreation::create(f.db, f.as(f.home, role), draft);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    CHECK(ContractCreation::canCreate(f.as(f.home, UserRole::CrmManager)));
    auto created = ContractCreation::create(f.db, f.as(f.home, UserRole::CrmManager), draft);
    REQUIRE(created);
}

TEST_CASE("New contract: a service contract for a reseller starts Pending with its event",
          "[contracts][creation]")
{
    CreationFixture f;
    const QString service = f.agreement("Mighty Mick's Reseller Service Agreement");
    auto created =
        ContractCreation::create(f.db, f.home, {f.bluebird, AgreementType::Service, service, {}});
    REQUIRE(created);
    CHECK(created->contractId.startsWith(QStringLiteral("CRS-")));
    CHECK(created->statusKey == QStringLiteral("pending"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE id = ? AND status = "
                                 "'pending' AND issuer_account_id = ? AND partner_account_id = ? "
                                 "AND agreement_id = ? AND marketplace_id = (SELECT marketplace_id "
                                 "FROM agreements WHERE id = ?)"),
                  {created->contractId, f.mm, f.bluebird, service, service}) == 1);
    auto events = EventLog::forObject(f.db, created->contractId);
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().action == QStringLiteral("created"));
    CHECK(events->first().userId == f.home.userId);
    // Bluebird signs it as usual.
    ActingContext bluebirdAdmin = TestWorkspace::actingIn(*f.workspace, f.bluebird);
    bluebirdAdmin.userRole = UserRole::CrmAdmin;
    REQUIRE(
        ContractService::perform(f.db, bluebirdAdmin, created->contractId, ContractAction::Sign));
}

TEST_CASE("New contract: the type must fit the partner and the agreement must be ours",
          "[contracts][creation]")
{
    CreationFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    // A program contract is for vendors, not resellers.
    auto wrongType = ContractCreation::create(
        f.db, f.home,
        {f.bluebird, AgreementType::Program, f.agreement("Mighty Mick's Vendor Program"), {}});
    REQUIRE_FALSE(wrongType);
    CHECK(wrongType.error().code == ErrorCode::Invalid);
    // Ingram's program agreement is not ours.
    auto foreign = ContractCreation::create(
        f.db, f.home,
        {f.champions, AgreementType::Referral, f.agreement("Ingram Micro Vendor Program"), {}});
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == ErrorCode::Invalid);
    // Not a partner of ours.
    auto stranger = ContractCreation::create(f.db, f.home,
                                             {id("VA-999-999"),
                                              AgreementType::Referral,
                                              f.agreement("Mighty Mick's Referral Agreement"),
                                              {}});
    REQUIRE_FALSE(stranger);
    // A second open contract on the same agreement.
    auto twice = ContractCreation::create(
        f.db, f.home,
        {f.apex, AgreementType::Program, f.agreement("Mighty Mick's Vendor Program"), {}});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already has the contract")));
    // Nothing asked for.
    CHECK(ContractCreation::validate({}).contains(QStringLiteral("partner")));
    CHECK(
        ContractCreation::validate(
            {f.apex, AgreementType::Distribution, f.agreement("Mighty Mick's Vendor Program"), {}})
            .contains(QStringLiteral("marketplace")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("New contract: a referral contract for any partner", "[contracts][creation]")
{
    CreationFixture f;
    auto created = ContractCreation::create(
        f.db, f.home,
        {f.apex, AgreementType::Referral, f.agreement("Mighty Mick's Referral Agreement"), {}});
    REQUIRE(created);
    CHECK(created->contractId.startsWith(QStringLiteral("CRR-")));
    CHECK(created->statusKey == QStringLiteral("pending"));
}

TEST_CASE("New contract: a distribution contract for a further marketplace creates its agreement "
          "and a marketplace keeps one distribution agreement",
          "[contracts][creation]")
{
    CreationFixture f;
    const QString program = f.agreement("Mighty Mick's Vendor Program");
    const QString apac = f.marketplace("Mighty Mick's APAC");
    auto created = ContractCreation::create(f.db, f.home,
                                            {f.apex, AgreementType::Distribution, program, apac});
    REQUIRE(created);
    CHECK(created->agreementCreated);
    CHECK(created->statusKey == QStringLiteral("enrolling"));
    CHECK(created->contractId.startsWith(QStringLiteral("CRD-")));
    CHECK(
        f.count(QStringLiteral("SELECT count(*) FROM agreements WHERE id = ? AND type = "
                               "'distribution' AND parent_agreement_id = ? AND marketplace_id = ? "
                               "AND name = ?"),
                {created->agreementId, program, apac,
                 QStringLiteral("Mighty Mick's Vendor Program \u2014 Mighty Mick's APAC")}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreement_versions WHERE agreement_id = ? "
                                 "AND active = 1 AND description = (SELECT description FROM "
                                 "agreement_versions WHERE agreement_id = ? AND active = 1)"),
                  {created->agreementId, program}) == 1);

    // Champions (also in the program) joins the same marketplace: its agreement is reused.
    auto second = ContractCreation::create(
        f.db, f.home, {f.champions, AgreementType::Distribution, program, apac});
    REQUIRE(second);
    CHECK_FALSE(second->agreementCreated);
    CHECK(second->agreementId == created->agreementId);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreements WHERE marketplace_id = ? AND "
                                 "type = 'distribution'"),
                  {apac}) == 1);

    // Another program agreement cannot give the marketplace a second distribution agreement.
    f.addProgramAgreement(id("AGP-900-900-900"), QStringLiteral("Second program"));
    QSqlQuery insert(f.db);
    REQUIRE(insert.exec(QStringLiteral(
        "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, issuer_account_id, "
        "partner_account_id, status, created_at, updated_at) VALUES ('CRP-90000-90000-90000', "
        "'program', 'AGP-900-900-900', (SELECT id FROM agreement_versions WHERE agreement_id = "
        "'AGP-900-900-900'), 'PA-481-516', 'VA-315-772', "
        "'active', 1, 1)")));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto refused = ContractCreation::create(
        f.db, f.home, {f.apex, AgreementType::Distribution, id("AGP-900-900-900"), apac});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(refused.error().message.contains(created->agreementId));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    auto choices = ContractCreation::choices(f.db, f.home);
    REQUIRE(choices);
    bool listed = false;
    for (const NewContractOption& option : choices->marketplaces)
        if (option.id == apac) {
            listed = true;
            CHECK(ContractCreation::marketplaceReason(option, program).isEmpty());
            CHECK_FALSE(
                ContractCreation::marketplaceReason(option, id("AGP-900-900-900")).isEmpty());
        }
    CHECK(listed);
}

TEST_CASE("New contract: a distribution contract needs the partner's program contract",
          "[contracts][creation]")
{
    CreationFixture f;
    // Bluebird is a reseller; Front Street's program contract is pending, so it may; a vendor
    // without any program contract may not.
    QSqlQuery update(f.db);
    REQUIRE(update.exec(QStringLiteral("DELETE FROM invitations")));
    REQUIRE(update.exec(
        QStringLiteral("DELETE FROM contracts WHERE partner_account_id = 'VA-892-333'")));
    auto refused = ContractCreation::create(f.db, f.home,
                                            {f.frontStreet, AgreementType::Distribution,
                                             f.agreement("Mighty Mick's Vendor Program"),
                                             f.marketplace("Mighty Mick's Nordics")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("program")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM agreements WHERE marketplace_id = ?"),
                  {f.marketplace("Mighty Mick's Nordics")}) == 0);
}

TEST_CASE("New contract: a removed partner gets none and also not by SQL", "[contracts][creation]")
{
    CreationFixture f;
    REQUIRE(PartnerLifecycle::remove(f.db, f.home, f.bluebird));
    const QString before = TestWorkspace::dump(*f.workspace);
    auto refused = ContractCreation::create(
        f.db, f.home,
        {f.bluebird, AgreementType::Referral, f.agreement("Mighty Mick's Referral Agreement"), {}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Restore")));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    // The database refuses it too (migration 12).
    QSqlQuery insert(f.db);
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, issuer_account_id, "
        "partner_account_id, status, created_at, updated_at) SELECT 'CRR-90000-90000-90000', "
        "'referral', agreement_id, id, 'PA-481-516', ?, 'pending', 1, 1 "
        "FROM agreement_versions WHERE agreement_id = ?")));
    insert.addBindValue(f.bluebird);
    insert.addBindValue(f.agreement("Mighty Mick's Referral Agreement"));
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().text().contains(QStringLiteral("removed partner")));
    auto choices = ContractCreation::choices(f.db, f.home);
    REQUIRE(choices);
    for (const NewContractOption& partner : choices->partners)
        CHECK(partner.reason.isEmpty() == (partner.id != f.bluebird));
}

TEST_CASE("Contract details: parties and history for a party and nothing for a stranger",
          "[contracts][creation]")
{
    CreationFixture f;
    auto created = ContractCreation::create(
        f.db, f.home,
        {f.apex, AgreementType::Referral, f.agreement("Mighty Mick's Referral Agreement"), {}});
    REQUIRE(created);
    auto record = ContractDetails::load(f.db, f.home, created->contractId);
    REQUIRE(record);
    CHECK(record->issuerId == f.mm);
    CHECK(record->partnerId == f.apex);
    CHECK(record->statusKey == QStringLiteral("pending"));
    CHECK(record->version >= 1);
    REQUIRE(record->history.size() == 1);
    CHECK(record->userNames.value(f.home.userId) == f.home.userName);
    CHECK(record->actions == QList<ContractAction>{ContractAction::Delete});
    ActingContext apex =
        TestWorkspace::acting(*f.workspace, id(DemoWorkspace::demoVendorUserId), f.apex);
    auto partner = ContractDetails::load(f.db, apex, created->contractId);
    REQUIRE(partner);
    CHECK(partner->actions.contains(ContractAction::Sign));
    ActingContext stranger = TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::telefonicaId));
    auto hidden = ContractDetails::load(f.db, stranger, created->contractId);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().code == ErrorCode::NotFound);
}

TEST_CASE("New contract: reasons name agreement types as the app shows them",
          "[contracts][creation]")
{
    // Labels are quoted as they are, never case-changed (German capitalises nouns).
    NewContractDraft draft;
    draft.partnerAccountId = QStringLiteral("VA-892-333");
    draft.type = AgreementType::Service;
    CHECK(ContractCreation::validate(draft).value(QStringLiteral("agreement")) ==
          QStringLiteral("Pick the \u201cService\u201d agreement."));
}
