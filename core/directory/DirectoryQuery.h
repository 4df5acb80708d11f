#pragma once

#include <QMap>
#include <QString>

/// An inclusive range of a column's stored values; an empty end leaves that side open. Dates are
/// ISO days (yyyy-MM-dd) in the user's local time.
struct DirectoryRange {
    QString from;
    QString to;

    bool isEmpty() const { return from.isEmpty() && to.isEmpty(); }
    bool operator==(const DirectoryRange&) const = default;
};

/// What a directory shows, as the user chose it: its sort, its column filters and the words
/// searched for. Column keys are checked against the directory's own columns before any SQL.
struct DirectoryQuery {
    QString sortColumn; ///< empty for the directory's default order
    bool descending = false;
    QMap<QString, QString> filters;       ///< column key → stored value (an ID or a key)
    QMap<QString, DirectoryRange> ranges; ///< column key → range of stored values (e.g. created)
    QString search;                       ///< words as typed; every word must match a prefix

    bool operator==(const DirectoryQuery&) const = default;
};
