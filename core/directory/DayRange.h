#pragma once

#include "common/Result.h"
#include "directory/DirectoryQuery.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

/// A DirectoryRange of local days (YYYY-MM-DD, both ends inclusive, either open), checked, and
/// its ends as times for comparing with stored times (milliseconds since the epoch).
class DayRange {
    Q_DECLARE_TR_FUNCTIONS(DayRange)

public:
    /// Invalid when an end is not a day written YYYY-MM-DD or the range ends before it starts.
    static Result<DayRange> parse(const DirectoryRange& range);
    /// The day written YYYY-MM-DD (surrounding spaces allowed), or an Invalid error naming it.
    static Result<QDate> parseDay(const QString& text);

    QDate first; ///< invalid: open
    QDate last;  ///< invalid: open

    /// The start of the first day, local time.
    std::optional<qint64> startMs() const;
    /// The start of the day after the last one, local time (the first time not in the range).
    std::optional<qint64> endMs() const;
};
