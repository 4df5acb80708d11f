#pragma once

#include <QSqlDatabase>
#include <QString>

/// Whether a team server has one of the functions `server init` sets up (a PostgreSQL workspace
/// without it is used as its owner, through the tables). Hot paths ask on every request, so a
/// function found is remembered for that connection and server database: `server init` only
/// ever adds them. One that is missing is asked again next time.
class ServerFunctions {
public:
    /// signature as to_regprocedure reads it, e.g. "channeldesk_web_form(text, text)". False
    /// on SQLite and when the server cannot say.
    static bool has(const QSqlDatabase& database, const QString& signature);

    static QString userWithEmail() { return QStringLiteral("channeldesk_user_with_email(text)"); }
    static QString apiKeyIdentity() { return QStringLiteral("channeldesk_api_key_identity(text)"); }
    static QString webForm() { return QStringLiteral("channeldesk_web_form(text, text)"); }
};
