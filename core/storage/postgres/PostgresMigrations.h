#pragma once

#include <QString>
#include <QStringList>

/// The schema of a workspace on PostgreSQL 15: the same numbered migrations as Migrations (SQLite)
/// giving the same tables, columns, keys, checks, indexes (case-insensitive ones on lower(…)) and
/// rules. Every rule a SQLite trigger enforces with RAISE(ABORT, message) is a plpgsql trigger
/// raising the same message, with SQLSTATE 23514 (check_violation, class 23 like any broken
/// constraint). Run each statement with QSqlQuery::exec(sql) (not prepared: function bodies hold
/// `:=` and `::`), one transaction per migration.
///
/// Trigger functions run as the role that ran the migrations (SECURITY DEFINER, fixed search
/// path): a rule sees every row and derived rows are written whatever row-level security lets
/// the connected login see. A PostgreSQL workspace starts empty at the latest version, so the
/// repairs SQLite's migrations 8 and 14 make to rows of older files are not ported: those
/// migrations refuse a database holding such rows.
///
/// The schema version is the row 'schema_version' of workspace_info (SQLite keeps it in
/// PRAGMA user_version); the last statement of every migration sets it.
///
/// Full-text search: lead_search, partner_search, company_search and contact_search are tables
/// with the columns of the SQLite FTS5 tables, plus `id` (the record's ID, where SQLite joins on
/// rowid) and `document`, a generated tsvector with a GIN index, written by triggers at every
/// change: there is nothing to defer, so SearchDeferral is a no-op on PostgreSQL (its
/// search_deferrals and *_search_queue tables exist, unused, so both engines have the same
/// tables). Words are found by prefix, case- and accent-insensitively, as with FTS5
/// (channeldesk_search_query(typed), searchCondition()).
class PostgresMigrations {
public:
    /// May be ahead of Migrations::latestVersion() while a SQLite migration is being written.
    static constexpr int latestVersion() { return 17; }
    /// The SQL statements of migration version (1 … latestVersion()); empty for another number.
    static QStringList statements(int version);

    /// Statements that write again, from the records, every row the triggers keep: the search
    /// tables, partner_links, the leads' sort keys and the companies' website domains. For a bulk
    /// copy made with the triggers off (`SET session_replication_role = replica` as a superuser,
    /// or ALTER TABLE … DISABLE TRIGGER USER as the owner), which must copy rows as they are, such
    /// as a lead whose campaign was retired after it was chosen (a rule refuses it as a new
    /// lead); run them, with the triggers still off, before the commit.
    static QStringList derivedRowStatements();
    /// derivedRowStatements() without the two that rewrite columns of the records themselves
    /// (the leads' sort keys, the companies' website domains): for a copy that brings those
    /// columns as they are, such as `server push` from a workspace file, whose own rules keep
    /// them. Rewriting a million leads' sort keys costs more than copying them.
    static QStringList derivedTableStatements();

    /// One row, one column: the schema version of the connected database, 0 when it has no
    /// workspace_info table yet (an empty database; whether it is empty is another question).
    static QString versionQuery();

    /// What to bind for a full-text search of typed: the words to look for (each must start a word
    /// of the record, in any order), empty when typed has no letter or digit (then do not search,
    /// as SearchText::toMatchQuery's empty query means with SQLite).
    static QString searchQuery(const QString& typed);
    /// The condition that a row of searchTable (lead_search, partner_search, company_search or
    /// contact_search) matches the words bound at placeholder: e.g. for ("lead_search", ":search")
    /// "lead_search.document @@ channeldesk_search_query(:search)". The search table gives the
    /// record's ID in its `id` column; contact_search's document holds the name and e-mail only,
    /// its `company` column the contact's company ID (SQLite: `company : "…" AND {name email}`).
    static QString searchCondition(const QString& searchTable,
                                   const QString& placeholder = QStringLiteral("?"));
};
