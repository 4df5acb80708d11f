#include "storage/postgres/PostgresLink.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

pg_conn* PostgresLink::of(const QSqlDatabase& database)
{
    return of(database.driver());
}

pg_conn* PostgresLink::of(const QSqlDriver* driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt names the type after libpq's struct: "pg_conn*" (PGconn is its typedef).
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn* const*>(handle.constData());
    return nullptr;
}

bool PostgresLink::isBroken(const QSqlDatabase& database)
{
    return isBroken(database.driver());
}

bool PostgresLink::isBroken(const QSqlDriver* driver)
{
    PGconn* connection = of(driver);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}
