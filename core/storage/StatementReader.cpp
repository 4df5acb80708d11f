#include "storage/StatementReader.h"

#include "storage/SqlError.h"
#include "storage/SqliteHandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace {

struct FinalizeStatement {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPointer = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(),
                                   static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

Error failure(sqlite3* connection)
{
    return SqlError::fromNative(sqlite3_extended_errcode(connection),
                                QString::fromUtf8(sqlite3_errmsg(connection)));
}

} // namespace

QVariant StatementRow::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    default: // NULL, typed as Qt's driver types it
        return QVariant(QMetaType::fromType<QString>());
    }
}

Result<void> StatementReader::read(const QSqlDatabase& database, const QString& sql,
                                   const Bindings& bindings,
                                   const std::function<void(const StatementRow&)>& each)
{
    if (SqliteHandle::of(database))
        return readSqlite(database, sql, bindings, each);
    return readQuery(database, sql, bindings, each);
}

Result<void> StatementReader::readSqlite(const QSqlDatabase& database, const QString& sql,
                                         const Bindings& bindings,
                                         const std::function<void(const StatementRow&)>& each)
{
    sqlite3* connection = SqliteHandle::of(database);
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(connection, text.constData(), static_cast<int>(text.size()), &prepared,
                           nullptr) != SQLITE_OK)
        return failure(connection);
    const StatementPointer statement(prepared);
    for (const auto& [name, value] : bindings) {
        const int index = sqlite3_bind_parameter_index(statement.get(), name.toUtf8().constData());
        if (index == 0)
            continue;
        if (bind(statement.get(), index, value) != SQLITE_OK)
            return failure(connection);
    }
    StatementRow row;
    row.m_statement = statement.get();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
        each(row);
    if (rc != SQLITE_DONE)
        return failure(connection);
    return {};
}

Result<void> StatementReader::readQuery(const QSqlDatabase& database, const QString& sql,
                                        const Bindings& bindings,
                                        const std::function<void(const StatementRow&)>& each)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto prepared = SqlError::prepare(query, sql); !prepared)
        return prepared;
    for (const auto& [name, value] : bindings)
        query.bindValue(name, value);
    if (auto done = SqlError::exec(query); !done)
        return done;
    StatementRow row;
    row.m_query = &query;
    while (query.next())
        each(row);
    return SqlError::readToEnd(query);
}
