#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// The user–account pairs a workspace has; each is a context the app can act as.
class Memberships {
    Q_DECLARE_TR_FUNCTIONS(Memberships)

public:
    /// Every membership, ordered by account name then user name.
    static Result<QList<ActingContext>> all(const QSqlDatabase& database);
    /// The memberships of the user whose e-mail address is login (a team server's login),
    /// ordered as all(); empty when no user has that address.
    static Result<QList<ActingContext>> ofLogin(const QSqlDatabase& database, const QString& login);
    /// What the app may act as in the workspace: on a team server only the connected login's
    /// own memberships, in a file every membership.
    static Result<QList<ActingContext>> available(const QSqlDatabase& database,
                                                  const QString& serverLogin);
    /// The context for userId in accountId, or PermissionDenied if the user is not a member.
    static Result<ActingContext> resolve(const QSqlDatabase& database, const QString& userId,
                                         const QString& accountId);
    /// Records the workspace owner's user and account: whom the app acts as by default.
    static Result<void> setHome(const QSqlDatabase& database, const QString& userId,
                                const QString& accountId);
    /// The recorded home context if it is still a membership, else the first membership.
    static Result<ActingContext> home(const QSqlDatabase& database);
};
