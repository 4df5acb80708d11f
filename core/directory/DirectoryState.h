#pragma once

#include "directory/DirectoryQuery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

/// Everything a person chose in a directory: its query (search, filters, ranges, sort) and its
/// visible columns in their order, by column key, with their widths when known.
struct DirectoryState {
    Q_DECLARE_TR_FUNCTIONS(DirectoryState)

public:
    DirectoryQuery query;
    QStringList columns;       ///< visible column keys, left to right
    QMap<QString, int> widths; ///< column key → width in pixels; optional

    /// Compact JSON: {"version":1,"query":{…},"columns":[…],"widths":{…}}.
    QByteArray toJson() const;
    /// Reads what toJson() wrote. A part of the wrong shape is left out and named in notes
    /// (when given); text that is not a JSON object gives an empty state and a note.
    static DirectoryState fromJson(const QByteArray& json, QStringList* notes = nullptr);

    bool operator==(const DirectoryState&) const = default;
};
