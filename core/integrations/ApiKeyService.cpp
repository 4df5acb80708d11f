#include "integrations/ApiKeyService.h"

#include "common/DisplayFormat.h"
#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "integrations/ApiKeyToken.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/postgres/PostgresSecurity.h"
#include "storage/postgres/ServerFunctions.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const QString selectKeys = QStringLiteral(
    "SELECT k.id, k.name, k.account_id, k.user_id, u.name, k.role, k.token_prefix, k.created_at, "
    "k.created_by, c.name, k.last_used_at, k.revoked_at, k.revoked_by FROM api_keys k "
    "LEFT JOIN users u ON u.id = k.user_id LEFT JOIN users c ON c.id = k.created_by ");

/// The same query for both engines where the login may read api_keys: the key of a token hash
/// that still works (PostgresSecurity::apiKeyIdentityQuery on a team server).
const QString selectIdentity = QStringLiteral(
    "SELECT k.id, k.name, k.account_id, a.name, a.role, k.user_id, u.name, k.role, "
    "k.last_used_at FROM api_keys k JOIN memberships m ON m.user_id = k.user_id "
    "AND m.account_id = k.account_id AND m.role = k.role JOIN accounts a ON a.id = k.account_id "
    "JOIN users u ON u.id = k.user_id WHERE k.token_hash = ? AND k.revoked_at IS NULL");

const QString updateLastUsed =
    QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE token_hash = ? "
                   "AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at <= ?)");

std::optional<qint64> optionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

ApiKey keyFromRow(const QSqlQuery& query)
{
    ApiKey key;
    key.id = query.value(0).toString();
    key.name = query.value(1).toString();
    key.accountId = query.value(2).toString();
    key.userId = query.value(3).toString();
    key.userName = query.value(4).isNull() ? key.userId : query.value(4).toString();
    key.role = userRoles.fromKey(query.value(5).toString()).value_or(UserRole::Viewer);
    key.tokenPrefix = query.value(6).toString();
    key.createdAt = query.value(7).toLongLong();
    key.createdBy = query.value(8).toString();
    key.createdByName = query.value(9).isNull() ? key.createdBy : query.value(9).toString();
    key.lastUsedAt = optionalTime(query.value(10));
    key.revokedAt = optionalTime(query.value(11));
    key.revokedBy = query.value(12).toString();
    return key;
}

/// The acting user must be crm_admin of the acting account now (not as the caller remembers).
Result<ActingContext> requireAdmin(const QSqlDatabase& database, const ActingContext& acting)
{
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!ApiKeyService::mayManage(member.value()))
        return Error{ErrorCode::PermissionDenied,
                     ApiKeyService::tr("Only a CRM admin of %1 may manage its API keys.")
                         .arg(member->accountName)};
    return member;
}

Result<ApiKey> readKey(const QSqlDatabase& database, const ActingContext& acting,
                       const QString& keyId)
{
    auto query = SqlError::select(
        database, selectKeys + QStringLiteral("WHERE k.id = ? AND k.account_id = ?"),
        {keyId, acting.accountId});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return Error{ErrorCode::NotFound,
                     ApiKeyService::tr("%1 has no API key %2.").arg(acting.accountName, keyId)};
    }
    return keyFromRow(query.value());
}

Error unauthenticated()
{
    return {ErrorCode::PermissionDenied,
            ApiKeyService::tr("The API key is not valid: it is unknown or was revoked, or its "
                              "user no longer has its role in its account.")};
}

/// Records that the key of tokenHash was used at now, unless that was done within the last
/// lastUsedResolutionMs (by this or another process).
Result<void> recordUse(const QSqlDatabase& database, const QString& tokenHash, qint64 now,
                       bool throughFunction)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery query(database);
    const auto done =
        throughFunction
            ? SqlError::exec(query, PostgresSecurity::apiKeyUsedQuery(), {tokenHash, now})
            : SqlError::exec(query, updateLastUsed,
                             {now, tokenHash, now - ApiKeyService::lastUsedResolutionMs});
    if (!done)
        return done;
    query.finish();
    return transaction.commit();
}

} // namespace

QString ApiKeyService::nameProblem(const QString& name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return tr("Give the key a name that says what it is for, such as the website that "
                  "sends the leads.");
    if (cleaned.size() > maxNameLength)
        return tr("A key's name has at most %1 characters; this one has %2.")
            .arg(maxNameLength)
            .arg(cleaned.size());
    return {};
}

