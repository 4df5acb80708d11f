#pragma once

#include <QString>
#include <QStringList>

/// The files SQLite keeps beside a database (-wal, -shm, -journal), as they were when this
/// object was made: after a refusal, removeCreated() deletes only the ones that appeared since,
/// never one that was there before (a -wal may hold the file's committed data).
class CompanionFiles {
public:
    explicit CompanionFiles(const QString& databasePath);

    static QStringList suffixes();
    bool existed(const QString& suffix) const { return m_existing.contains(suffix); }
    /// Removes the companions that did not exist when this object was made.
    void removeCreated() const;

private:
    QString m_path;
    QStringList m_existing;
};
