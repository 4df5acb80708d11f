#include "RawPostgresConnection.h"

#include "storage/SqlDialect.h"

#include <QByteArrayList>
#include <QList>

#include <libpq-fe.h>

#include <vector>

namespace {

/// sql with every :name outside quotes replaced by $n (the same name, the same n), and the
/// names in order of n. A `::` cast is left alone.
QString numbered(const QString& sql, QStringList& names)
{
    QString result;
    result.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            result += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            result += c;
            continue;
        }
        const bool placeholder = c == QLatin1Char(':') && i + 1 < sql.size() &&
                                 (sql.at(i + 1).isLetter() || sql.at(i + 1) == QLatin1Char('_')) &&
                                 (i == 0 || sql.at(i - 1) != QLatin1Char(':'));
        if (!placeholder) {
            result += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() &&
               (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
            ++end;
        const QString name = sql.mid(i, end - i);
        qsizetype index = names.indexOf(name);
        if (index < 0) {
            names << name;
            index = names.size() - 1;
        }
        result += QStringLiteral("$%1").arg(index + 1);
        i = end - 1;
    }
    return result;
}

} // namespace

RawPostgresConnection::~RawPostgresConnection()
{
    close();
}

Result<void> RawPostgresConnection::open(const ServerAddress& address)
{
    close();
    const QByteArray host = address.host.toUtf8();
    const QByteArray port = QByteArray::number(address.port);
    const QByteArray database = address.database.toUtf8();
    const QByteArray login = address.login.toUtf8();
    const QByteArray password = address.password.toUtf8();
    const QByteArray sslMode =
        address.sslMode.isEmpty() ? QByteArray("prefer") : address.sslMode.toUtf8();
    const char* keywords[] = {"host", "port", "dbname", "user", "password", "sslmode", nullptr};
    const char* values[] = {host.constData(),
                            port.constData(),
                            database.constData(),
                            login.constData(),
                            password.constData(),
                            sslMode.constData(),
                            nullptr};
    m_connection = PQconnectdbParams(keywords, values, 0);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        Error error = failure(QStringLiteral("connect"));
        close();
        return error;
    }
    return {};
}

void RawPostgresConnection::close()
{
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
}

Error RawPostgresConnection::failure(const QString& what) const
{
    return Error{ErrorCode::Storage,
                 QStringLiteral("libpq, %1: %2")
                     .arg(what, m_connection ? QString::fromUtf8(PQerrorMessage(m_connection))
                                             : QStringLiteral("out of memory"))};
}

Result<void> RawPostgresConnection::exec(const QString& sql)
{
    PGresult* result = PQexec(m_connection, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(sql);
    return {};
}

Result<int> RawPostgresConnection::run(const DirectoryStatement& statement)
{
    QStringList names;
    const QByteArray sql =
        numbered(SqlDialect::adapt(SqlEngine::Postgres, statement.sql), names).toUtf8();
    QByteArrayList texts;
    std::vector<const char*> values;
    texts.reserve(names.size());
    for (const QString& name : std::as_const(names)) {
        QVariant value;
        for (const auto& [bound, boundValue] : statement.bindings)
            if (bound == name)
                value = boundValue;
        if (value.isNull()) {
            texts << QByteArray();
            values.push_back(nullptr);
            continue;
        }
        texts << value.toString().toUtf8();
        values.push_back(texts.last().constData());
    }
    PGresult* result = PQexecParams(m_connection, sql.constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        Error error = failure(QString::fromUtf8(sql));
        PQclear(result);
        return error;
    }
    const int rows = PQntuples(result);
    const int columns = PQnfields(result);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            const char* text = PQgetvalue(result, row, column);
            const int length = PQgetlength(result, row, column);
            m_checksum = m_checksum * 31 + quint64(length) + (length > 0 ? quint8(text[0]) : 0);
        }
    PQclear(result);
    return rows;
}
