#pragma once

#include "common/Result.h"
#include "transfer/ImportProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

/// What an import did: rows imported (committed) and skipped with their reasons, and whether it
/// was cancelled or stopped by an error (what was committed before stays).
struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    /// Skipped rows beyond this many are counted but not listed.
    static constexpr int maxListedProblems = 10000;

    qint64 rowsRead = 0;           ///< data rows read (not the header, not empty lines)
    qint64 imported = 0;           ///< rows written and committed
    qint64 skipped = 0;            ///< rows refused, each with a reason
    QList<ImportProblem> problems; ///< the first maxListedProblems skipped rows, in file order
    QStringList notes;             ///< what people need from committed rows (e.g. invitation links)
    qint64 lastCommittedLine = 0;  ///< the last line whose row is committed; 0 when none
    bool cancelled = false;
    std::optional<Error> failure; ///< why the import stopped early, if it did

    bool isComplete() const { return !cancelled && !failure && skipped == 0; }
    /// "12 imported, 3 skipped", then whether it was cancelled or stopped.
    QString summary() const;
    /// One line per skipped row: "Line 12: reason".
    QString problemsText() const;
    /// The summary, the skipped rows and the notes, for copying or saving.
    QString text() const;
};
