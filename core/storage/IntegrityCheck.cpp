#include "storage/IntegrityCheck.h"

#include "storage/SqliteHandle.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

// At most this many problems are listed; quick_check stops there.
constexpr int shownProblems = 3;

std::mutex registryMutex;
QHash<QString, std::weak_ptr<IntegrityCheck>>& registry()
{
    static QHash<QString, std::weak_ptr<IntegrityCheck>> checks;
    return checks;
}

/// Calls done on the application's thread if context still exists there.
void post(QPointer<QObject> context, std::function<void()> done)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app,
            [context = std::move(context), done = std::move(done)] {
                if (context)
                    done();
            },
            Qt::QueuedConnection);
}

} // namespace

Result<void> IntegrityCheck::run(const QSqlDatabase& database, const QString& shownPath)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(shownProblems)))
        while (query.next())
            for (const QString& line : query.value(0).toString().split(QLatin1Char('\n')))
                if (!line.startsWith(QLatin1String("***"))) // "*** in database main ***"
                    problems << line;
    const QSqlError error = query.lastError();
    if (error.isValid()) {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
            return Error{code == SQLITE_BUSY || code == SQLITE_LOCKED ? ErrorCode::Locked
                                                                      : ErrorCode::Storage,
                         tr("The workspace %1 could not be checked for damage: %2")
                             .arg(shownPath, error.text())};
        problems << error.databaseText();
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error{ErrorCode::Corrupt,
                 tr("The workspace %1 is damaged (%2). ChannelDesk does not change a damaged "
                    "workspace: restore it from a backup.")
                     .arg(shownPath, problems.join(QStringLiteral("; ")))};
}

std::shared_ptr<IntegrityCheck>
IntegrityCheck::inBackground(const QString& path, const QString& shownPath, int busyTimeoutMs)
{
    std::shared_ptr<IntegrityCheck> check;
    {
        const std::lock_guard lock(registryMutex);
        check = registry().value(path).lock();
        if (check && check->state() != State::Failed)
            return check;
        registry().removeIf([](const auto& entry) { return entry.value().expired(); });
        check.reset(new IntegrityCheck(path, shownPath));
        registry().insert(path, check);
    }
    check->m_thread =
        std::thread([raw = check.get(), busyTimeoutMs] { raw->runInThread(busyTimeoutMs); });
    return check;
}

IntegrityCheck::IntegrityCheck(QString path, QString shownPath)
    : m_path(std::move(path))
    , m_shownPath(std::move(shownPath))
{
}

IntegrityCheck::~IntegrityCheck()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_connection)
            sqlite3_interrupt(m_connection);
    }
    if (m_thread.joinable())
        m_thread.join();
}

IntegrityCheck::State IntegrityCheck::state() const
{
    const std::lock_guard lock(m_mutex);
    return m_state;
}

Result<void> IntegrityCheck::outcome() const
{
    const std::lock_guard lock(m_mutex);
    switch (m_state) {
    case State::Passed:
        return {};
    case State::Failed:
        return m_failure;
    case State::Running:
        break;
    }
    return Error{ErrorCode::Locked,
                 tr("ChannelDesk is still checking the workspace %1 for damage (it does so once, "
                    "in the background, for a large workspace); changes can be saved as soon as "
                    "that is done. Try again in a moment.")
                     .arg(m_shownPath)};
}

Result<void> IntegrityCheck::wait() const
{
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_state != State::Running; });
    lock.unlock();
    return outcome();
}

void IntegrityCheck::whenFinished(QObject* context, std::function<void()> done)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state == State::Running) {
            m_waiting.emplace_back(context, std::move(done));
            return;
        }
    }
    post(context, std::move(done));
}

void IntegrityCheck::runInThread(int busyTimeoutMs)
{
    const QString name = QStringLiteral("workspace-check-%1").arg(reinterpret_cast<quintptr>(this));
    Result<void> outcome;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(m_path);
        database.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!database.open()) {
            outcome =
                Error{ErrorCode::Storage, tr("The workspace %1 could not be checked for damage: %2")
                                              .arg(m_shownPath, database.lastError().text())};
        } else {
            sqlite3* connection = SqliteHandle::of(database);
            bool cancelled = false;
            {
                const std::lock_guard lock(m_mutex);
                cancelled = m_cancelled;
                m_connection = connection;
            }
            // An interrupt that comes before the statement starts would be lost: the progress
            // handler sees the flag instead.
            if (connection)
                sqlite3_progress_handler(
                    connection, 1000,
                    [](void* check) {
                        auto* self = static_cast<IntegrityCheck*>(check);
                        const std::lock_guard lock(self->m_mutex);
                        return self->m_cancelled ? 1 : 0;
                    },
                    this);
            if (!cancelled)
                outcome = run(database, m_shownPath);
            {
                const std::lock_guard lock(m_mutex);
                m_connection = nullptr;
            }
            if (connection)
                sqlite3_progress_handler(connection, 0, nullptr, nullptr);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    finish(std::move(outcome));
}

void IntegrityCheck::finish(Result<void> outcome)
{
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> waiting;
    {
        const std::lock_guard lock(m_mutex);
        m_state = outcome ? State::Passed : State::Failed;
        m_failure = outcome ? Error{} : outcome.error();
        waiting.swap(m_waiting);
    }
    m_finished.notify_all();
    for (auto& [context, done] : waiting)
        post(std::move(context), std::move(done));
}
