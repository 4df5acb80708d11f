#include "transfer/DirectoryExport.h"

#include "transfer/CsvWriter.h"

#include <QSaveFile>

Result<qint64> DirectoryExport::write(const QString& path, const QSqlDatabase& database,
                                      const ActingContext& acting, const DirectorySource& source,
                                      const DirectoryQuery& query,
                                      const QList<ExportColumn>& columns,
                                      const std::function<bool(qint64, qint64)>& progress)
{
    if (columns.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose at least one column to export.")};
    auto total = source.count(database, acting, query);
    if (!total)
        return total.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::CannotCreate,
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    CsvWriter writer(&file, true);
    QStringList headers;
    for (const ExportColumn& column : columns)
        headers << column.header;
    bool written = writer.writeRecord(headers);
    qint64 rows = 0;
    bool cancelled = false;
    QStringList cells;
    auto read = source.forEach(database, acting, query, [&](const DirectoryRow& row) {
        cells.clear();
        for (const ExportColumn& column : columns)
            cells << column.text(row);
        written = writer.writeRecord(cells);
        ++rows;
        if (progress && rows % 1000 == 0 && !progress(rows, total.value()))
            cancelled = true;
        return written && !cancelled;
    });
    if (!read) {
        file.cancelWriting();
        return read.error();
    }
    if (cancelled) {
        file.cancelWriting();
        return Error{ErrorCode::Invalid, tr("The export was cancelled; no file was written.")};
    }
    if (written)
        written = writer.finish();
    if (!written) {
        const QString why = writer.errorString();
        file.cancelWriting();
        return Error{ErrorCode::CannotCreate, tr("Cannot write %1: %2").arg(path, why)};
    }
    if (!file.commit())
        return Error{ErrorCode::CannotCreate,
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (progress)
        progress(rows, rows);
    return rows;
}
