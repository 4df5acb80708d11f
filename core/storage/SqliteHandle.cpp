#include "storage/SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3* SqliteHandle::of(const QSqlDatabase& database)
{
    const QSqlDriver* driver = database.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.constData())
               : nullptr;
}
