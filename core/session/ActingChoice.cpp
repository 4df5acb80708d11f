#include "session/ActingChoice.h"

#include "session/Memberships.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

Result<ActingContext>
ActingChoice::resolve(const QSqlDatabase& database, const QString& user, const QString& account,
                      const std::function<bool(const ActingContext&)>& preferred)
{
    auto home = Memberships::home(database);
    if (!home)
        return home.error();
    const QString userText = user.trimmed();
    const QString accountId = account.trimmed();
    QString userId = home->userId;
    if (!userText.isEmpty()) {
        QSqlQuery query(database);
        query.prepare(
            QStringLiteral("SELECT id FROM users WHERE id = ? OR email = ? COLLATE NOCASE"));
        query.addBindValue(userText);
        query.addBindValue(userText);
        if (auto done = SqlError::exec(query); !done)
            return done.error();
        if (!query.next())
            return Error{ErrorCode::NotFound,
                         tr("There is no user %1 in this workspace: give a user's ID or e-mail.")
                             .arg(userText)};
        userId = query.value(0).toString();
    }
    if (!accountId.isEmpty())
        return Memberships::resolve(database, userId, accountId);
    if (userText.isEmpty())
        return home;

    auto all = Memberships::all(database);
    if (!all)
        return all.error();
    QList<ActingContext> mine;
    for (const ActingContext& context : all.value())
        if (context.userId == userId)
            mine << context;
    if (mine.isEmpty())
        return Error{ErrorCode::PermissionDenied,
                     tr("The user %1 is not a member of any account.").arg(userText)};
    const bool homeIsMine = home->userId == userId;
    auto accepts = [&preferred](const ActingContext& context) {
        return !preferred || preferred(context);
    };
    if (homeIsMine && accepts(home.value()))
        return home;
    for (const ActingContext& context : std::as_const(mine))
        if (accepts(context))
            return context;
    return homeIsMine ? home.value() : mine.first();
}
