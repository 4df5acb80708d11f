#include "storage/postgres/PostgresPassword.h"

#include "storage/postgres/PostgresLink.h"

#include <libpq-fe.h>

Result<QString> PostgresPassword::verifier(const QSqlDatabase& database, const QString& password)
{
    PGconn* connection = PostgresLink::of(database);
    if (!connection)
        return Error{ErrorCode::Storage,
                     tr("A login's password can only be set on a team server connection.")};
    const QByteArray secret = password.toUtf8();
    char* made = PQencryptPasswordConn(connection, secret.constData(), "", "scram-sha-256");
    if (!made)
        return Error{ErrorCode::Storage,
                     tr("Could not prepare the login's password: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    const QString result = QString::fromUtf8(made);
    PQfreemem(made);
    return result;
}
