#pragma once

#include <QVariantList>

/// Where a row stands in a sorted directory: its sort values and its rowid (the tie-breaker).
/// Windows of rows are addressed by keys, never by large offsets.
struct DirectoryKey {
    QVariantList values;
    qint64 rowId = 0;

    bool operator==(const DirectoryKey&) const = default;
};
