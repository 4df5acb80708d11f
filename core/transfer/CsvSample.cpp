#include "transfer/CsvSample.h"

#include "transfer/CsvReader.h"

#include <QFile>
#include <QFileInfo>

Result<CsvSample> CsvSample::read(const QString& path, int rowCount)
{
    // Choosing the columns reads the sample, the import then reads the file again: a pipe or a
    // FIFO would lose what the sample took (and opening a FIFO without a writer never returns).
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return Error{ErrorCode::Invalid,
                     tr("%1 is not a regular file (a pipe or a device?): it can be read only "
                        "once. Save it to a file first, or import it with “channeldesk import "
                        "leads|partners %1”, which reads it once.")
                         .arg(path)};
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
