#pragma once

#include "common/DirectoryModel.h"
#include "leads/LeadDirectory.h"

/// The lazy directory model as the Leads window uses it, with trivial cells: the benchmark
/// measures loading, not formatting.
class BenchmarkLeadModel : public DirectoryModel {
public:
    explicit BenchmarkLeadModel(QObject* parent = nullptr)
        : DirectoryModel(LeadDirectory::source(), parent)
    {
    }

    /// Asks for row as a view painting it does (data() asks the loader for the row's window
    /// when it is not loaded); whether it is loaded.
    bool isServed(int row) const
    {
        const QVariant shown = data(index(row, 0), Qt::DisplayRole);
        return shown.isValid() && isRowLoaded(row);
    }

protected:
    QStringList headers() const override
    {
        QStringList keys;
        for (const DirectoryColumn& column : LeadDirectory::source().columns())
            keys << column.key;
        return keys;
    }

    QVariant cell(const DirectoryRow& row, int column, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return column == 0 ? QVariant(row.id) : row.values.value(column);
    }
};
