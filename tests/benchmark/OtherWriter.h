#pragma once

#include "Samples.h"
#include "common/Result.h"

#include <QString>

#include <atomic>
#include <optional>
#include <thread>

/// A second connection that, while an import runs on another one, makes a small write (one
/// transaction updating one row, as a Create Lead in another window would) about every interval
/// and records how long each write waited for the write lock (its BEGIN IMMEDIATE). Its busy
/// timeout is long, so that a wait longer than the workspace's 5 s is measured, not failed.
class OtherWriter {
public:
    OtherWriter(QString path, int intervalMs);
    ~OtherWriter();
    OtherWriter(const OtherWriter&) = delete;
    OtherWriter& operator=(const OtherWriter&) = delete;

    /// Stops writing; each write's wait in ms, or why a write failed.
    Result<Samples> stop();

private:
    void run();

    QString m_path;
    int m_intervalMs;
    std::atomic<bool> m_stop{false};
    Samples m_waits;
    std::optional<Error> m_error;
    std::thread m_thread;
};
