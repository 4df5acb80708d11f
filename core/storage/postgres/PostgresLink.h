#pragma once

#include <QSqlDatabase>

class QSqlDriver;

struct pg_conn;

/// libpq's connection under a QPSQL QSqlDatabase (the same system library), for what Qt's driver
/// does not offer.
class PostgresLink {
public:
    /// The connection, or nullptr when database is not an open QPSQL connection.
    static pg_conn* of(const QSqlDatabase& database);
    static pg_conn* of(const QSqlDriver* driver);
    /// Whether libpq already knows the connection is gone (the server ended the session or the
    /// network closed it while idle): no round trip.
    static bool isBroken(const QSqlDatabase& database);
    static bool isBroken(const QSqlDriver* driver);
};
