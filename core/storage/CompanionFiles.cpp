#include "storage/CompanionFiles.h"

#include <QFile>
#include <QFileInfo>

CompanionFiles::CompanionFiles(const QString& databasePath)
    : m_path(databasePath)
{
    for (const QString& suffix : suffixes())
        if (QFileInfo::exists(m_path + suffix))
            m_existing << suffix;
}

QStringList CompanionFiles::suffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

void CompanionFiles::removeCreated() const
{
    for (const QString& suffix : suffixes())
        if (!m_existing.contains(suffix))
            QFile::remove(m_path + suffix);
}
