#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/// A login's password as the server stores it: a SCRAM-SHA-256 verifier made on this side of the
/// connection (libpq's PQencryptPasswordConn, as psql's \password does), so the password itself
/// never crosses the network nor lands in a server log with the statement that sets it.
class PostgresPassword {
    Q_DECLARE_TR_FUNCTIONS(PostgresPassword)

public:
    /// The verifier of password, made with the connection database (QPSQL). SCRAM does not
    /// salt with the login's name, so one verifier serves whichever login it is set for.
    static Result<QString> verifier(const QSqlDatabase& database, const QString& password);
};
