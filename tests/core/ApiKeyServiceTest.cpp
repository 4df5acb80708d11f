// API keys of the REST service (issue 14): created, listed and revoked by a crm_admin; a token
// authenticates as its key's user in its account. Engine-neutral cases also run on PostgreSQL
// (CHANNELDESK_TEST_ENGINE=postgres); the [postgres] case checks row-level security with real
// logins (scripts/with-postgres).
#include "TeamDatabase.h"
#include "TestWorkspace.h"

#include "accounts/AccountUsers.h"
#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "integrations/ApiIdempotency.h"
#include "integrations/ApiKeyService.h"
#include "integrations/ApiKeyToken.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace {

struct KeysFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    NewApiKey create(const QString& name, const ActingContext& acting) const
    {
        auto created = ApiKeyService::create(db, acting, name);
        INFO((created ? QString() : created.error().message).toStdString());
        REQUIRE(created);
        return created.value();
    }
    NewApiKey create(const QString& name = QStringLiteral("Website form")) const
    {
        return create(name, admin);
    }
    /// A new crm_admin of the home account, added by its admin.
    ActingContext secondAdmin() const
    {
        auto added = AccountUsers::addNewUser(db, admin,
                                              {QStringLiteral("Ada Second"),
                                               QStringLiteral("ada.second@mightymicks.example"),
                                               UserRole::CrmAdmin});
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added);
        return TestWorkspace::acting(*workspace, added.value(), admin.accountId);
    }
};

qint64 minutes(int count)
{
    return qint64(count) * 60'000;
}

} // namespace

TEST_CASE("A token is cdk_ and 32 random bytes in base64url, and only its SHA-256 is kept",
          "[integrations][api-keys]")
{
    const QString token = ApiKeyToken::generate();
    CHECK(token.startsWith(QStringLiteral("cdk_")));
    CHECK(token.size() == 4 + 43);
    CHECK(ApiKeyToken::isWellFormed(token));
    CHECK(ApiKeyToken::generate() != token);
    CHECK(ApiKeyToken::hashOf(token) ==
          QString::fromLatin1(
              QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));
    CHECK(ApiKeyToken::shownPrefix(token) == token.left(12));
    for (const QString& bad :
         {QString(), QStringLiteral("cdk_"), token.chopped(1), token + QLatin1Char('x'),
          QStringLiteral("Bearer ") + token, QStringLiteral("CDK_") + token.mid(4),
          token.left(20) + QLatin1Char('+') + token.mid(21), token + QLatin1Char('\n')}) {
        INFO(bad.toStdString());
        CHECK_FALSE(ApiKeyToken::isWellFormed(bad));
    }
}

TEST_CASE("A CRM admin creates an API key: the token once, its hash stored, the event logged",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
    const NewApiKey created = f.create(QStringLiteral("  Website \n form  "));
    const ApiKey& key = created.key;
    CHECK(IdFormat::of(IdKind::ApiKey).matches(key.id));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM issued_ids WHERE id = ?"), {key.id}) == 1);
    CHECK(key.name == QStringLiteral("Website form"));
    CHECK(key.accountId == f.admin.accountId);
    CHECK(key.userId == f.admin.userId);
    CHECK(key.role == UserRole::CrmAdmin);
    CHECK(key.createdBy == f.admin.userId);
    CHECK(key.tokenPrefix == created.token.left(12));
    CHECK_FALSE(key.lastUsedAt);
    CHECK_FALSE(key.isRevoked());
    CHECK(ApiKeyToken::isWellFormed(created.token));

    CHECK(f.scalar(QStringLiteral("SELECT token_hash FROM api_keys WHERE id = ?"), {key.id}) ==
          ApiKeyToken::hashOf(created.token));
    CHECK(f.scalar(QStringLiteral("SELECT role FROM api_keys WHERE id = ?"), {key.id}) ==
          QStringLiteral("crm_admin"));
    // The token is nowhere in the workspace, not even in the history.
    CHECK_FALSE(TestWorkspace::dump(*f.workspace).contains(created.token.mid(4)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events + 1);
    const QString changes = f.scalar(
        QStringLiteral("SELECT changes FROM events WHERE object_type = 'api_key' AND "
                       "object_id = ? AND action = 'created' AND user_id = ? AND account_id = ?"),
        {key.id, f.admin.userId, f.admin.accountId});
    CHECK(changes.contains(QStringLiteral("Website form")));
    CHECK_FALSE(changes.contains(ApiKeyToken::hashOf(created.token)));

    auto listed = ApiKeyService::list(f.db, f.admin);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == key.id);
    CHECK(listed->first().name == key.name);
    CHECK(listed->first().tokenPrefix == key.tokenPrefix);
    CHECK(listed->first().userName == f.admin.userName);
    CHECK(listed->first().createdAt == key.createdAt);

    SECTION("each key has its own token; the list is newest first")
    {
        const NewApiKey second = f.create(QStringLiteral("Mail gateway"));
        CHECK(second.token != created.token);
        CHECK(second.key.id != key.id);
        auto both = ApiKeyService::list(f.db, f.admin);
        REQUIRE(both);
        REQUIRE(both->size() == 2);
        CHECK(both->at(0).createdAt >= both->at(1).createdAt);
        CHECK(f.count(QStringLiteral("SELECT count(DISTINCT token_hash) FROM api_keys")) == 2);
    }
}

