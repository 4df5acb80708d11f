#include "storage/ReadAbandonment.h"

#include "storage/SqliteHandle.h"

#include <sqlite3.h>

ReadAbandonment::ReadAbandonment(const QSqlDatabase& connection, std::function<bool()> abandoned)
    : m_connection(connection)
    , m_abandoned(std::move(abandoned))
{
    if (sqlite3* handle = SqliteHandle::of(m_connection))
        sqlite3_progress_handler(handle, checkInterval, &ReadAbandonment::isAbandoned, this);
}

ReadAbandonment::~ReadAbandonment()
{
    if (sqlite3* handle = SqliteHandle::of(m_connection))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

int ReadAbandonment::isAbandoned(void* self)
{
    // Non-zero stops the running statement (SQLITE_INTERRUPT).
    return static_cast<const ReadAbandonment*>(self)->m_abandoned() ? 1 : 0;
}
