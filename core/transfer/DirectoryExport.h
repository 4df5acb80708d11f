#pragma once

#include "common/Result.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySource.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

/// One column of an export: its header and the text of a row's cell.
struct ExportColumn {
    QString header;
    std::function<QString(const DirectoryRow&)> text;
};

/// Writes what a directory shows (its query: filters, search and sort) to a CSV file, in the
/// given columns, window by window so that memory stays flat. Cells a spreadsheet would run as
/// formulas are escaped. The file appears only when complete: a failure or a cancel leaves no
/// file and an existing file untouched.
class DirectoryExport {
    Q_DECLARE_TR_FUNCTIONS(DirectoryExport)

public:
    /// progress(rowsWritten, rowsTotal) returns false to cancel (Error code Invalid,
    /// "cancelled"). Returns the number of rows written.
    static Result<qint64> write(const QString& path, const QSqlDatabase& database,
                                const ActingContext& acting, const DirectorySource& source,
                                const DirectoryQuery& query, const QList<ExportColumn>& columns,
                                const std::function<bool(qint64, qint64)>& progress = {});
};
