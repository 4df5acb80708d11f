#pragma once

#include <QSqlDatabase>
#include <QStringList>

/// For the life of a bulk write (an import, a large demo): a larger page cache (the leads table
/// has many indexes, and a small cache spills dirty pages to the WAL again and again), statement
/// journals in memory and fewer, larger WAL checkpoints. The connection's settings are restored
/// afterwards.
class BulkWriteTuning {
    Q_DISABLE_COPY_MOVE(BulkWriteTuning)

public:
    explicit BulkWriteTuning(QSqlDatabase database);
    ~BulkWriteTuning();

    /// The pragmas set for the bulk write, for a caller outside Qt (the import benchmark).
    static QStringList pragmas();

private:
    QSqlDatabase m_database;
    qint64 m_cacheSize = -2000;
    int m_tempStore = 0;
    int m_autoCheckpoint = 1000;
};
