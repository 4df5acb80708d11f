#pragma once

#include "common/Result.h"
#include "directory/DirectoryStatement.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/// The floor: one connection through the SQLite C API, with nothing of Qt between the caller
/// and the library. Runs the statements ChannelDesk builds, reading every column of every row
/// as a real reader would (text as UTF-8 bytes, integers as 64-bit values).
class RawSqliteConnection {
public:
    RawSqliteConnection() = default;
    ~RawSqliteConnection();
    RawSqliteConnection(const RawSqliteConnection&) = delete;
    RawSqliteConnection& operator=(const RawSqliteConnection&) = delete;

    /// Opens path read-write with the workspace's pragmas (foreign keys, synchronous NORMAL).
    Result<void> open(const QString& path);
    void close();

    /// Prepares, binds by name, steps through every row; returns the number of rows.
    Result<int> run(const DirectoryStatement& statement);
    /// Runs SQL without results (BEGIN, COMMIT, pragmas).
    Result<void> exec(const QString& sql);
    /// Prepares sql once for execute(); returns its handle. Finalised by close().
    Result<int> prepare(const QString& sql);
    /// Binds values by name to the prepared statement, steps it to the end and resets it.
    Result<void> execute(int handle, const QList<QPair<QString, QVariant>>& values);
    /// Rows changed by the last statement run.
    int changes() const;

    /// A value derived from every byte read, so the reads cannot be optimised away.
    quint64 checksum() const { return m_checksum; }

private:
    Error failure(const QString& what) const;
    Result<void> bind(sqlite3_stmt* statement, const QList<QPair<QString, QVariant>>& values) const;

    sqlite3* m_db = nullptr;
    QList<sqlite3_stmt*> m_prepared;
    quint64 m_checksum = 0;
};
