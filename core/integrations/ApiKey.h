#pragma once

#include "accounts/UserRole.h"
#include "session/ActingContext.h"

#include <QString>

#include <optional>

/// An API key as listed (never its token nor the token's hash): it acts for one account as one
/// of its users, with the role that user held there when the key was created (issue 14).
struct ApiKey {
    QString id; ///< KEY-ddd-ddd-ddd
    QString name;
    QString accountId;
    QString userId;
    QString userName;
    UserRole role = UserRole::Viewer;
    /// The token's first characters ("cdk_" and a few more), so people recognise a key.
    QString tokenPrefix;
    qint64 createdAt = 0; ///< milliseconds since the epoch, UTC
    QString createdBy;    ///< user ID
    QString createdByName;
    std::optional<qint64> lastUsedAt;
    std::optional<qint64> revokedAt;
    QString revokedBy; ///< user ID; empty while the key works

    bool isRevoked() const { return revokedAt.has_value(); }
};

/// A new key: its record and its token, which exists only here: it is shown once and only its
/// SHA-256 hash is stored.
struct NewApiKey {
    ApiKey key;
    QString token;
};

/// Who a request sent with a key's token acts as: the key and the acting context of its user
/// in its account, with the key's role.
struct ApiKeyIdentity {
    QString keyId;
    QString keyName;
    ActingContext acting;
};
