#include "DemoPartners.h"

#include "common/IdGenerator.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadDetails.h"
#include "leads/LeadDraftRebase.h"
#include "leads/LeadFormService.h"
#include "leads/LeadService.h"
#include "partners/AccountProfileService.h"
#include "partners/ContractDetails.h"
#include "partners/ContractService.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerLifecycle.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <thread>

// Two users at once (issue 12, point 6): each test opens the same workspace file twice, so the
// two users write through two real connections, as two desktops would.

namespace {

/// The demo workspace seen through a second connection, beside DemoPartners' first.
struct TwoConnections : DemoPartners {
    std::unique_ptr<Workspace> other = openAgain();
    QSqlDatabase otherDb = other->database();
    QString sarah = id(DemoWorkspace::demoVendorUserId);

    std::unique_ptr<Workspace> openAgain() const
    {
        auto opened = Workspace::open(workspace->path());
        REQUIRE(opened);
        return std::move(opened).value();
    }
    QString userName(const QString& userId) const
    {
        return scalar(QStringLiteral("SELECT name FROM users WHERE id = ?"), {userId});
    }
    /// A New lead of the home distributor for the demo vendor's product, created now.
    QString newLead() const
    {
        const QString listing = listingWithDefaultForm();
        LeadDraft draft;
        draft.listingId = listing;
        draft.formId = LeadCatalog::listing(db, listing)->formId;
        draft.name = QStringLiteral("Two users, one lead");
        draft.sourceKey = QStringLiteral("call");
        draft.existingCompanyId = scalar(QStringLiteral("SELECT min(id) FROM companies"));
        draft.existingContactId = scalar(QStringLiteral(
            "SELECT min(id) FROM contacts WHERE company_id = (SELECT min(id) FROM companies)"));
        draft.sellingDirectionId = scalar(
            QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"), {mm});
        LeadValidation validation;
        auto created = LeadService::create(db, home, draft, &validation);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created);
        return created.value();
    }
    LeadCatalog::LeadEdit leadForEdit(const QString& leadId) const
    {
        auto edit = LeadCatalog::leadForEdit(db, home, leadId);
        REQUIRE(edit);
        return edit.value();
    }
    int events(const QString& objectId) const
    {
        return count(QStringLiteral("SELECT count(*) FROM events WHERE object_id = ?"), {objectId});
    }
};

/// The rows of the tables migration 15 changes, as text.
QString rowsOf(const Workspace& workspace)
{
    QString text;
    for (const QString& sql :
         {QStringLiteral("SELECT id, name, status, updated_by, updated_at FROM leads ORDER BY id"),
          QStringLiteral("SELECT id, status, status_note, updated_at FROM contracts ORDER BY id"),
          QStringLiteral("SELECT id, owner_account_id, partner_account_id, status FROM "
                         "partnerships ORDER BY id"),
          QStringLiteral("SELECT id, name, role, description FROM accounts ORDER BY id"),
          QStringLiteral("SELECT id, name, status, schema FROM lead_forms ORDER BY id"),
          QStringLiteral("SELECT id, status, contract_id FROM listings ORDER BY id")}) {
        QSqlQuery query(workspace.database());
        REQUIRE(query.exec(sql));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

/// The message must name who won and say that nothing was saved.
void checkConflict(const Error& error, const QString& winner)
{
    INFO(error.message.toStdString());
    CHECK(error.code == ErrorCode::Conflict);
    CHECK(error.message.contains(winner));
    CHECK(error.message.contains(QStringLiteral("meanwhile")));
    CHECK(error.message.contains(QStringLiteral("not saved")));
}

} // namespace

TEST_CASE("Two users on one lead: the vendor qualifies, the distributor's edit is refused",
          "[concurrency][leads]")
{
    TwoConnections f;
    const QString leadId = f.newLead();
    // Both read the lead at the same version.
    const LeadCatalog::LeadEdit distributorRead = f.leadForEdit(leadId);
    auto vendorRead = LeadDetails::load(f.otherDb, f.apexAdmin, leadId);
    REQUIRE(vendorRead);
    REQUIRE(vendorRead->rowVersion == distributorRead.rowVersion);

    REQUIRE(LeadService::qualify(f.otherDb, f.apexAdmin, leadId, vendorRead->rowVersion));
    const QString afterQualify = TestWorkspace::dump(*f.workspace);

    LeadDraft edited = distributorRead.draft;
    edited.name = QStringLiteral("Renamed too late");
    auto saved =
        LeadService::update(f.db, f.home, leadId, edited, nullptr, distributorRead.rowVersion);
    REQUIRE_FALSE(saved);
    checkConflict(saved.error(), f.userName(f.sarah));
    // The database is as the vendor left it; the distributor sees the new state when reloading.
    CHECK(TestWorkspace::dump(*f.workspace) == afterQualify);
    auto reloaded = LeadDetails::load(f.db, f.home, leadId);
    REQUIRE(reloaded);
    CHECK(reloaded->statusKey == QStringLiteral("qualified"));
    CHECK(reloaded->name == QStringLiteral("Two users, one lead"));
    CHECK(reloaded->rowVersion > distributorRead.rowVersion);
}

TEST_CASE("Two users on one lead: the first edit wins, the second is refused until reloaded",
          "[concurrency][leads]")
{
    TwoConnections f;
    const QString leadId = f.newLead();
    const LeadCatalog::LeadEdit first = f.leadForEdit(leadId);
    auto secondRead = LeadCatalog::leadForEdit(f.otherDb, f.home, leadId);
    REQUIRE(secondRead);

    LeadDraft winner = first.draft;
    winner.description = QStringLiteral("Call on Monday");
    REQUIRE(LeadService::update(f.db, f.home, leadId, winner, nullptr, first.rowVersion));
    const int eventsAfterWin = f.events(leadId);

    LeadDraft loser = secondRead->draft;
    loser.city = QStringLiteral("Springfield");
    auto lost =
        LeadService::update(f.otherDb, f.home, leadId, loser, nullptr, secondRead->rowVersion);
    REQUIRE_FALSE(lost);
    checkConflict(lost.error(), f.userName(f.home.userId));
    CHECK(f.scalar(QStringLiteral("SELECT description || '|' || city FROM leads WHERE id = ?"),
                   {leadId}) == QStringLiteral("Call on Monday|"));
    CHECK(f.events(leadId) == eventsAfterWin);

    // The same change made on what the workspace holds now goes through.
    auto current = LeadCatalog::leadForEdit(f.otherDb, f.home, leadId);
    REQUIRE(current);
    LeadDraft retried = current->draft;
    retried.city = QStringLiteral("Springfield");
    REQUIRE(LeadService::update(f.otherDb, f.home, leadId, retried, nullptr, current->rowVersion));
    CHECK(f.scalar(QStringLiteral("SELECT description || '|' || city FROM leads WHERE id = ?"),
                   {leadId}) == QStringLiteral("Call on Monday|Springfield"));
}

TEST_CASE("Two vendors' decisions on one lead: the second is refused, no second opportunity",
          "[concurrency][leads]")
{
    TwoConnections f;
    const QString leadId = f.newLead();
    auto read = LeadDetails::load(f.db, f.apexAdmin, leadId);
    REQUIRE(read);
    REQUIRE(LeadService::disqualify(f.otherDb, f.apexAdmin, leadId, QStringLiteral("No budget"),
                                    read->rowVersion));
    auto qualified = LeadService::qualify(f.db, f.apexAdmin, leadId, read->rowVersion);
    REQUIRE_FALSE(qualified);
    checkConflict(qualified.error(), f.userName(f.sarah));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM opportunities WHERE lead_id = ?"),
                  {leadId}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT status FROM leads WHERE id = ?"), {leadId}) ==
          QStringLiteral("disqualified"));
}

TEST_CASE("Two parties act on one contract: the first wins, the other hears who and when",
          "[concurrency][contracts]")
{
    TwoConnections f;
    const QString contractId = f.scalar(
        QStringLiteral("SELECT id FROM contracts WHERE type = 'program' AND issuer_account_id = ? "
                       "AND partner_account_id = ? AND status = 'active'"),
        {f.mm, f.apex});
    REQUIRE_FALSE(contractId.isEmpty());
    auto issuerRead = ContractDetails::load(f.db, f.home, contractId);
    auto partnerRead = ContractDetails::load(f.otherDb, f.apexAdmin, contractId);
    REQUIRE(issuerRead);
    REQUIRE(partnerRead);
    REQUIRE(issuerRead->rowVersion == partnerRead->rowVersion);

    REQUIRE(ContractService::perform(f.otherDb, f.apexAdmin, contractId, ContractAction::Terminate,
                                     QStringLiteral("Moving on"), partnerRead->rowVersion));
    const QString afterWinner = TestWorkspace::dump(*f.workspace);
    auto late = ContractService::perform(f.db, f.home, contractId, ContractAction::Terminate,
                                         QStringLiteral("Our reason"), issuerRead->rowVersion);
    REQUIRE_FALSE(late);
    checkConflict(late.error(), f.userName(f.sarah));
    CHECK(TestWorkspace::dump(*f.workspace) == afterWinner);
    auto reloaded = ContractDetails::load(f.db, f.home, contractId);
    REQUIRE(reloaded);
    CHECK(reloaded->statusKey == QStringLiteral("terminated"));
    CHECK(reloaded->statusNote == QStringLiteral("Moving on"));
}

TEST_CASE("A contract deleted meanwhile: the other party hears it was deleted, and by whom",
          "[concurrency][contracts]")
{
    TwoConnections f;
    // The referral contract with Bluebird is pending; the issuer deletes it while the partner,
    // who read it a moment before, signs.
    const QString contractId = f.scalar(
        QStringLiteral("SELECT id FROM contracts WHERE type = 'referral' AND issuer_account_id = ? "
                       "AND partner_account_id = ? AND status = 'pending'"),
        {f.mm, f.bluebird});
    REQUIRE_FALSE(contractId.isEmpty());
    ActingContext partnerAdmin = f.home;
    partnerAdmin.accountId = f.bluebird;
    partnerAdmin.accountRole = AccountRole::Reseller;
    auto partnerRead = ContractDetails::load(f.otherDb, partnerAdmin, contractId);
    REQUIRE(partnerRead);
    const ActingContext gazzo = DemoPartners::as(
        TestWorkspace::memberWithRole(*f.workspace, f.mm, QStringLiteral("crm_sales")),
        UserRole::CrmManager);
    auto deleted = ContractService::perform(f.db, gazzo, contractId, ContractAction::Delete, {},
                                            partnerRead->rowVersion);
    INFO((deleted ? QString() : deleted.error().message).toStdString());
    REQUIRE(deleted);
    auto signedLate = ContractService::perform(f.otherDb, partnerAdmin, contractId,
                                               ContractAction::Sign, {}, partnerRead->rowVersion);
    REQUIRE_FALSE(signedLate);
    checkConflict(signedLate.error(), f.userName(gazzo.userId));
    CHECK(signedLate.error().message.contains(QStringLiteral("deleted")));
    // Without a version read first, the old answer stays.
    CHECK(ContractService::perform(f.otherDb, partnerAdmin, contractId, ContractAction::Sign)
              .error()
              .code == ErrorCode::NotFound);
}

TEST_CASE("Two managers remove one partner: the second is refused and nothing runs twice",
          "[concurrency][partners]")
{
    TwoConnections f;
    const ActingContext gazzo = DemoPartners::as(
        TestWorkspace::memberWithRole(*f.workspace, f.mm, QStringLiteral("crm_sales")),
        UserRole::CrmManager);
    auto firstRead = PartnerDetails::load(f.db, f.home, f.apex);
    auto secondRead = PartnerDetails::load(f.otherDb, gazzo, f.apex);
    REQUIRE(firstRead);
    REQUIRE(secondRead);
    REQUIRE(firstRead->partnershipVersion == secondRead->partnershipVersion);

    REQUIRE(PartnerLifecycle::remove(f.otherDb, gazzo, f.apex, secondRead->partnershipVersion));
    const QString afterWinner = TestWorkspace::dump(*f.workspace);
    auto late = PartnerLifecycle::remove(f.db, f.home, f.apex, firstRead->partnershipVersion);
    REQUIRE_FALSE(late);
    checkConflict(late.error(), f.userName(gazzo.userId));
    CHECK(TestWorkspace::dump(*f.workspace) == afterWinner);

    // Restoring from the stale view is refused too; from the new one it works.
    CHECK(PartnerLifecycle::restore(f.db, f.home, f.apex, firstRead->partnershipVersion)
              .error()
              .code == ErrorCode::Conflict);
    auto now = PartnerDetails::load(f.db, f.home, f.apex);
    REQUIRE(now);
    CHECK(now->statusKey == QStringLiteral("removed"));
    REQUIRE(PartnerLifecycle::restore(f.db, f.home, f.apex, now->partnershipVersion));
}

TEST_CASE("Every change raises a row's version, whoever makes it", "[concurrency][workspace]")
{
    TwoConnections f;
    const QString leadId = f.newLead();
    const auto version = [&] {
        return f.scalar(QStringLiteral("SELECT version FROM leads WHERE id = ?"), {leadId})
            .toLongLong();
    };
    const qint64 created = version();
    CHECK(created == 1);
    // A write that knows nothing of versions (an import, psql) still makes a read stale.
    QSqlQuery query(f.otherDb);
    REQUIRE(query.prepare(QStringLiteral("UPDATE leads SET city = 'Elsewhere' WHERE id = ?")));
    query.addBindValue(leadId);
    REQUIRE(query.exec());
    CHECK(version() == created + 1);
    const LeadCatalog::LeadEdit read = f.leadForEdit(leadId);
    CHECK(read.rowVersion == created + 1);
    auto stale = LeadService::qualify(f.db, f.apexAdmin, leadId, created);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    REQUIRE(LeadService::qualify(f.db, f.apexAdmin, leadId, read.rowVersion));
    CHECK(version() > read.rowVersion);
}

TEST_CASE("A workspace of schema 14 gains row versions and keeps its data",
          "[concurrency][workspace]")
{
    TestWorkspace dir;
    const QString path = dir.path();
    QString before;
    {
        Workspace::Options options;
        options.mode = Workspace::Mode::CreateNew;
        options.targetVersion = 14;
        auto opened = Workspace::open(path, options);
        REQUIRE(opened);
        REQUIRE(DemoWorkspace::fill(opened.value()->database()));
        before = rowsOf(*opened.value());
    }
    auto upgraded = Workspace::open(path);
    REQUIRE(upgraded);
    const Workspace& workspace = *upgraded.value();
    CHECK(workspace.schemaVersion() == Migrations::latestVersion());
    for (const char* table :
         {"leads", "contracts", "partnerships", "accounts", "lead_forms", "listings"}) {
        INFO(table);
        // table is a literal of the test
        CHECK(TestWorkspace::count(workspace,
                                   QStringLiteral("SELECT count(*) FROM %1 WHERE version <> 1")
                                       .arg(QLatin1String(table))) == 0);
        CHECK(TestWorkspace::count(
                  workspace, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) >
              0);
    }
    // Every row is still there with the values it had.
    CHECK(rowsOf(workspace) == before);
}

TEST_CASE("Two connections issuing IDs at once never get the same one", "[concurrency][ids]")
{
    TestWorkspace dir;
    auto first = dir.createEmpty();
    const QString path = first->path();
    first.reset();
    constexpr int perConnection = 300;
    QStringList issued[2];
    QString failures[2];
    const auto issue = [&](int which) {
        auto opened = Workspace::open(path);
        if (!opened) {
            failures[which] = opened.error().message;
            return;
        }
        QSqlDatabase database = opened.value()->database();
        for (int i = 0; i < perConnection; ++i) {
            // The same seed on both sides for the i-th ID: both draw the same candidates, so
            // every ID is contested and only the issued_ids table keeps them apart.
            QRandomGenerator random(static_cast<quint32>(i));
            IdGenerator generator(database, &random);
            Transaction transaction(database);
            if (!transaction.isOpen()) {
                failures[which] = transaction.error().message;
                return;
            }
            auto id = generator.next(IdKind::Lead);
            if (!id) {
                failures[which] = id.error().message;
                return;
            }
            if (auto committed = transaction.commit(); !committed) {
                failures[which] = committed.error().message;
                return;
            }
            issued[which] << id.value();
        }
    };
    std::thread a(issue, 0);
    std::thread b(issue, 1);
    a.join();
    b.join();
    CHECK(failures[0].toStdString() == "");
    CHECK(failures[1].toStdString() == "");
    REQUIRE(issued[0].size() == perConnection);
    REQUIRE(issued[1].size() == perConnection);
    QSet<QString> all(issued[0].cbegin(), issued[0].cend());
    all.unite(QSet<QString>(issued[1].cbegin(), issued[1].cend()));
    CHECK(all.size() == 2 * perConnection);
    auto reopened = Workspace::open(path);
    REQUIRE(reopened);
    CHECK(TestWorkspace::count(*reopened.value(),
                               QStringLiteral("SELECT count(*) FROM issued_ids")) ==
          2 * perConnection);
}

TEST_CASE("What a user typed goes on top of a lead changed meanwhile, field by field",
          "[concurrency][leads]")
{
    LeadDraft read;
    read.name = QStringLiteral("Lead");
    read.city = QStringLiteral("Berlin");
    read.existingCompanyId = QStringLiteral("CO-111-111");
    read.existingContactId = QStringLiteral("CT-111-111");
    read.customValues = {{QStringLiteral("seats"), 5},
                         {QStringLiteral("plan"), QStringLiteral("a")}};
    LeadDraft mine = read;
    mine.name = QStringLiteral("My name");
    mine.newCompany = true;
    mine.existingCompanyId.clear();
    mine.companyName = QStringLiteral("New Co");
    mine.customValues.insert(QStringLiteral("seats"), 7);
    LeadDraft stored = read;
    stored.city = QStringLiteral("Paris");
    stored.existingCompanyId = QStringLiteral("CO-222-222");
    stored.existingContactId = QStringLiteral("CT-222-222");
    stored.customValues.insert(QStringLiteral("plan"), QStringLiteral("b"));

    const LeadDraft result = LeadDraftRebase::onto(read, mine, stored);
    CHECK(result.name == QStringLiteral("My name")); // mine
    CHECK(result.city == QStringLiteral("Paris"));   // theirs
    CHECK(result.newCompany);                        // my company, all of it
    CHECK(result.existingCompanyId.isEmpty());
    CHECK(result.companyName == QStringLiteral("New Co"));
    CHECK(result.existingContactId == QStringLiteral("CT-222-222")); // their contact
    CHECK(result.customValues.value(QStringLiteral("seats")).toInt() == 7);
    CHECK(result.customValues.value(QStringLiteral("plan")).toString() == QStringLiteral("b"));
}

TEST_CASE("Two admins edit one profile: the second save is refused, the first stays",
          "[concurrency][partners]")
{
    TwoConnections f;
    const ActingContext gazzo = DemoPartners::as(
        TestWorkspace::memberWithRole(*f.workspace, f.mm, QStringLiteral("crm_sales")),
        UserRole::CrmManager);
    auto first = AccountProfileService::load(f.db, f.home, f.mm);
    auto second = AccountProfileService::load(f.otherDb, gazzo, f.mm);
    REQUIRE(first);
    REQUIRE(second);
    AccountProfileDraft mine = first.value();
    mine.headquarters = QStringLiteral("Philadelphia");
    REQUIRE(AccountProfileService::save(f.db, f.home, f.mm, mine));
    AccountProfileDraft theirs = second.value();
    theirs.industry = QStringLiteral("Boxing gear");
    auto late = AccountProfileService::save(f.otherDb, gazzo, f.mm, theirs);
    REQUIRE_FALSE(late);
    checkConflict(late.error(), f.userName(f.home.userId));
    CHECK(f.scalar(QStringLiteral("SELECT headquarters || '|' || industry FROM accounts "
                                  "WHERE id = ?"),
                   {f.mm}) == QStringLiteral("Philadelphia|") + first->industry);
}

TEST_CASE("Two vendor users edit one lead form: the second save is refused",
          "[concurrency][leads][forms]")
{
    TwoConnections f;
    const QString formId =
        f.scalar(QStringLiteral("SELECT min(f.id) FROM lead_forms f JOIN lead_form_listings l "
                                "ON l.form_id = f.id WHERE f.vendor_account_id = ?"),
                 {f.apex});
    auto first = LeadFormService::load(f.db, f.apexAdmin, formId);
    auto second = LeadFormService::load(f.otherDb, f.apexAdmin, formId);
    REQUIRE(first);
    REQUIRE(second);
    LeadFormDraft renamed = first.value();
    renamed.name = QStringLiteral("Renamed first");
    auto saved = LeadFormService::save(f.db, f.apexAdmin, renamed);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    LeadFormDraft late = second.value();
    late.name = QStringLiteral("Renamed second");
    auto refused = LeadFormService::save(f.otherDb, f.apexAdmin, late);
    REQUIRE_FALSE(refused);
    checkConflict(refused.error(), f.userName(f.sarah));
    CHECK(f.scalar(QStringLiteral("SELECT name FROM lead_forms WHERE id = ?"), {formId}) ==
          QStringLiteral("Renamed first"));
}
