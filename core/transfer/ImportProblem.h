#pragma once

#include <QString>

/// A row of a CSV file that was not imported, and why.
struct ImportProblem {
    qint64 line = 0; ///< the physical line where the row starts (the header is line 1)
    QString reason;  ///< translated, for people
    bool operator==(const ImportProblem&) const = default;
};
