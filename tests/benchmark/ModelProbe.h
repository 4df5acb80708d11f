#pragma once

#include <QObject>
#include <QString>

#include <functional>

class DirectoryModel;

/// Follows a DirectoryModel's loading signals and pumps the event loop until a condition holds.
class ModelProbe {
public:
    explicit ModelProbe(DirectoryModel* model);

    /// Forgets what was seen (before the next setQuery() or request).
    void reset();
    /// Processes events until done() or a load failure or timeoutMs; true when done().
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120'000);
    /// Waits for a window holding row.
    bool waitForRow(int row, int timeoutMs = 120'000);

    bool firstWindow() const { return m_firstWindow; }
    qint64 count() const { return m_count; }
    int windowsLoaded() const { return m_windows; }
    const QString& failure() const { return m_failure; }

private:
    QObject m_context;
    bool m_firstWindow = false;
    qint64 m_count = -1;
    int m_windows = 0;
    int m_targetRow = -1;
    bool m_targetLoaded = false;
    QString m_failure;
};
