#pragma once

#include <QString>
#include <QStringList>

/// The PostgreSQL side of a bulk copy into a new team workspace (`server push`): what the
/// server's catalog says about the workspace's tables, and the statements around the copy.
/// Table and column names given to the statement builders must come from the catalog queries
/// below (the caller checks them against isIdentifier()).
class PostgresBulkLoad {
public:
    /// Whether name is a plain lower-case SQL identifier (letters, digits, underscores).
    static bool isIdentifier(const QString& name);

    /// One row, one column: how many tables the current schema holds (0: an empty database).
    static QString tableCountQuery();
    /// Rows (table, column) of every stored column of the current schema's tables in column
    /// order; generated columns (the search tables' tsvector) are left out: they are derived.
    static QString columnsQuery();
    /// Rows (table, referenced table) of every foreign key between two tables of the schema.
    static QString foreignKeysQuery();
    /// Rows (table, column) of every identity column (events.id, leads.rowid, …).
    static QString identityColumnsQuery();

    /// Tables whose rows the server derives from the records (derivedRowStatements()) or never
    /// uses (SQLite's deferred-search queues): not copied.
    static QStringList derivedTables();

    /// Turns the table's own triggers (rules, derived rows) off or on again; foreign keys stay
    /// checked. Needs the table's owner: the login that created the schema.
    static QString triggersOff(const QString& table);
    static QString triggersOn(const QString& table);
    /// Sets the sequence of an identity column past the largest value copied.
    static QString identityAfterCopy(const QString& table, const QString& column);
    /// Taken before migrating, as Workspace::open does, so two clients never migrate at once.
    static QString migrationLock();
};
