#include "storage/Reconnection.h"

#include "live/ChangeFeed.h"
#include "storage/SqlError.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QMutex epochMutex;

QHash<QString, int>& epochs()
{
    static QHash<QString, int> counts;
    return counts;
}

} // namespace

int Reconnection::epoch(const QString& connectionName)
{
    const QMutexLocker lock(&epochMutex);
    return epochs().value(connectionName);
}

Result<void> Reconnection::reconnect(const Workspace& workspace)
{
    if (workspace.isClosed())
        return Error{ErrorCode::Invalid, tr("The workspace %1 is closed.").arg(workspace.path())};
    if (workspace.engine() != SqlEngine::Postgres)
        return {};
    QSqlDatabase db = workspace.connection();
    {
        const QMutexLocker lock(&epochMutex);
        ++epochs()[db.connectionName()];
    }
    db.close();
    const ServerAddress& server = workspace.server();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return Error{ErrorCode::Storage,
                     tr("Could not reconnect to the team server at %1:%2: %3")
                         .arg(server.host)
                         .arg(server.port)
                         .arg((error.databaseText().isEmpty() ? error.text() : error.databaseText())
                                  .trimmed())};
    }
    if (workspace.isReadOnly())
        if (auto set =
                SqlError::run(db, QStringLiteral("SET default_transaction_read_only = on"), {});
            !set)
            return set.error();
    if (ChangeFeed* feed = ChangeFeed::find(workspace))
        feed->listen();
    return {};
}