TEST_CASE("Only a CRM admin of the account manages its API keys, and a key needs a bounded name",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    const ActingContext sales =
        TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, QStringLiteral("crm_sales"));
    auto refused = ApiKeyService::create(f.db, sales, QStringLiteral("Mine"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(f.admin.accountName));
    auto notListed = ApiKeyService::list(f.db, sales);
    REQUIRE_FALSE(notListed);
    CHECK(notListed.error().code == ErrorCode::PermissionDenied);
    // A context that only claims to be an admin: the membership decides.
    ActingContext claimed = sales;
    claimed.userRole = UserRole::CrmAdmin;
    CHECK(ApiKeyService::create(f.db, claimed, QStringLiteral("Mine")).error().code ==
          ErrorCode::PermissionDenied);
    // Not a member at all.
    ActingContext stranger = f.admin;
    stranger.accountId = id(DemoWorkspace::demoVendorId);
    CHECK(ApiKeyService::create(f.db, stranger, QStringLiteral("Mine")).error().code ==
          ErrorCode::PermissionDenied);

    for (const QString& name :
         {QString(), QStringLiteral("  \n "), QString(101, QLatin1Char('n'))}) {
        auto invalid = ApiKeyService::create(f.db, f.admin, name);
        REQUIRE_FALSE(invalid);
        CHECK(invalid.error().code == ErrorCode::Invalid);
        CHECK(invalid.error().message == ApiKeyService::nameProblem(name));
    }
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    CHECK(ApiKeyService::nameProblem(QString(100, QLatin1Char('n'))).isEmpty());
    const NewApiKey longest = f.create(QString(100, QLatin1Char('n')));
    CHECK(longest.key.name.size() == 100);

    // Revoking needs a crm_admin too; the key stays as it was.
    auto notRevoked = ApiKeyService::revoke(f.db, sales, longest.key.id);
    REQUIRE_FALSE(notRevoked);
    CHECK(notRevoked.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL")) == 1);
}

TEST_CASE("A token authenticates as its key's user in its account, and last use is kept to the "
          "minute",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const NewApiKey created = f.create();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + minutes(1);
    auto identity = ApiKeyService::authenticate(f.db, created.token, now);
    INFO((identity ? QString() : identity.error().message).toStdString());
    REQUIRE(identity);
    CHECK(identity->keyId == created.key.id);
    CHECK(identity->keyName == created.key.name);
    CHECK(identity->acting == f.admin);
    const auto lastUsed = [&f, &created] {
        return f
            .scalar(QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = ?"),
                    {created.key.id})
            .toLongLong();
    };
    CHECK(lastUsed() == now);
    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));

    // Within a minute the use is not written again; a minute later it is.
    REQUIRE(ApiKeyService::authenticate(f.db, created.token, now + minutes(1) - 1));
    CHECK(lastUsed() == now);
    REQUIRE(ApiKeyService::authenticate(f.db, created.token, now + minutes(1)));
    CHECK(lastUsed() == now + minutes(1));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events);
    auto listed = ApiKeyService::list(f.db, f.admin);
    REQUIRE(listed);
    CHECK(listed->first().lastUsedAt == now + minutes(1));
}

