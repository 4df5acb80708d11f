#include "RawSqliteConnection.h"

#include <sqlite3.h>

RawSqliteConnection::~RawSqliteConnection()
{
    close();
}

Result<void> RawSqliteConnection::open(const QString& path)
{
    close();
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        Error error = failure(QStringLiteral("open %1").arg(path));
        close();
        return error;
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (auto done = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !done)
        return done;
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void RawSqliteConnection::close()
{
    for (sqlite3_stmt* statement : std::as_const(m_prepared))
        sqlite3_finalize(statement);
    m_prepared.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Error RawSqliteConnection::failure(const QString& what) const
{
    return Error{ErrorCode::Storage, QStringLiteral("SQLite C API, %1: %2")
                                         .arg(what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                         : QStringLiteral("out of memory"))};
}

Result<void> RawSqliteConnection::exec(const QString& sql)
{
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(sql);
    return {};
}

Result<void> RawSqliteConnection::bind(sqlite3_stmt* statement,
                                       const QList<QPair<QString, QVariant>>& values) const
{
    for (const auto& [name, value] : values) {
        const int index = sqlite3_bind_parameter_index(statement, name.toUtf8().constData());
        if (index == 0)
            continue; // a value the SQL does not use
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        default:
            if (value.isNull()) {
                rc = sqlite3_bind_null(statement, index);
            } else {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(statement, index, text.constData(),
                                       static_cast<int>(text.size()), SQLITE_TRANSIENT);
            }
        }
        if (rc != SQLITE_OK)
            return failure(QStringLiteral("bind %1").arg(name));
    }
    return {};
}

Result<int> RawSqliteConnection::run(const DirectoryStatement& values)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = values.sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &statement,
                           nullptr) != SQLITE_OK)
        return failure(QStringLiteral("prepare"));
    if (auto bound = bind(statement, values.bindings); !bound) {
        sqlite3_finalize(statement);
        return bound.error();
    }
    int rows = 0;
    int rc = SQLITE_ROW;
    const int columns = sqlite3_column_count(statement);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++rows;
        for (int column = 0; column < columns; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_INTEGER) {
                m_checksum += static_cast<quint64>(sqlite3_column_int64(statement, column));
            } else {
                const unsigned char* text = sqlite3_column_text(statement, column);
                const int bytes = sqlite3_column_bytes(statement, column);
                m_checksum += static_cast<quint64>(bytes) + (text && bytes > 0 ? text[0] : 0u);
            }
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failure(QStringLiteral("step"));
    return rows;
}

Result<int> RawSqliteConnection::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &statement,
                           nullptr) != SQLITE_OK)
        return failure(QStringLiteral("prepare"));
    m_prepared << statement;
    return static_cast<int>(m_prepared.size() - 1);
}

Result<void> RawSqliteConnection::execute(int handle, const QList<QPair<QString, QVariant>>& values)
{
    sqlite3_stmt* statement = m_prepared.value(handle);
    if (!statement)
        return Error{ErrorCode::Invalid,
                     QStringLiteral("SQLite C API: no statement %1").arg(handle)};
    auto bound = bind(statement, values);
    int rc = SQLITE_DONE;
    if (bound)
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        }
    Result<void> result = !bound              ? bound
                          : rc != SQLITE_DONE ? Result<void>(failure(QStringLiteral("step")))
                                              : Result<void>();
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result;
}

int RawSqliteConnection::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}
