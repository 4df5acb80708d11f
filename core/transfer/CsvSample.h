#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/// The header and first rows of a CSV file, for choosing what each column is imported into.
struct CsvSample {
    Q_DECLARE_TR_FUNCTIONS(CsvSample)

public:
    QStringList header;
    QList<QStringList> rows; ///< at most the rows asked for
    QChar delimiter;

    /// Reads the header and up to rowCount rows of the file at path, which must be a regular file
    /// (the import reads it again).
    static Result<CsvSample> read(const QString& path, int rowCount = 3);
    /// Up to count values of column from the rows, skipping empty ones.
    QStringList values(int column, int count = 3) const;
};
