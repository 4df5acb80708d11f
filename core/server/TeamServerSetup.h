#pragma once

#include "accounts/UserRole.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/// A user that `server add-user` (or a crm_admin in the app) adds to a team workspace, with the
/// password of their PostgreSQL login (the e-mail address in lower case).
struct ServerUser {
    QString email;
    QString name;
    QString accountId;
    UserRole role = UserRole::CrmSales;
    QString password;
    /// Who adds them: empty for the server's administrator; in the app, the acting user, who
    /// must be crm_admin of accountId (as in AccountUsers).
    QString actingUserId;
};

/// Setting up a team workspace on a PostgreSQL server (`channeldesk server init` and
/// `server add-user`): the schema, the roles and row-level security policies of
/// PostgresSecurity, and one login per user. Run by the server's administrator: a superuser, or
/// a role with CREATEROLE that owns (or may create tables in) the database.
class TeamServerSetup {
    Q_DECLARE_TR_FUNCTIONS(TeamServerSetup)

public:
    /// The password of every demo login unless --demo-password gives another.
    static QString defaultDemoPassword() { return QStringLiteral("channeldesk-demo"); }

    struct InitOptions {
        bool demo = false;
        QString demoPassword = defaultDemoPassword();
    };
    struct InitReport {
        QString shownUrl; ///< the server URL without its password
        int logins = 0;   ///< demo logins created or updated
    };

    /// Creates the team workspace in the empty database url names: the schema, the policies and
    /// the channeldesk_user role; with options.demo also the demo workspace and a login per demo
    /// user. A database that is not empty is refused and left untouched.
    static Result<InitReport> init(const QString& url, const InitOptions& options);
    /// The roles, functions, grants and policies (PostgresSecurity) in one transaction, on the
    /// administrator's connection to a migrated team workspace. Idempotent.
    static Result<void> applySecurity(const QSqlDatabase& database);

    /// Creates user (validated as AccountUsers does; e-mail unique in the workspace), their
    /// membership of user.accountId and their login, in one transaction; returns the new
    /// user's ID. database is the administrator's connection to a set-up team workspace.
    static Result<QString> addUser(const QSqlDatabase& database, const ServerUser& user);
    /// The same in the team workspace at url.
    static Result<QString> addUser(const QString& url, const ServerUser& user);

    /// Creates or changes the login of the workspace's user with e-mail email (for example a
    /// user of a pushed workspace, who has no login yet) with password; returns the user's ID.
    /// database is the administrator's connection to a set-up team workspace.
    static Result<QString> setPassword(const QSqlDatabase& database, const QString& email,
                                       const QString& password);
    /// The same in the team workspace at url.
    static Result<QString> setPassword(const QString& url, const QString& email,
                                       const QString& password);
};
