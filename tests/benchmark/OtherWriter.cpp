#include "OtherWriter.h"

#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>

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
    auto opened = Workspace::open(m_path); // a connection of this thread
    if (!opened) {
        m_error = opened.error();
        return;
    }
    const QSqlDatabase database = opened.value()->database();
    const auto write = [&]() -> Result<void> {
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(database);
        if (!transaction.isOpen())
            return transaction.error();
        m_waits.addSince(timer);
        QSqlQuery query(database);
        if (auto updated =
                SqlError::exec(query,
                               QStringLiteral("UPDATE users SET name = name WHERE rowid = "
                                              "(SELECT min(rowid) FROM users)"),
                               {});
            !updated)
            return updated;
        return transaction.commit();
    };
    while (!m_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs));
        if (auto done = write(); !done) {
            m_error = done.error();
            return;
        }
    }
}
