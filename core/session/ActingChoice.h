#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

/// Whom a console run (import, export) acts as, from `--as USER` and `--account ACCOUNT`.
class ActingChoice {
    Q_DECLARE_TR_FUNCTIONS(ActingChoice)

public:
    /// user: a user's ID or e-mail; empty for the workspace's home user. account: an account ID;
    /// empty for one of the user's accounts: the home account when the user is its member and
    /// preferred accepts it, else the first account preferred accepts, else the home account or
    /// the user's first. An unknown user or a user outside account is an error.
    static Result<ActingContext>
    resolve(const QSqlDatabase& database, const QString& user, const QString& account,
            const std::function<bool(const ActingContext&)>& preferred = {});
};