TEST_CASE("Unknown, revoked and malformed tokens and keys of removed members are refused",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const NewApiKey created = f.create();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto unknown = ApiKeyService::authenticate(f.db, ApiKeyToken::generate(), now);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::PermissionDenied);
    // A token that shares the shown prefix of a real one gets the same answer: nothing tells
    // whether a prefix exists.
    QString samePrefix = created.token;
    samePrefix[20] = samePrefix[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto near = ApiKeyService::authenticate(f.db, samePrefix, now);
    REQUIRE_FALSE(near);
    CHECK(near.error().code == ErrorCode::PermissionDenied);
    CHECK(near.error().message == unknown.error().message);

    for (const QString& malformed : {QString(), QStringLiteral("Bearer ") + created.token,
                                     created.token.left(20), QStringLiteral("' OR 1=1 --")}) {
        auto refused = ApiKeyService::authenticate(f.db, malformed, now);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().message.contains(QStringLiteral("cdk_")));
    }
    CHECK(f.scalar(QStringLiteral("SELECT coalesce(last_used_at, 0) FROM api_keys")) ==
          QStringLiteral("0"));

    SECTION("a revoked key stops at once; revoking again says when it was revoked")
    {
        const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
        auto revoked = ApiKeyService::revoke(f.db, f.admin, created.key.id);
        INFO((revoked ? QString() : revoked.error().message).toStdString());
        REQUIRE(revoked);
        CHECK(revoked->isRevoked());
        CHECK(revoked->revokedBy == f.admin.userId);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM events WHERE object_id = ? "
                                     "AND action = 'revoked'"),
                      {created.key.id}) == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events + 1);
        auto refused = ApiKeyService::authenticate(f.db, created.token, now);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().message == unknown.error().message);

        const QString before = TestWorkspace::dump(*f.workspace);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto again = ApiKeyService::revoke(f.db, f.admin, created.key.id);
            REQUIRE_FALSE(again);
            CHECK(again.error().code == ErrorCode::Invalid);
            CHECK(again.error().message.contains(QStringLiteral("already revoked")));
            CHECK(again.error().message.contains(created.key.id));
        }
        CHECK(TestWorkspace::dump(*f.workspace) == before);
        auto listed = ApiKeyService::list(f.db, f.admin);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().isRevoked());
    }
    SECTION("a key whose user left the account or changed role stops working")
    {
        const ActingContext ada = f.secondAdmin();
        const NewApiKey adas = f.create(QStringLiteral("Ada's form"), ada);
        REQUIRE(ApiKeyService::authenticate(f.db, adas.token, now));
        REQUIRE(AccountUsers::changeRole(f.db, f.admin, ada.userId, UserRole::CrmManager));
        auto demoted = ApiKeyService::authenticate(f.db, adas.token, now);
        REQUIRE_FALSE(demoted);
        CHECK(demoted.error().message == unknown.error().message);
        REQUIRE(AccountUsers::changeRole(f.db, f.admin, ada.userId, UserRole::CrmAdmin));
        REQUIRE(ApiKeyService::authenticate(f.db, adas.token, now));
        REQUIRE(AccountUsers::removeMember(f.db, f.admin, ada.userId));
        auto removed = ApiKeyService::authenticate(f.db, adas.token, now);
        REQUIRE_FALSE(removed);
        CHECK(removed.error().code == ErrorCode::PermissionDenied);
        // The account's admin still sees and revokes the key.
        auto revoked = ApiKeyService::revoke(f.db, f.admin, adas.key.id);
        INFO((revoked ? QString() : revoked.error().message).toStdString());
        CHECK(revoked);
    }
}

