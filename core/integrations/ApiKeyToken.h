#pragma once

#include <QString>

/// The secret of an API key: "cdk_" and 32 random bytes from the system's secure generator in
/// base64url (43 characters), sent as `Authorization: Bearer cdk_…`. Only its SHA-256 is stored.
class ApiKeyToken {
public:
    static constexpr int randomBytes = 32;
    /// Characters a list shows of a token ("cdk_" and 8 more): enough to tell keys apart, far
    /// too few to guess the rest.
    static constexpr int shownLength = 12;

    static QString prefix() { return QStringLiteral("cdk_"); }
    static QString generate();
    /// Whether text has a token's form (prefix, then 43 base64url characters).
    static bool isWellFormed(const QString& text);
    /// The SHA-256 of the token's UTF-8, in lower-case hex (64 characters).
    static QString hashOf(const QString& token);
    /// What lists show of token.
    static QString shownPrefix(const QString& token) { return token.left(shownLength); }
};
