#pragma once

#include "directory/DirectoryState.h"

#include <QString>
#include <QStringList>

/// A named directory state one user saved for one directory ("leads", "partners").
struct SavedView {
    qint64 id = 0;
    QString directory;
    QString name;
    DirectoryState state;
    /// What was left out when the view was read back (a column or filter the directory no
    /// longer has); empty when the view applies as saved.
    QStringList notes;
    qint64 createdAt = 0; ///< milliseconds since the epoch, UTC
    qint64 updatedAt = 0;
};