TEST_CASE("A key of another account is not found, and the database keeps a key's rules",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const NewApiKey created = f.create();
    const ActingContext vendorAdmin = TestWorkspace::acting(
        *f.workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    auto other = ApiKeyService::list(f.db, vendorAdmin);
    REQUIRE(other);
    CHECK(other->isEmpty());
    auto notFound = ApiKeyService::revoke(f.db, vendorAdmin, created.key.id);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == ErrorCode::NotFound);
    CHECK(ApiKeyService::revoke(f.db, f.admin, QStringLiteral("KEY-000-000-000")).error().code ==
          ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL")) == 1);

    const auto refusal = [&f](const QString& sql, const QVariantList& values) {
        QSqlQuery query(f.db);
        auto done = SqlError::exec(query, sql, values);
        return done ? QString() : done.error().message;
    };
    const QString insert =
        QStringLiteral("INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, "
                       "token_hash, created_at, created_by) VALUES (?, ?, ?, ?, 'x', 'cdk_x', ?, "
                       "1, ?)");
    const QString hash = ApiKeyToken::hashOf(ApiKeyToken::generate());
    // A role the user does not hold; a creator who is no admin of the account.
    CHECK(refusal(insert, {QStringLiteral("KEY-1"), f.admin.accountId, f.admin.userId,
                           QStringLiteral("viewer"), hash, f.admin.userId})
              .contains(QStringLiteral("with the role the user holds there")));
    CHECK(refusal(insert, {QStringLiteral("KEY-1"), f.admin.accountId, f.admin.userId,
                           QStringLiteral("crm_admin"), hash, vendorAdmin.userId})
              .contains(QStringLiteral("Only a CRM admin of the account")));
    // The same token hash twice.
    CHECK_FALSE(refusal(insert, {QStringLiteral("KEY-1"), f.admin.accountId, f.admin.userId,
                                 QStringLiteral("crm_admin"), ApiKeyToken::hashOf(created.token),
                                 f.admin.userId})
                    .isEmpty());
    // A key keeps its user, role and token; a revoked key stays revoked.
    CHECK(refusal(QStringLiteral("UPDATE api_keys SET role = 'viewer' WHERE id = ?"),
                  {created.key.id})
              .contains(QStringLiteral("a revoked key stays revoked")));
    CHECK(refusal(QStringLiteral("UPDATE api_keys SET token_hash = ? WHERE id = ?"),
                  {hash, created.key.id})
              .contains(QStringLiteral("a revoked key stays revoked")));
    CHECK(refusal(QStringLiteral("UPDATE api_keys SET revoked_at = 1, revoked_by = ? WHERE id = ?"),
                  {vendorAdmin.userId, created.key.id})
              .contains(QStringLiteral("Only a CRM admin of the account")));
    REQUIRE(ApiKeyService::revoke(f.db, f.admin, created.key.id));
    CHECK(refusal(QStringLiteral("UPDATE api_keys SET revoked_at = NULL, revoked_by = NULL "
                                 "WHERE id = ?"),
                  {created.key.id})
              .contains(QStringLiteral("a revoked key stays revoked")));
}

TEST_CASE("The REST service's idempotency records: one answer per key and Idempotency-Key",
          "[integrations][api-keys]")
{
    KeysFixture f;
    const NewApiKey created = f.create();
    const QString request = ApiIdempotency::requestHash("POST", "/api/v1/leads", "{\"name\":1}");
    CHECK(request.size() == 64);
    CHECK(request != ApiIdempotency::requestHash("POST", "/api/v1/leads", "{\"name\":2}"));
    CHECK(ApiIdempotency::requestHash("POST", "/a", "b") !=
          ApiIdempotency::requestHash("POST", "/ab", ""));
    CHECK(ApiIdempotency::keyProblem(QStringLiteral("retry-7f3a")).isEmpty());
    for (const QString& bad : {QString(), QStringLiteral("with space"),
                               QString(256, QLatin1Char('k')), QStringLiteral("caf\u00e9")})
        CHECK_FALSE(ApiIdempotency::keyProblem(bad).isEmpty());

    auto none = ApiIdempotency::find(f.db, created.key.id, QStringLiteral("retry-1"));
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    const QString lead =
        f.scalar(QStringLiteral("SELECT id FROM leads WHERE distributor_account_id "
                                "= ? ORDER BY id LIMIT 1"),
                 {f.admin.accountId});
    IdempotentAnswer answer{request, lead, 201, QByteArray("{\"id\":\"") + lead.toUtf8() + "\"}",
                            12345};
    REQUIRE(ApiIdempotency::record(f.db, created.key.id, QStringLiteral("retry-1"), answer));
    auto found = ApiIdempotency::find(f.db, created.key.id, QStringLiteral("retry-1"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(found.value()->requestHash == request);
    CHECK(found.value()->leadId == lead);
    CHECK(found.value()->status == 201);
    CHECK(found.value()->response == answer.response);
    CHECK(found.value()->createdAt == 12345);
    auto twice = ApiIdempotency::record(f.db, created.key.id, QStringLiteral("retry-1"), answer);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::AlreadyExists);
    // An answer without a lead (a refused request) is kept too; other keys have their own.
    IdempotentAnswer refused{request, QString(), 422, "{}", 12346};
    REQUIRE(ApiIdempotency::record(f.db, created.key.id, QStringLiteral("retry-2"), refused));
    const NewApiKey second = f.create(QStringLiteral("Second"));
    REQUIRE(ApiIdempotency::record(f.db, second.key.id, QStringLiteral("retry-1"), refused));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM api_idempotency WHERE lead_id IS NULL")) ==
          2);
}

TEST_CASE("On a team server only the account's CRM admins see and revoke its keys, and any "
          "login authenticates a token",
          "[postgres][rls][api-keys]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN("CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres "
             "build/tests/core_tests \"[api-keys]\"");
        return;
    }
    TeamDatabase team;
    team.init(true);
    auto admin = team.open();
    const QString home = id(DemoWorkspace::homeDistributorId);
    auto michael = team.open(QStringLiteral("michael.goldmill@mightymicks.example"));
    const ActingContext michaelActing =
        TestWorkspace::acting(*michael, id(DemoWorkspace::homeUserId), home);
    auto created =
        ApiKeyService::create(michael->database(), michaelActing, QStringLiteral("Website form"));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    const QString token = created->token;
    const QString keyId = created->key.id;
    auto mine = ApiKeyService::list(michael->database(), michaelActing);
    REQUIRE(mine);
    CHECK(mine->size() == 1);

    // Another company's admin: sees none of our keys and cannot revoke them, even in raw SQL.
    auto sarah = team.open(QStringLiteral("sarah.chen@apexcloud.example"));
    const ActingContext sarahActing = TestWorkspace::acting(
        *sarah, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    CHECK(TestWorkspace::count(*sarah, QStringLiteral("SELECT count(*) FROM api_keys")) == 0);
    auto theirs = ApiKeyService::list(sarah->database(), sarahActing);
    REQUIRE(theirs);
    CHECK(theirs->isEmpty());
    CHECK(ApiKeyService::revoke(sarah->database(), sarahActing, keyId).error().code ==
          ErrorCode::NotFound);
    QSqlQuery raw(sarah->database());
    REQUIRE(raw.exec(QStringLiteral("UPDATE api_keys SET revoked_at = 1, revoked_by = "
                                    "'UR-400-500-600' WHERE id = '%1'")
                         .arg(keyId)));
    CHECK(raw.numRowsAffected() == 0);
    raw.finish();
    CHECK(TestWorkspace::count(*sarah, QStringLiteral("SELECT count(*) FROM api_idempotency")) ==
          0);
    // A token works whichever login the service connected as (the definer function).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto identity = ApiKeyService::authenticate(sarah->database(), token, now);
    INFO((identity ? QString() : identity.error().message).toStdString());
    REQUIRE(identity);
    CHECK(identity->keyId == keyId);
    CHECK(identity->acting == michaelActing);
    CHECK(TestWorkspace::scalar(*admin,
                                QStringLiteral("SELECT last_used_at FROM api_keys WHERE id = ?"),
                                {keyId}) == QString::number(now));
    CHECK(
        ApiKeyService::authenticate(sarah->database(), ApiKeyToken::generate(), now).error().code ==
        ErrorCode::PermissionDenied);

    // A colleague who is not a crm_admin sees no keys and creates none.
    const QString tonyEmail = QStringLiteral("tony.gazzo@mightymicks.example");
    auto tony = team.open(tonyEmail);
    CHECK(TestWorkspace::count(*tony, QStringLiteral("SELECT count(*) FROM api_keys")) == 0);
    const ActingContext tonyActing = TestWorkspace::acting(
        *tony,
        TestWorkspace::scalar(*admin, QStringLiteral("SELECT id FROM users WHERE email = ?"),
                              {tonyEmail}),
        home);
    REQUIRE(tonyActing.userRole != UserRole::CrmAdmin);
    CHECK(
        ApiKeyService::create(tony->database(), tonyActing, QStringLiteral("Mine")).error().code ==
        ErrorCode::PermissionDenied);

    // Revoked by our admin: the function no longer finds it, for any login.
    REQUIRE(ApiKeyService::revoke(michael->database(), michaelActing, keyId));
    CHECK(ApiKeyService::authenticate(sarah->database(), token, now).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(ApiKeyService::authenticate(michael->database(), token, now).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(TestWorkspace::count(
              *sarah, QStringLiteral("SELECT count(*) FROM channeldesk_api_key_identity(?)"),
              {ApiKeyToken::hashOf(token)}) == 0);
}
