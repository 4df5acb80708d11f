#pragma once

#include "common/Result.h"
#include "integrations/ApiKey.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// API keys of the REST service (issue 14): a crm_admin of an account creates, lists and revokes
/// them; the service authenticates each request's token. Each key acts for the account as the
/// user who created it, with that user's role at creation. The token is returned once by
/// create() and never stored: only its SHA-256 hash, unique in the workspace. Every write is one
/// transaction with its event ("api_key": "created", "revoked"); the database enforces the same
/// rules (migration 16 triggers; on a team server, row-level security: only the account's
/// crm_admins see and change its keys).
class ApiKeyService {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyService)

public:
    static constexpr int maxNameLength = 100;
    /// last_used_at is written at most this often per key (milliseconds).
    static constexpr qint64 lastUsedResolutionMs = 60'000;

    /// Whether acting's role lets it manage its account's keys (crm_admin); the write functions
    /// check it again against the database.
    static bool mayManage(const ActingContext& acting)
    {
        return acting.userRole == UserRole::CrmAdmin;
    }
    /// A translated reason why name cannot name a key (empty, too long), or an empty string.
    static QString nameProblem(const QString& name);

    /// A new key named name for acting's account, acting as acting's user with its role there.
    static Result<NewApiKey> create(const QSqlDatabase& database, const ActingContext& acting,
                                    const QString& name);
    /// The keys of acting's account, newest first, revoked ones too.
    static Result<QList<ApiKey>> list(const QSqlDatabase& database, const ActingContext& acting);
    /// Revokes keyId of acting's account at once; Invalid ("already revoked on …") for a revoked
    /// key, NotFound for a key of another account or none.
    static Result<ApiKey> revoke(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& keyId);
    /// Who token acts as, at now (milliseconds since the epoch). PermissionDenied (the REST
    /// service's 401: authenticate raises it for nothing else; other codes are the storage's),
    /// with one message whatever the cause, for an unknown or revoked key or one whose user no
    /// longer holds its role in its account; with another for text that is not a token. Records
    /// the use (last_used_at) when the last one is lastUsedResolutionMs old or more. Works for
    /// any login of a team server (the key is found by channeldesk_api_key_identity).
    static Result<ApiKeyIdentity> authenticate(const QSqlDatabase& database, const QString& token,
                                               qint64 now);
};
