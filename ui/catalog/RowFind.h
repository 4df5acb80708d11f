#pragma once

#include <QList>
#include <QString>

/// The row of rows whose id is id, or nullptr.
template <typename Row> const Row* findRow(const QList<Row>& rows, const QString& id)
{
    for (const Row& row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}
