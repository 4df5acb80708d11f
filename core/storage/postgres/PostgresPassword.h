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
    /// The verifier of password for login, made with the connection database (QPSQL).
    static Result<QString> verifier(const QSqlDatabase& database, const QString& login,
                                    const QString& password);
};
