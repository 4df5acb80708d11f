#pragma once

#include "directory/DirectoryIndex.h"
#include "directory/DirectoryRequest.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySource.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

/// Reads a directory on its own thread with that thread's connection to the workspace, so the
/// window never waits for SQL. Requests of a superseded query generation are dropped unread; the
/// newest window requests go first and only the latest few are kept.
class DirectoryLoader : public QThread {
    Q_OBJECT

public:
    static constexpr int maxQueuedWindows = 8;

    DirectoryLoader(const DirectorySource& source, WorkspaceHandle workspace, ActingContext acting,
                    QObject* parent = nullptr);
    ~DirectoryLoader() override;

    /// Queued requests of older generations are dropped, and so are their results; a query of
    /// an older generation still running is abandoned (see ReadAbandonment).
    void setGeneration(quint64 generation);
    void post(const DirectoryRequest& request);
    void stop();

signals:
    void openFailed(const QString& message);
    void firstLoaded(quint64 generation, const QList<DirectoryRow>& rows);
    void windowLoaded(quint64 generation, int window, const QList<DirectoryRow>& rows);
    /// Window requests dropped to keep the queue short; they may be asked for again.
    void windowsDropped(quint64 generation, const QList<int>& windows);
    void indexLoaded(quint64 generation, const DirectoryIndex& index);
    /// position is -1 when the query does not show the object.
    void located(quint64 generation, const QString& id, qint64 position);
    void failed(quint64 generation, const QString& message);

protected:
    void run() override;

private:
    bool takeNext(DirectoryRequest& request);
    void serve(const QSqlDatabase& database, const DirectoryRequest& request);

    const DirectorySource& m_source;
    const WorkspaceHandle m_workspace;
    const ActingContext m_acting;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<DirectoryRequest> m_queue;
    std::atomic<bool> m_stopping{false};
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_running{0}; ///< generation of the request being read, 0 when idle
};
