#include "accounts/AccountUsers.h"

#include "common/EmailAddress.h"
#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/postgres/PostgresSecurity.h"
#include "storage/postgres/ServerFunctions.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

/// The id and name of the workspace's user with email. On a team server the users policy shows
/// a login only its colleagues; the lookup function of `server init` finds the others for a
/// crm_admin.
Result<std::optional<std::pair<QString, QString>>> userWithEmail(const QSqlDatabase& database,
                                                                 const QString& email)
{
    QString sql = QStringLiteral("SELECT id, name FROM users WHERE email = ?");
    QSqlQuery query(database);
    if (ServerFunctions::has(database, ServerFunctions::userWithEmail()))
        sql = PostgresSecurity::userWithEmailQuery();
    if (auto done = SqlError::exec(query, sql, {email}); !done)
        return done.error();
    if (!query.next())
        return std::optional<std::pair<QString, QString>>();
    return std::optional(std::pair(query.value(0).toString(), query.value(1).toString()));
}

/// The acting user must be crm_admin of the acting account now (not as the window remembers).
Result<void> requireAdmin(const QSqlDatabase& database, const ActingContext& acting)
{
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!AccountUsers::mayManage(member.value()))
        return Error{ErrorCode::PermissionDenied,
                     AccountUsers::tr("Only a CRM admin of %1 may manage its users.")
                         .arg(acting.accountName)};
    return {};
}

Result<std::optional<UserRole>> roleOf(const QSqlDatabase& database, const QString& accountId,
                                       const QString& userId)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT role FROM memberships WHERE account_id = ? AND user_id = ?"),
            {accountId, userId});
        !done)
        return done.error();
    if (!query.next())
        return std::optional<UserRole>();
    return std::optional<UserRole>(
        userRoles.fromKey(query.value(0).toString()).value_or(UserRole::Viewer));
}

/// The permission check and userId's role in the acting account, for a write on a member.
Result<std::optional<UserRole>> managedRole(const QSqlDatabase& database,
                                            const ActingContext& acting, const QString& userId)
{
    if (auto allowed = requireAdmin(database, acting); !allowed)
        return allowed.error();
    auto role = roleOf(database, acting.accountId, userId);
    if (role && !role->has_value())
        return Error{
            ErrorCode::NotFound,
            AccountUsers::tr("User %1 is not a user of %2.").arg(userId, acting.accountName)};
    return role;
}

/// Refuses to take away the account's last crm_admin.
Result<void> requireAnotherAdmin(const QSqlDatabase& database, const QString& accountId,
                                 const QString& userId, const QString& action)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("SELECT 1 FROM memberships WHERE account_id = ? "
                                                  "AND role = 'crm_admin' AND user_id <> ?"),
                                   {accountId, userId});
        !done)
        return done;
    if (query.next())
        return {};
    return Error{ErrorCode::Invalid, action};
}

Result<void> logMembership(const QSqlDatabase& database, const ActingContext& acting,
                           const QString& userId, const QString& action, const QJsonObject& changes,
                           qint64 now)
{
    return EventLog::record(database, {now, acting.userId, acting.accountId,
                                       QStringLiteral("membership"), userId, action, changes});
}

Result<void> insertMembership(const QSqlDatabase& database, const ActingContext& acting,
                              const QString& userId, UserRole role, qint64 now)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO memberships(user_id, account_id, role) VALUES (?, ?, ?)"),
            {userId, acting.accountId, userRoles.key(role)});
        !done)
        return done;
    return logMembership(database, acting, userId, QStringLiteral("added"),
                         {{QStringLiteral("account_id"), acting.accountId},
                          {QStringLiteral("role"), userRoles.key(role)}},
                         now);
}

} // namespace

Result<QList<AccountMember>> AccountUsers::members(const QSqlDatabase& database,
                                                   const QString& accountId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT u.id, u.name, u.email, m.role, "
                           "(SELECT count(*) FROM memberships o WHERE o.user_id = u.id) "
                           "FROM memberships m JOIN users u ON u.id = m.user_id "
                           "WHERE m.account_id = ? ORDER BY u.name COLLATE NOCASE, u.id"),
            {accountId});
        !done)
        return done.error();
    QList<AccountMember> members;
    while (query.next())
        members << AccountMember{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            userRoles.fromKey(query.value(3).toString()).value_or(UserRole::Viewer),
            query.value(4).toInt()};
    if (auto read = SqlError::readToEnd(query); !read)
        return read.error();
    return members;
}

