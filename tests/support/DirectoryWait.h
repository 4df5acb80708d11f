#pragma once

#include "common/DirectoryModel.h"

#include <QAbstractItemModel>
#include <QTest>

/// Waits (pumping events) until a directory model has counted its rows and read its first
/// window; other models are ready at once. False on timeout.
inline bool waitUntilLoaded(QAbstractItemModel* model, int timeoutMs = 10000)
{
    auto* directory = qobject_cast<DirectoryModel*>(model);
    if (!directory)
        return true;
    return QTest::qWaitFor(
        [directory] {
            if (directory->totalCount() < 0)
                return false;
            const int rows = qMin(directory->rowCount(), DirectoryModel::windowRows);
            for (int row = 0; row < rows; ++row) {
                if (!directory->isRowLoaded(row)) {
                    directory->index(row, 0).data(); // asks for the window
                    return false;
                }
            }
            return true;
        },
        timeoutMs);
}
