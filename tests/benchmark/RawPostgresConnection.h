#pragma once

#include "common/Result.h"
#include "directory/DirectoryStatement.h"
#include "storage/ServerAddress.h"

#include <QString>

struct pg_conn;

/// The PostgreSQL floor: one connection through libpq, with nothing of Qt between the caller and
/// the library (RawSqliteConnection's counterpart). Runs the statements ChannelDesk builds, in
/// the PostgreSQL spelling core sends (SqlDialect), with their named values as $n parameters in
/// text form, reading every column of every row.
class RawPostgresConnection {
public:
    RawPostgresConnection() = default;
    ~RawPostgresConnection();
    RawPostgresConnection(const RawPostgresConnection&) = delete;
    RawPostgresConnection& operator=(const RawPostgresConnection&) = delete;

    Result<void> open(const ServerAddress& address);
    void close();

    /// Adapts, binds by name, reads every row; returns the number of rows.
    Result<int> run(const DirectoryStatement& statement);
    /// Runs SQL without values (BEGIN, COMMIT, SET).
    Result<void> exec(const QString& sql);

    /// A value derived from every byte read, so the reads cannot be optimised away.
    quint64 checksum() const { return m_checksum; }

private:
    Error failure(const QString& what) const;

    pg_conn* m_connection = nullptr;
    quint64 m_checksum = 0;
};
