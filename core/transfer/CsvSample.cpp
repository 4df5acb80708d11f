#include "transfer/CsvSample.h"

#include "transfer/CsvReader.h"

#include <QFile>

Result<CsvSample> CsvSample::read(const QString& path, int rowCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("Could not open %1: %2").arg(path, file.errorString())};
    CsvReader reader(&file);
    CsvSample sample;
    auto first = reader.readRecord(sample.header);
    if (!first)
        return first.error();
    if (!first.value())
        return Error{ErrorCode::Invalid, tr("The file is empty: it has no header line.")};
    sample.delimiter = reader.delimiter();
    QStringList cells;
    while (sample.rows.size() < rowCount) {
        auto read = reader.readRecord(cells);
        if (!read)
            return read.error();
        if (!read.value())
            break;
        sample.rows << cells;
    }
    return sample;
}

QStringList CsvSample::values(int column, int count) const
{
    QStringList values;
    for (const QStringList& row : rows)
        if (column < row.size() && !row.at(column).trimmed().isEmpty() && values.size() < count)
            values << row.at(column).trimmed();
    return values;
}
