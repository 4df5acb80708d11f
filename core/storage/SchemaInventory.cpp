#include "storage/SchemaInventory.h"

#include "storage/Migrations.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

Result<QStringList> SchemaInventory::expected(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> built;
    const QMutexLocker lock(&mutex);
    if (const auto found = built.constFind(version); found != built.constEnd())
        return found.value();

    const QString name = QStringLiteral("schema-inventory-%1").arg(version);
    Result<QStringList> inventory = Error{};
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(QStringLiteral(":memory:"));
        inventory = [&]() -> Result<QStringList> {
            if (!database.open())
                return SqlError::toError(database.lastError());
            // One transaction, never committed: much faster than one per statement.
            QSqlQuery(database).exec(QStringLiteral("BEGIN"));
            for (int step = 1; step <= version; ++step)
                for (const QString& sql : Migrations::statements(step)) {
                    QSqlQuery query(database);
                    if (!query.exec(sql))
                        return SqlError::toError(query.lastError());
                }
            return of(database);
        }();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (inventory)
        built.insert(version, inventory.value());
    return inventory;
}

Result<QStringList> SchemaInventory::of(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_schema "
                                   "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1")))
        return SqlError::toError(query.lastError());
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString();
    if (auto complete = SqlError::readToEnd(query); !complete)
        return complete.error();
    return objects;
}
