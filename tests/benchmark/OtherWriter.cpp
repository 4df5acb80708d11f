#include "OtherWriter.h"

#include "RawSqliteConnection.h"

#include <QElapsedTimer>

#include <chrono>

OtherWriter::OtherWriter(QString path, int intervalMs)
    : m_path(std::move(path))
    , m_intervalMs(intervalMs)
    , m_thread([this] { run(); })
{
}

OtherWriter::~OtherWriter()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

Result<Samples> OtherWriter::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return *m_error;
    return m_waits;
}

void OtherWriter::run()
{
    RawSqliteConnection connection;
    if (auto opened = connection.open(m_path); !opened) {
        m_error = opened.error();
        return;
    }
    connection.setBusyTimeout(10 * 60 * 1000);
    QElapsedTimer timer;
    const auto write = [&]() -> Result<void> {
        timer.start();
        if (auto begun = connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun;
        m_waits.addSince(timer); // the wait for the write lock
        if (auto updated = connection.exec(QStringLiteral(
                "UPDATE users SET name = name WHERE rowid = (SELECT min(rowid) FROM users)"));
            !updated) {
            (void)connection.exec(QStringLiteral("ROLLBACK"));
            return updated;
        }
        return connection.exec(QStringLiteral("COMMIT"));
    };
    while (!m_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs));
        if (auto done = write(); !done) {
            m_error = done.error();
            return;
        }
    }
}