Result<NewApiKey> ApiKeyService::create(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{ErrorCode::Invalid, problem};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto admin = requireAdmin(database, acting);
    if (!admin)
        return admin.error();
    IdGenerator ids(database);
    auto id = ids.next(IdKind::ApiKey);
    if (!id)
        return id.error();
    NewApiKey created;
    created.token = ApiKeyToken::generate();
    ApiKey& key = created.key;
    key.id = id.value();
    key.name = name.simplified();
    key.accountId = admin->accountId;
    key.userId = admin->userId;
    key.userName = admin->userName;
    key.role = admin->userRole;
    key.tokenPrefix = ApiKeyToken::shownPrefix(created.token);
    key.createdAt = QDateTime::currentMSecsSinceEpoch();
    key.createdBy = admin->userId;
    key.createdByName = admin->userName;
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral(
                "INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, "
                "token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {key.id, key.accountId, key.userId, userRoles.key(key.role), key.name, key.tokenPrefix,
             ApiKeyToken::hashOf(created.token), key.createdAt, key.createdBy});
        !done)
        return done.error();
    if (auto logged =
            EventLog::record(database, {key.createdAt,
                                        key.createdBy,
                                        key.accountId,
                                        QStringLiteral("api_key"),
                                        key.id,
                                        QStringLiteral("created"),
                                        {{QStringLiteral("name"), key.name},
                                         {QStringLiteral("user_id"), key.userId},
                                         {QStringLiteral("role"), userRoles.key(key.role)},
                                         {QStringLiteral("token_prefix"), key.tokenPrefix}}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<QList<ApiKey>> ApiKeyService::list(const QSqlDatabase& database, const ActingContext& acting)
{
    auto admin = requireAdmin(database, acting);
    if (!admin)
        return admin.error();
    auto query = SqlError::select(
        database,
        selectKeys + QStringLiteral("WHERE k.account_id = ? ORDER BY k.created_at DESC, k.id DESC"),
        {admin->accountId});
    if (!query)
        return query.error();
    QList<ApiKey> keys;
    while (query->next())
        keys << keyFromRow(query.value());
    if (auto read = SqlError::readToEnd(query.value()); !read)
        return read.error();
    return keys;
}

Result<ApiKey> ApiKeyService::revoke(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& keyId)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto admin = requireAdmin(database, acting);
    if (!admin)
        return admin.error();
    auto key = readKey(database, admin.value(), keyId.trimmed());
    if (!key)
        return key.error();
    if (key->isRevoked())
        return Error{ErrorCode::Invalid,
                     tr("API key %1 (\u201c%2\u201d) was already revoked on %3.")
                         .arg(key->id, key->name, DisplayFormat::dateTime(*key->revokedAt))};
    const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), key->createdAt);
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("UPDATE api_keys SET revoked_at = ?, "
                                                  "revoked_by = ? WHERE id = ? "
                                                  "AND revoked_at IS NULL"),
                                   {now, admin->userId, key->id});
        !done)
        return done.error();
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     tr("API key %1 was revoked meanwhile by someone else.").arg(key->id)};
    if (auto logged = EventLog::record(database, {now,
                                                  admin->userId,
                                                  admin->accountId,
                                                  QStringLiteral("api_key"),
                                                  key->id,
                                                  QStringLiteral("revoked"),
                                                  {{QStringLiteral("name"), key->name}}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    key->revokedAt = now;
    key->revokedBy = admin->userId;
    return key;
}

Result<ApiKeyIdentity> ApiKeyService::authenticate(const QSqlDatabase& database,
                                                   const QString& token, qint64 now)
{
    if (!ApiKeyToken::isWellFormed(token))
        return Error{ErrorCode::PermissionDenied,
                     tr("This is not a ChannelDesk API key: a key is \u201c%1\u201d followed by "
                        "43 letters, digits, \u201c-\u201d or \u201c_\u201d.")
                         .arg(ApiKeyToken::prefix())};
    const QString hash = ApiKeyToken::hashOf(token);
    const bool throughFunctions = ServerFunctions::has(database, ServerFunctions::apiKeyIdentity());
    auto query = SqlError::select(
        database, throughFunctions ? PostgresSecurity::apiKeyIdentityQuery() : selectIdentity,
        {hash});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return unauthenticated();
    }
    ApiKeyIdentity identity;
    identity.keyId = query->value(0).toString();
    identity.keyName = query->value(1).toString();
    identity.acting.accountId = query->value(2).toString();
    identity.acting.accountName = query->value(3).toString();
    identity.acting.accountRole =
        accountRoles.fromKey(query->value(4).toString()).value_or(AccountRole::Vendor);
    identity.acting.userId = query->value(5).toString();
    identity.acting.userName = query->value(6).toString();
    identity.acting.userRole =
        userRoles.fromKey(query->value(7).toString()).value_or(UserRole::Viewer);
    const std::optional<qint64> lastUsed = optionalTime(query->value(8));
    query->finish();
    if (!lastUsed || now - *lastUsed >= lastUsedResolutionMs)
        if (auto recorded = recordUse(database, hash, now, throughFunctions); !recorded)
            return recorded.error();
    return identity;
}
