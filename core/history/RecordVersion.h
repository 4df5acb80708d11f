#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

/// A row of one of migration 15's tables that a user read and now acts on.
struct VersionedRow {
    QString table;          ///< a table with a version column (from code, never from input)
    QStringList keyColumns; ///< the columns that find the row
    QVariantList keys;      ///< their values
    QString objectType;     ///< what its events are about ("lead", "contract", "partner", …)
    QString objectId;       ///< the object_id of its events
    QString label;          ///< how a message names it, translated ("Lead LDR-…")
};

/// Optimistic concurrency (issue 12, point 6): a record opened for editing or acting on carries
/// the version it was read at, and the write claims the row at that version inside its one
/// transaction. When another user changed or deleted it meanwhile, the write fails with a
/// Conflict that says who did it and when (from the newest event of the object), and the caller's
/// transaction rolls back, so nothing is half-written and nobody's change is lost.
class RecordVersion {
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)

public:
    /// Raises the row's version if it still is readVersion; a Conflict if it was changed or
    /// deleted since. Without readVersion (a caller that showed nothing first, like an import)
    /// nothing is checked and the version rises with the caller's own update (a trigger).
    static Result<void> claim(const QSqlDatabase& database, const VersionedRow& row,
                              std::optional<qint64> readVersion);
    /// For a row the caller could not find: a Conflict saying who deleted it and when if it was
    /// read (readVersion) and its history ends with a deletion; otherwise notFound as it is.
    static Error unlessDeleted(const QSqlDatabase& database, const VersionedRow& row,
                               std::optional<qint64> readVersion, const Error& notFound);

private:
    struct LastChange {
        bool found = false;
        QString userName;
        QString action;
        qint64 at = 0;
    };
    static LastChange lastChange(const QSqlDatabase& database, const VersionedRow& row);
    static Error changedMeanwhile(const LastChange& change, const VersionedRow& row);
    static Error deletedMeanwhile(const LastChange& change, const VersionedRow& row);
};
