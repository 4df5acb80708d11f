#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;

/// PRAGMA quick_check of a workspace file, either at once on a given connection or in the
/// background on a read-only connection and thread of its own. A background check is shared by
/// every Workspace of the file in this process and is interrupted when the last one closes.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
    Q_DISABLE_COPY_MOVE(IntegrityCheck)

public:
    enum class State { Running, Passed, Failed };

    /// Runs quick_check on database now; a Corrupt error names the first problems found.
    static Result<void> run(const QSqlDatabase& database, const QString& shownPath);
    /// The background check of path: the running or passed one of this process, else a new one.
    static std::shared_ptr<IntegrityCheck>
    inBackground(const QString& path, const QString& shownPath, int busyTimeoutMs);
    ~IntegrityCheck();

    State state() const;
    /// Ok once passed; the reason while running or after it failed.
    Result<void> outcome() const;
    /// Blocks until the check has finished.
    Result<void> wait() const;
    /// Calls done on the application's thread once the check has finished (soon, if it has
    /// already); dropped if context is destroyed first.
    void whenFinished(QObject* context, std::function<void()> done);

private:
    IntegrityCheck(QString path, QString shownPath);
    void runInThread(int busyTimeoutMs);
    void finish(Result<void> outcome);

    const QString m_path;
    const QString m_shownPath;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_finished;
    State m_state = State::Running;
    Error m_failure;
    sqlite3* m_connection = nullptr; ///< while the check runs, for sqlite3_interrupt()
    bool m_cancelled = false;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_waiting;
    std::thread m_thread;
};
