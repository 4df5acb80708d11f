#include "ModelProbe.h"

#include "common/DirectoryModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

ModelProbe::ModelProbe(DirectoryModel* model)
{
    QObject::connect(model, &DirectoryModel::firstWindowLoaded, &m_context,
                     [this] { m_firstWindow = true; });
    QObject::connect(model, &DirectoryModel::countChanged, &m_context,
                     [this](qint64 count) { m_count = count; });
    QObject::connect(model, &DirectoryModel::windowLoaded, &m_context, [this](int first, int last) {
        ++m_windows;
        if (first <= m_targetRow && m_targetRow <= last)
            m_targetLoaded = true;
    });
    QObject::connect(model, &DirectoryModel::loadFailed, &m_context,
                     [this](const QString& message) { m_failure = message; });
}

void ModelProbe::reset()
{
    m_firstWindow = false;
    m_count = -1;
    m_targetRow = -1;
    m_targetLoaded = false;
    m_failure.clear();
}

bool ModelProbe::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // so that a wait without events still sees the deadline
    wake.start(50);
    while (!done()) {
        if (!m_failure.isEmpty() || deadline.hasExpired())
            return false;
        // Sleeps until an event arrives (the loader thread's signals post one).
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool ModelProbe::waitForRow(int row, int timeoutMs)
{
    m_targetRow = row;
    m_targetLoaded = false;
    return waitUntil([this] { return m_targetLoaded; }, timeoutMs);
}
