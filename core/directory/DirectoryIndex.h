#pragma once

#include "directory/DirectoryKey.h"

#include <QList>

/// The keys of rows 0, stride, 2·stride, … of a query's result and how many rows it has: any
/// window can then be read from the anchor before it with a keyset query.
struct DirectoryIndex {
    qint64 count = 0;
    int stride = 0;
    QList<DirectoryKey> anchors;
};
