#pragma once

#include <QString>
#include <QStringList>

/// The server side of a team workspace's security: the group role every user login belongs to,
/// the functions that map the connected login to its user and accounts, the grants, and the
/// row-level security policies that decide what each login may see and write (SPEC 1, 3, 4, 9).
/// The design is written at the top of PostgresSecurity.cpp.
class PostgresSecurity {
public:
    /// The NOLOGIN group role of every ChannelDesk login (cluster-wide, like every role).
    static QString userRole() { return QStringLiteral("channeldesk_user"); }
    /// The statements, to run in one transaction by the tables' owner (the administrator who ran
    /// `server init`), after the migrations. Idempotent: they may run again after an upgrade.
    /// Each one runs with QSqlQuery::exec(sql) (function bodies hold `:=` and `::`). For a
    /// schema of schemaVersion (-1: the latest): what later migrations add (API keys, 16) is
    /// left out; so are the web forms of 17.
    static QStringList statements(int schemaVersion = -1);
    /// The tables that hold no business data and so have no row-level security (the search
    /// queues SQLite uses, unused on PostgreSQL).
    static QStringList tablesWithoutPolicies();
    /// One row, one column: SQL that creates or updates the login of the user bound at the first
    /// placeholder with the password bound at the second (channeldesk_set_login, which checks
    /// who may do it).
    static QString setLoginQuery() { return QStringLiteral("SELECT channeldesk_set_login(?, ?)"); }
    /// id and name of the user with the e-mail bound at the placeholder, whether or not row-level
    /// security shows that user to the login: a crm_admin adds users of other companies by their
    /// exact address, as on a file; anyone else gets no row.
    static QString userWithEmailQuery()
    {
        return QStringLiteral("SELECT id, name FROM channeldesk_user_with_email(?)");
    }
    /// The key of the token hash bound at the placeholder, whatever the login may see (the REST
    /// service authenticates before it knows the account): id, name, account_id, account_name,
    /// account_role, user_id, user_name, role, last_used_at; no row for an unknown or revoked
    /// key or one whose user no longer holds its role in its account.
    static QString apiKeyIdentityQuery()
    {
        return QStringLiteral("SELECT id, name, account_id, account_name, account_role, user_id, "
                              "user_name, role, last_used_at FROM channeldesk_api_key_identity(?)");
    }
    /// Sets the last use of the key of the token hash bound first to the time bound second, when
    /// the last one is a minute older or more; one row, one boolean: whether it was written.
    static QString apiKeyUsedQuery()
    {
        return QStringLiteral("SELECT channeldesk_api_key_used(?, ?)");
    }
};
