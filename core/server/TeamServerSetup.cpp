#include "server/TeamServerSetup.h"

#include "accounts/AccountUsers.h"
#include "common/IdGenerator.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "storage/ServerAddress.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "storage/postgres/PostgresMigrations.h"
#include "storage/postgres/PostgresPassword.h"
#include "storage/postgres/PostgresSecurity.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Result<void> requireServer(const QString& url)
{
    if (!ServerAddress::isServerUrl(url))
        return Error{ErrorCode::Invalid,
                     TeamServerSetup::tr("%1 is not a team server address: write "
                                         "postgresql://login:password@host:port/database.")
                         .arg(url)};
    return {};
}

/// Whether the database was set up by `server init` (it has the login function).
Result<void> requireSecurity(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral(
                "SELECT to_regprocedure('channeldesk_set_login(text, text)') IS NOT NULL"),
            {});
        !done)
        return done;
    if (!query.next() || !query.value(0).toBool())
        return Error{ErrorCode::NotFound,
                     TeamServerSetup::tr("This team workspace has no logins and policies yet: it "
                                         "was not created by `channeldesk server init`.")};
    return {};
}

Result<void> setLogin(const QSqlDatabase& database, const QString& userId, const QString& password)
{
    if (password.isEmpty())
        return Error{ErrorCode::Invalid, TeamServerSetup::tr("A login needs a password.")};
    auto verifier = PostgresPassword::verifier(database, password);
    if (!verifier)
        return verifier.error();
    QSqlQuery query(database);
    return SqlError::exec(query, PostgresSecurity::setLoginQuery(), {userId, verifier.value()});
}

} // namespace

Result<void> TeamServerSetup::applySecurity(const QSqlDatabase& database)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery version(database);
    if (!version.exec(PostgresMigrations::versionQuery()) || !version.next())
        return SqlError::toError(version.lastError());
    const int schemaVersion = version.value(0).toInt();
    version.finish();
    for (const QString& statement : PostgresSecurity::statements(schemaVersion)) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return SqlError::toError(query.lastError());
    }
    return transaction.commit();
}

Result<TeamServerSetup::InitReport> TeamServerSetup::init(const QString& url,
                                                          const InitOptions& options)
{
    if (auto server = requireServer(url); !server)
        return server.error();
    if (options.demo && options.demoPassword.isEmpty())
        return Error{ErrorCode::Invalid, tr("The demo logins need a password.")};
    // Refuses a database that is not empty, untouched; migrates an empty one in one transaction.
    auto opened = Workspace::open(url, Workspace::Mode::CreateNew);
    if (!opened)
        return opened.error();
    const QSqlDatabase database = opened.value()->database();
    InitReport report;
    report.shownUrl = opened.value()->path();
    if (auto secured = applySecurity(database); !secured)
        return Error{secured.error().code,
                     tr("The schema was created in %1, but its roles and policies could not be: "
                        "%2 Drop and create the database again before retrying.")
                         .arg(report.shownUrl, secured.error().message)};
    if (!options.demo)
        return report;
    if (auto filled = DemoWorkspace::fill(database); !filled)
        return Error{filled.error().code,
                     tr("The team workspace %1 was created, but the demo could not be written "
                        "(nothing of it was kept): %2")
                         .arg(report.shownUrl, filled.error().message)};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery users(database);
    if (auto done = SqlError::exec(users, QStringLiteral("SELECT id FROM users ORDER BY id"), {});
        !done)
        return done.error();
    QStringList ids;
    while (users.next())
        ids << users.value(0).toString();
    for (const QString& id : std::as_const(ids))
        if (auto set = setLogin(database, id, options.demoPassword); !set)
            return Error{set.error().code,
                         tr("The demo workspace %1 was written, but its logins could not be "
                            "created: %2")
                             .arg(report.shownUrl, set.error().message)};
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.logins = int(ids.size());
    return report;
}

