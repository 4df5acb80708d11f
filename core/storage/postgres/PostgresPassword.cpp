#include "storage/postgres/PostgresPassword.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

Result<QString> PostgresPassword::verifier(const QSqlDatabase& database, const QString& login,
                                           const QString& password)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    PGconn* connection = nullptr;
    // Qt names the type after libpq's struct: "pg_conn*" (PGconn is its typedef).
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                             qstrcmp(handle.typeName(), "PGconn*") == 0))
        connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return Error{ErrorCode::Storage,
                     tr("A login's password can only be set on a team server connection.")};
    const QByteArray user = login.toUtf8();
    const QByteArray secret = password.toUtf8();
    char* made = PQencryptPasswordConn(connection, secret.constData(), user.constData(),
                                       "scram-sha-256");
    if (!made)
        return Error{ErrorCode::Storage, tr("Could not prepare the login's password: %1")
                                             .arg(QString::fromUtf8(PQerrorMessage(connection))
                                                      .trimmed())};
    const QString result = QString::fromUtf8(made);
    PQfreemem(made);
    return result;
}
