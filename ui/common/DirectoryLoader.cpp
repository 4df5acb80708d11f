#include "common/DirectoryLoader.h"

#include "storage/SqliteHandle.h"

#include <QMutexLocker>
#include <QSqlError>

#include <sqlite3.h>

DirectoryLoader::DirectoryLoader(const DirectorySource& source, QString workspacePath,
                                 ActingContext acting, QObject* parent)
    : QThread(parent)
    , m_source(source)
    , m_path(std::move(workspacePath))
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

int DirectoryLoader::abandoned(void* loader)
{
    // sqlite3_interrupt() would be lost when it came just before the statement's first step;
    // SQLite asks this every few thousand instructions instead, however the race turns out.
    const auto* self = static_cast<const DirectoryLoader*>(loader);
    return self->m_stopping || self->m_running != self->m_generation ? 1 : 0;
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
    // The window's connection has already checked and migrated the file: the loader only reads,
    // through a plain read-only connection of its own.
    const QString name =
        QStringLiteral("channeldesk-directory-loader-%1").arg(reinterpret_cast<quintptr>(this));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(m_path);
        database.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open()) {
            emit openFailed(tr("The directory could not read the workspace %1: %2")
                                .arg(m_path, database.lastError().text()));
        } else {
            serveAll(database);
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void DirectoryLoader::serveAll(const QSqlDatabase& database)
{
    sqlite3* connection = SqliteHandle::of(database);
    if (connection)
        sqlite3_progress_handler(connection, abandonCheckInterval, &DirectoryLoader::abandoned,
                                 this);
    DirectoryRequest request;
    while (takeNext(request)) {
        if (request.generation == m_generation)
            serve(database, request);
    }
    if (connection)
        sqlite3_progress_handler(connection, 0, nullptr, nullptr);
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