Result<QString> TeamServerSetup::addUser(const QSqlDatabase& database, const ServerUser& user)
{
    const NewMember member{user.name, user.email, user.role};
    if (const auto reasons = AccountUsers::validateNewUser(member); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};
    if (user.password.isEmpty())
        return Error{ErrorCode::Invalid, tr("Enter a password for the user's login.")};
    const QString email = user.email.trimmed();
    const QString name = user.name.simplified();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto secured = requireSecurity(database); !secured)
        return secured.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query, QStringLiteral("SELECT name FROM accounts WHERE id = ?"),
                                   {user.accountId});
        !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     tr("There is no account %1 in this team workspace.").arg(user.accountId)};
    const QString accountName = query.value(0).toString();
    if (!user.actingUserId.isEmpty()) {
        if (auto done = SqlError::exec(query,
                                       QStringLiteral("SELECT role FROM memberships "
                                                      "WHERE user_id = ? AND account_id = ?"),
                                       {user.actingUserId, user.accountId});
            !done)
            return done.error();
        if (!query.next() || query.value(0).toString() != userRoles.key(UserRole::CrmAdmin))
            return Error{
                ErrorCode::PermissionDenied,
                AccountUsers::tr("Only a CRM admin of %1 may manage its users.").arg(accountName)};
    }
    if (auto done = SqlError::exec(query, QStringLiteral("SELECT name FROM users WHERE email = ?"),
                                   {email});
        !done)
        return done.error();
    if (query.next())
        return Error{
            ErrorCode::AlreadyExists,
            tr("%1 already has the e-mail address %2.").arg(query.value(0).toString(), email)};
    IdGenerator ids(database);
    auto userId = ids.next(IdKind::User);
    if (!userId)
        return userId.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString role = userRoles.key(user.role);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES (?, ?, ?, ?)"),
            {userId.value(), name, email, now});
        !done)
        return done.error();
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO memberships(user_id, account_id, role) VALUES (?, ?, ?)"),
            {userId.value(), user.accountId, role});
        !done)
        return done.error();
    const QList<Event> events{
        {now,
         user.actingUserId,
         user.accountId,
         QStringLiteral("user"),
         userId.value(),
         QStringLiteral("created"),
         {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}}},
        {now,
         user.actingUserId,
         user.accountId,
         QStringLiteral("membership"),
         userId.value(),
         QStringLiteral("added"),
         {{QStringLiteral("account_id"), user.accountId}, {QStringLiteral("role"), role}}},
    };
    for (const Event& event : events)
        if (auto logged = EventLog::record(database, event); !logged)
            return logged.error();
    if (auto set = setLogin(database, userId.value(), user.password); !set)
        return set.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return userId.value();
}

Result<QString> TeamServerSetup::addUser(const QString& url, const ServerUser& user)
{
    if (auto server = requireServer(url); !server)
        return server.error();
    auto opened = Workspace::open(url, Workspace::Mode::OpenExisting);
    if (!opened)
        return opened.error();
    return addUser(opened.value()->database(), user);
}

Result<QString> TeamServerSetup::setPassword(const QSqlDatabase& database, const QString& email,
                                             const QString& password)
{
    if (password.isEmpty())
        return Error{ErrorCode::Invalid, tr("A login needs a password.")};
    if (auto secured = requireSecurity(database); !secured)
        return secured.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query, QStringLiteral("SELECT id FROM users WHERE email = ?"),
                                   {email.trimmed()});
        !done)
        return done.error();
    if (!query.next())
        return Error{
            ErrorCode::NotFound,
            tr("This team workspace has no user with the e-mail address %1.").arg(email.trimmed())};
    const QString userId = query.value(0).toString();
    query.finish();
    if (auto set = setLogin(database, userId, password); !set)
        return set.error();
    return userId;
}

Result<QString> TeamServerSetup::setPassword(const QString& url, const QString& email,
                                             const QString& password)
{
    if (auto server = requireServer(url); !server)
        return server.error();
    auto opened = Workspace::open(url, Workspace::Mode::OpenExisting);
    if (!opened)
        return opened.error();
    return setPassword(opened.value()->database(), email, password);
}
