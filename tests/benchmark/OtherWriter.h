#pragma once

#include "Samples.h"
#include "common/Result.h"

#include <QString>

#include <atomic>
#include <optional>
#include <thread>

/// A second connection that, while an import runs on another one, makes a small write about
/// every interval, the way the app writes (core's Transaction: it waits for the write lock, up
/// to Transaction::waitLimit()), as a Create Lead in another window would; records how long each
/// write waited to begin.
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
