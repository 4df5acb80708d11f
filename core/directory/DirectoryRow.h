#pragma once

#include "directory/DirectoryKey.h"

#include <QString>
#include <QVariantList>

/// One row of a directory: the object's ID, its position key and one value per column of the
/// directory's spec (raw stored values; the window decides how to show them).
struct DirectoryRow {
    QString id;
    DirectoryKey key;
    QVariantList values;
};
