#include "storage/postgres/ServerFunctions.h"

#include "storage/SqlEngine.h"
#include "storage/SqlError.h"

#include <QMutex>
#include <QSet>

namespace {

QMutex foundMutex;
QSet<QString> found; ///< connection, server database and signature of each function found

} // namespace

bool ServerFunctions::has(const QSqlDatabase& database, const QString& signature)
{
    if (sqlEngineOf(database) != SqlEngine::Postgres)
        return false;
    const QString key =
        QStringList{database.connectionName(), database.hostName(),
                    QString::number(database.port()), database.databaseName(), signature}
            .join(QChar(0));
    {
        QMutexLocker lock(&foundMutex);
        if (found.contains(key))
            return true;
    }
    auto query = SqlError::select(database, QStringLiteral("SELECT to_regprocedure(?) IS NOT NULL"),
                                  {signature});
    const bool exists = query && query->next() && query->value(0).toBool();
    if (exists) {
        QMutexLocker lock(&foundMutex);
        found.insert(key);
    }
    return exists;
}
