#pragma once

#include <QString>
#include <QStringList>

/// What makes a team workspace live: after every statement that inserts, changes or deletes rows
/// of a business table, PostgreSQL sends the notification `channeldesk` with the table's name as
/// payload to every client listening (delivered when the transaction commits, once per table and
/// transaction). ChangeFeed listens. PostgreSQL only; these are no migration (SQLite has no
/// NOTIFY), and every statement can run again (CREATE OR REPLACE; PostgreSQL 14 or later).
class PostgresNotifications {
public:
    /// The channel the triggers notify.
    static QString channel();
    /// The tables whose changes are announced.
    static QStringList tables();
    /// Creates or replaces the notify function and one trigger per table. Run by the database's
    /// owner (Workspace::openServer after migrating, or `server init`), in one transaction.
    static QStringList statements();
    /// The number of our triggers the database has: tables().size() once statements() ran.
    static QString installedQuery();
};
