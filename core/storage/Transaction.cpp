#include "storage/Transaction.h"

#include "storage/SqlEngine.h"
#include "storage/SqlError.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace {

QMutex observerMutex;
Transaction::WaitObserver& waitObserver()
{
    static Transaction::WaitObserver observer;
    return observer;
}
std::atomic<int> limitMs{Transaction::defaultWaitLimitMilliseconds};

void notify(qint64 waitedMs)
{
    Transaction::WaitObserver observer;
    {
        QMutexLocker lock(&observerMutex);
        observer = waitObserver();
    }
    if (observer)
        observer(waitedMs);
}

bool isBusy(const QSqlError& error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 5; // SQLITE_BUSY
}

/// The connection's busy timeout in ms (SQLite's pragma; -1 when it cannot be read).
int busyTimeout(QSqlQuery& query)
{
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        return query.value(0).toInt();
    return -1;
}

void setBusyTimeout(QSqlQuery& query, int milliseconds)
{
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)); // a number
}

} // namespace

void Transaction::setWaitObserver(WaitObserver observer)
{
    QMutexLocker lock(&observerMutex);
    waitObserver() = std::move(observer);
}

void Transaction::setWaitLimit(int milliseconds)
{
    limitMs = qMax(0, milliseconds);
}

int Transaction::waitLimit()
{
    return limitMs;
}

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    begin();
}

void Transaction::begin()
{
    if (auto admitted = Workspace::admitsWrites(m_database); !admitted) {
        m_error = admitted.error();
        return;
    }
    QSqlQuery query(m_database);
    if (sqlEngineOf(m_database) == SqlEngine::Postgres) {
        // The server takes row locks as rows are written; nothing to wait for at the start.
        m_open = query.exec(QStringLiteral("BEGIN"));
        if (!m_open)
            m_error = SqlError::toError(query.lastError());
        return;
    }
    const QString beginSql = QStringLiteral("BEGIN IMMEDIATE");
    const int timeout = busyTimeout(query);
    // Short waits inside SQLite, so that the observer hears of a long one.
    if (timeout > pollMilliseconds)
        setBusyTimeout(query, pollMilliseconds);
    QElapsedTimer waited;
    waited.start();
    bool waiting = false;
    for (;;) {
        m_open = query.exec(beginSql);
        if (m_open || !isBusy(query.lastError()) || waited.elapsed() >= waitLimit())
            break;
        waiting = true;
        notify(waited.elapsed());
    }
    const QSqlError failure = query.lastError();
    if (timeout > pollMilliseconds)
        setBusyTimeout(query, timeout);
    if (waiting)
        notify(-1);
    if (m_open)
        return;
    if (isBusy(failure))
        m_error = {ErrorCode::Locked,
                   tr("The workspace is busy: another program or window has been writing to it "
                      "for more than %n seconds. Nothing was saved; try again when it has "
                      "finished.",
                      nullptr, qMax(1, waitLimit() / 1000))};
    else
        m_error = {ErrorCode::Storage, tr("Could not start saving: %1").arg(failure.text())};
}

Transaction::~Transaction()
{
    if (m_open)
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_error;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error failure = SqlError::toError(query.lastError());
        if (failure.code != ErrorCode::Storage)
            return failure;
        return Error{ErrorCode::Storage, tr("Could not save: %1").arg(query.lastError().text())};
    }
    m_open = false;
    return {};
}
