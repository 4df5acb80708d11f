#include "directory/DirectoryLoader.h"

#include "storage/ReadAbandonment.h"
#include "storage/Workspace.h"

#include <QMutexLocker>
#include <QSqlError>

DirectoryLoader::DirectoryLoader(const DirectorySource& source, WorkspaceHandle workspace,
                                 ActingContext acting, QObject* parent)
    : QThread(parent)
    , m_source(source)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
{
}

DirectoryLoader::~DirectoryLoader()
{
    stop();
}

void DirectoryLoader::stop()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    wait();
}

void DirectoryLoader::setGeneration(quint64 generation)
{
    QMutexLocker locker(&m_mutex);
    m_generation = generation;
    m_queue.removeIf(
        [generation](const DirectoryRequest& r) { return r.generation != generation; });
}

void DirectoryLoader::post(const DirectoryRequest& request)
{
    QList<int> dropped;
    {
        QMutexLocker locker(&m_mutex);
        if (request.generation != m_generation)
            return;
        m_queue << request;
        int windows = 0;
        // Keep the newest window requests only: the view has scrolled past the others.
        for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
            if (m_queue[i].kind != DirectoryRequest::Kind::Window)
                continue;
            if (++windows > maxQueuedWindows) {
                dropped << m_queue[i].window;
                m_queue.removeAt(i);
            }
        }
    }
    if (!dropped.isEmpty())
        emit windowsDropped(request.generation, dropped);
    m_wake.wakeOne();
}

bool DirectoryLoader::takeNext(DirectoryRequest& request)
{
    QMutexLocker locker(&m_mutex);
    m_running = 0;
    while (m_queue.isEmpty() && !m_stopping)
        m_wake.wait(&m_mutex);
    if (m_stopping)
        return false;
    // First windows first, then the newest window, then positions, then counts.
    qsizetype best = 0;
    for (qsizetype i = 1; i < m_queue.size(); ++i) {
        const auto rank = [](const DirectoryRequest& r) { return static_cast<int>(r.kind); };
        if (rank(m_queue[i]) < rank(m_queue[best]) ||
            (rank(m_queue[i]) == rank(m_queue[best]) &&
             m_queue[i].kind == DirectoryRequest::Kind::Window))
            best = i;
    }
    request = m_queue.takeAt(best);
    m_running = request.generation;
    return true;
}

void DirectoryLoader::run()
{
    // The window's thread has already checked and migrated the file: the loader only reads, on
    // this thread's own connection to the workspace (closed when the thread ends).
    const QSqlDatabase database = m_workspace->connection();
    if (!database.isOpen()) {
        emit openFailed(tr("The directory could not read the workspace %1: %2")
                            .arg(m_workspace->path(), database.lastError().text()));
        return;
    }
    const ReadAbandonment abandonment(database,
                                      [this] { return m_stopping || m_running != m_generation; });
    DirectoryRequest request;
    while (takeNext(request)) {
        if (request.generation == m_generation)
            serve(database, request);
    }
}

void DirectoryLoader::serve(const QSqlDatabase& database, const DirectoryRequest& request)
{
    const quint64 generation = request.generation;
    switch (request.kind) {
    case DirectoryRequest::Kind::First:
    case DirectoryRequest::Kind::Window: {
        auto rows =
            m_source.page(database, m_acting, request.query, request.from, true, request.limit);
        if (!rows)
            emit failed(generation, rows.error().message);
        else if (request.kind == DirectoryRequest::Kind::First)
            emit firstLoaded(generation, rows.value());
        else
            emit windowLoaded(generation, request.window, rows.value());
        return;
    }
    case DirectoryRequest::Kind::Index: {
        auto index = m_source.index(database, m_acting, request.query, request.limit);
        if (!index)
            emit failed(generation, index.error().message);
        else
            emit indexLoaded(generation, index.value());
        return;
    }
    case DirectoryRequest::Kind::Locate: {
        auto position = m_source.positionOf(database, m_acting, request.query, request.id);
        if (!position)
            emit failed(generation, position.error().message);
        else
            emit located(generation, request.id, position.value().value_or(-1));
        return;
    }
    }
}
