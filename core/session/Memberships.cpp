#include "session/Memberships.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

namespace {

const QString selectContexts =
    QStringLiteral("SELECT u.id, u.name, a.id, a.name, a.role, m.role FROM memberships m "
                   "JOIN users u ON u.id = m.user_id JOIN accounts a ON a.id = m.account_id ");

ActingContext fromRow(const QSqlQuery& query)
{
    ActingContext context;
    context.userId = query.value(0).toString();
    context.userName = query.value(1).toString();
    context.accountId = query.value(2).toString();
    context.accountName = query.value(3).toString();
    context.accountRole =
        accountRoles.fromKey(query.value(4).toString()).value_or(AccountRole::Vendor);
    context.userRole = userRoles.fromKey(query.value(5).toString()).value_or(UserRole::Viewer);
    return context;
}

const QString contextOrder =
    QStringLiteral("ORDER BY a.name COLLATE NOCASE, u.name COLLATE NOCASE");

Result<QList<ActingContext>> contextsOf(const QSqlDatabase& database, const QString& condition,
                                        const QVariantList& values)
{
    auto query = SqlError::select(database, selectContexts + condition + contextOrder, values);
    if (!query)
        return query.error();
    QList<ActingContext> contexts;
    while (query->next())
        contexts << fromRow(query.value());
    if (auto complete = SqlError::readToEnd(query.value()); !complete)
        return complete.error();
    return contexts;
}

} // namespace

Result<QList<ActingContext>> Memberships::all(const QSqlDatabase& database)
{
    return contextsOf(database, {}, {});
}

Result<QList<ActingContext>> Memberships::ofLogin(const QSqlDatabase& database,
                                                  const QString& login)
{
    return contextsOf(database, QStringLiteral("WHERE u.email = ? "), {login.trimmed()});
}

Result<QList<ActingContext>> Memberships::available(const QSqlDatabase& database,
                                                    const QString& serverLogin)
{
    return serverLogin.isEmpty() ? all(database) : ofLogin(database, serverLogin);
}

Result<ActingContext> Memberships::resolve(const QSqlDatabase& database, const QString& userId,
                                           const QString& accountId)
{
    QSqlQuery query(database);
    query.prepare(selectContexts + QStringLiteral("WHERE m.user_id = ? AND m.account_id = ?"));
    query.addBindValue(userId);
    query.addBindValue(accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::PermissionDenied,
                     tr("User %1 is not a member of account %2.").arg(userId, accountId)};
    return fromRow(query);
}

Result<void> Memberships::setHome(const QSqlDatabase& database, const QString& userId,
                                  const QString& accountId)
{
    if (auto member = resolve(database, userId, accountId); !member)
        return member.error();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO workspace_info(key, value) "
                                 "VALUES ('home_user_id', ?), ('home_account_id', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(userId);
    query.addBindValue(accountId);
    return SqlError::exec(query);
}

Result<ActingContext> Memberships::home(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT (SELECT value FROM workspace_info WHERE key = 'home_user_id'), "
                       "(SELECT value FROM workspace_info WHERE key = 'home_account_id')"));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (query.next() && !query.isNull(0) && !query.isNull(1)) {
        if (auto recorded = resolve(database, query.value(0).toString(), query.value(1).toString()))
            return recorded;
    }
    auto everyone = all(database);
    if (!everyone)
        return everyone.error();
    if (everyone->isEmpty())
        return Error{ErrorCode::NotFound, tr("The workspace has no users.")};
    return everyone->first();
}
