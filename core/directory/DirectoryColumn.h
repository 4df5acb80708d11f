#pragma once

#include <QString>
#include <QStringList>

/// One term of a directory's sort: an SQL expression over the directory's table, compared
/// case-insensitively when noCase.
struct DirectorySortTerm {
    QString expression;
    bool noCase = false;
};

/// One column of a directory as the SQL sees it. Only columns with sort terms can be sorted, only
/// columns with a filter expression can be filtered, and only columns with a day range
/// expression take a range of days: each has an index behind it.
struct DirectoryColumn {
    QString key;                   ///< stable name, used by settings, the CLI and queries
    QString select;                ///< SQL expression of the stored value
    QList<DirectorySortTerm> sort; ///< empty: not sortable
    QString filter;                ///< SQL expression compared with the filter value; empty: none
    /// SQL expression of a time (milliseconds since the epoch) kept within a DayRange; empty: none
    QString dayRange;

    bool sortable() const { return !sort.isEmpty(); }
    bool filterable() const { return !filter.isEmpty(); }
    bool takesDayRange() const { return !dayRange.isEmpty(); }
};
