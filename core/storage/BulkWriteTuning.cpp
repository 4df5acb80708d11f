#include "storage/BulkWriteTuning.h"

#include <QSqlQuery>
#include <QVariant>

BulkWriteTuning::BulkWriteTuning(QSqlDatabase database)
    : m_database(std::move(database))
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_cacheSize = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next())
        m_tempStore = query.value(0).toInt();
    if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next())
        m_autoCheckpoint = query.value(0).toInt();
    for (const QString& pragma : pragmas())
        query.exec(pragma);
}

QStringList BulkWriteTuning::pragmas()
{
    return {QStringLiteral("PRAGMA cache_size = -262144"), // 256 MiB
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA wal_autocheckpoint = 16384")}; // pages: 64 MiB
}

BulkWriteTuning::~BulkWriteTuning()
{
    QSqlQuery query(m_database);
    // Numbers read from the pragmas above, not input.
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}
