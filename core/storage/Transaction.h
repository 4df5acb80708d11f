#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

/// One write transaction (BEGIN IMMEDIATE); rolled back unless commit() succeeds. Not begun when
/// the workspace admits no writes (read-only, being checked for damage, or damaged).
///
/// Every write of the app begins here, so this is where a write waits while another connection
/// (an import, another window or program) holds the workspace's write lock: it tries again every
/// pollMilliseconds, telling the wait observer (the window shows "Waiting for the workspace…"
/// and keeps painting), for up to waitLimit; a write that still cannot get in fails with a
/// Locked error and changes nothing, so the caller keeps what the user typed.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    /// How often a waiting write tries again, and how often the observer hears of it.
    static constexpr int pollMilliseconds = 100;
    /// How long a write waits for the write lock before it fails, unless set.
    static constexpr int defaultWaitLimitMilliseconds = 30'000;

    /// Called on the waiting thread with the milliseconds waited so far, about every
    /// pollMilliseconds while a write waits, then once with -1 when the wait is over (the write
    /// got in or gave up).
    using WaitObserver = std::function<void(qint64 waitedMs)>;
    /// One observer for the process (the main window installs it); empty for none.
    static void setWaitObserver(WaitObserver observer);
    static void setWaitLimit(int milliseconds);
    static int waitLimit();

    explicit Transaction(QSqlDatabase database);
    ~Transaction();

    /// Whether BEGIN succeeded; if not, error() says why.
    bool isOpen() const { return m_open; }
    Error error() const { return m_error; }
    Result<void> commit();

private:
    /// BEGIN IMMEDIATE, waiting for the write lock as described above.
    void begin();

    QSqlDatabase m_database;
    bool m_open = false;
    Error m_error;
};
