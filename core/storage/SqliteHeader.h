#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

/// The first 100 bytes of a SQLite file, read with plain file I/O: what a file claims to be,
/// learnt without opening it through SQLite (which may create -wal and -shm files beside it).
struct SqliteHeader {
    Q_DECLARE_TR_FUNCTIONS(SqliteHeader)

public:
    enum class Kind { Empty, NotSqlite, Sqlite };

    Kind kind = Kind::Empty;
    qint64 fileSize = 0;
    qint64 pageSize = 0;
    /// Pages the header says the file has; 0 when the header does not say (old writers).
    qint64 pageCount = 0;
    bool walMode = false;
    qint64 userVersion = 0;
    qint64 applicationId = 0;

    /// Reads path's header; an error only when the file cannot be read.
    static Result<SqliteHeader> read(const QString& path);
    /// Whether the file is shorter than its header says or not a whole number of pages (or the
    /// header's page size is impossible): the file was cut off or overwritten.
    bool isTruncated() const;
};
