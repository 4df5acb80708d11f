#pragma once

#include <QMap>
#include <QString>

/// What a directory shows, as the user chose it: its sort, its column filters and the words
/// searched for. Column keys are checked against the directory's own columns before any SQL.
struct DirectoryQuery {
    QString sortColumn; ///< empty for the directory's default order
    bool descending = false;
    QMap<QString, QString> filters; ///< column key → stored value (an ID or a key)
    QString search;                 ///< words as typed; every word must match a prefix

    bool operator==(const DirectoryQuery&) const = default;
};