QMap<AccountUsers::Field, QString> AccountUsers::validateNewUser(const NewMember& member)
{
    QMap<Field, QString> reasons;
    const QString name = member.name.simplified();
    if (name.isEmpty())
        reasons.insert(Field::Name, tr("Enter the user's name."));
    else if (name.size() > maxNameLength)
        reasons.insert(Field::Name,
                       tr("At most %1 characters (now %2).").arg(maxNameLength).arg(name.size()));
    if (member.email.trimmed().isEmpty())
        reasons.insert(Field::Email, tr("Enter the user's e-mail address."));
    else if (!EmailAddress::isValid(member.email.trimmed()))
        reasons.insert(Field::Email, tr("This is not a valid e-mail address."));
    return reasons;
}

Result<QString> AccountUsers::addNewUser(const QSqlDatabase& database, const ActingContext& acting,
                                         const NewMember& member)
{
    if (const auto reasons = validateNewUser(member); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};
    const QString email = member.email.trimmed();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = requireAdmin(database, acting); !allowed)
        return allowed.error();
    auto existing = userWithEmail(database, email);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 already has the e-mail address %2: add the existing user instead.")
                         .arg(existing->value().second, email)};
    QSqlQuery query(database);
    IdGenerator ids(database);
    auto userId = ids.next(IdKind::User);
    if (!userId)
        return userId.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES (?, ?, ?, ?)"),
            {userId.value(), member.name.simplified(), email, now});
        !done)
        return done.error();
    if (auto logged =
            EventLog::record(database, {now,
                                        acting.userId,
                                        acting.accountId,
                                        QStringLiteral("user"),
                                        userId.value(),
                                        QStringLiteral("created"),
                                        {{QStringLiteral("name"), member.name.simplified()},
                                         {QStringLiteral("email"), email}}});
        !logged)
        return logged.error();
    if (auto added = insertMembership(database, acting, userId.value(), member.role, now); !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return userId.value();
}

Result<QString> AccountUsers::addExistingUser(const QSqlDatabase& database,
                                              const ActingContext& acting, const NewMember& member)
{
    const QString email = member.email.trimmed();
    if (!EmailAddress::isValid(email))
        return Error{ErrorCode::Invalid,
                     tr("Enter the e-mail address of a user of this workspace.")};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = requireAdmin(database, acting); !allowed)
        return allowed.error();
    auto existing = userWithEmail(database, email);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{ErrorCode::NotFound,
                     tr("No user has the e-mail address %1: add a new user instead.").arg(email)};
    const auto& [userId, name] = existing->value();
    auto current = roleOf(database, acting.accountId, userId);
    if (!current)
        return current.error();
    if (current->has_value())
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 is already a user of %2.").arg(name, acting.accountName)};
    if (auto added = insertMembership(database, acting, userId, member.role,
                                      QDateTime::currentMSecsSinceEpoch());
        !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return userId;
}

Result<void> AccountUsers::changeRole(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& userId, UserRole role)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto current = managedRole(database, acting, userId);
    if (!current)
        return current.error();
    const UserRole before = current->value();
    if (before == role)
        return {};
    if (before == UserRole::CrmAdmin) {
        if (auto other = requireAnotherAdmin(
                database, acting.accountId, userId,
                tr("%1 needs at least one CRM admin: make another user CRM admin first.")
                    .arg(acting.accountName));
            !other)
            return other;
    }
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("UPDATE memberships SET role = ? WHERE account_id = ? AND user_id = ?"),
            {userRoles.key(role), acting.accountId, userId});
        !done)
        return done;
    if (auto logged = logMembership(
            database, acting, userId, QStringLiteral("role_changed"),
            {{QStringLiteral("account_id"), acting.accountId},
             {QStringLiteral("role"), QJsonObject{{QStringLiteral("from"), userRoles.key(before)},
                                                  {QStringLiteral("to"), userRoles.key(role)}}}},
            QDateTime::currentMSecsSinceEpoch());
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> AccountUsers::removeMember(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& userId)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto current = managedRole(database, acting, userId);
    if (!current)
        return current.error();
    if (current->value() == UserRole::CrmAdmin) {
        if (auto other = requireAnotherAdmin(
                database, acting.accountId, userId,
                tr("The last CRM admin of %1 cannot be removed: make another user CRM admin "
                   "first.")
                    .arg(acting.accountName));
            !other)
            return other;
    }
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query, QStringLiteral("DELETE FROM memberships WHERE account_id = ? AND user_id = ?"),
            {acting.accountId, userId});
        !done)
        return done;
    if (auto logged = logMembership(database, acting, userId, QStringLiteral("removed"),
                                    {{QStringLiteral("account_id"), acting.accountId},
                                     {QStringLiteral("role"), userRoles.key(current->value())}},
                                    QDateTime::currentMSecsSinceEpoch());
        !logged)
        return logged;
    return transaction.commit();
}
