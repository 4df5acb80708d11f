#pragma once

#include "accounts/AccountMember.h"
#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

/// What Users and roles adds: a new user, or one of the workspace's users by e-mail.
struct NewMember {
    QString name; ///< only for a new user
    QString email;
    UserRole role = UserRole::CrmSales;
};

/// The users of an account and their roles (SPEC 1, 8). Every write needs the acting user to be
/// crm_admin of the acting account (checked against the database), runs in one transaction and
/// records an event; the last crm_admin of an account can be neither removed nor demoted (here
/// and by the memberships triggers of migration 14).
class AccountUsers {
    Q_DECLARE_TR_FUNCTIONS(AccountUsers)

public:
    static constexpr int maxNameLength = 200;
    enum class Field { Name, Email };

    /// The members of accountId by name.
    static Result<QList<AccountMember>> members(const QSqlDatabase& database,
                                                const QString& accountId);
    /// A reason for each invalid field of a new user; empty when valid (uniqueness is checked
    /// when adding).
    static QMap<Field, QString> validateNewUser(const NewMember& member);
    /// Creates a user (UR- ID; e-mail unique in the workspace) and adds it to the acting account.
    static Result<QString> addNewUser(const QSqlDatabase& database, const ActingContext& acting,
                                      const NewMember& member);
    /// Adds the workspace's user with member.email to the acting account; returns its ID.
    static Result<QString> addExistingUser(const QSqlDatabase& database,
                                           const ActingContext& acting, const NewMember& member);
    static Result<void> changeRole(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& userId, UserRole role);
    /// Removes userId's membership of the acting account (the user stays in the workspace).
    static Result<void> removeMember(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& userId);
    static bool mayManage(const ActingContext& acting)
    {
        return acting.userRole == UserRole::CrmAdmin;
    }
};
