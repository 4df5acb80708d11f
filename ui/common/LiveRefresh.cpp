#include "common/LiveRefresh.h"

#include "live/ChangeFeed.h"
#include "storage/Workspace.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QTimer>

LiveRefresh::LiveRefresh(QWidget* window, const WorkspaceHandle& workspace, QStringList tables,
                         std::function<void()> reload)
    : QObject(window)
    , m_window(window)
    , m_tables(std::move(tables))
    , m_reload(std::move(reload))
    , m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("liveRefresh"));
    m_retry->setInterval(retryMs);
    connect(m_retry, &QTimer::timeout, this, &LiveRefresh::tryReload);
    if (ChangeFeed* feed = workspace ? ChangeFeed::of(*workspace) : nullptr)
        connect(feed, &ChangeFeed::changed, this, [this](const QString& table) {
            if (ChangeFeed::concerns(table, m_tables))
                tryReload();
        });
}

bool LiveRefresh::isEditing(const QWidget* window)
{
    if (QApplication::activeModalWidget())
        return true;
    const QWidget* focus = window->focusWidget();
    if (!focus || !focus->isVisible())
        return false;
    if (const auto* line = qobject_cast<const QLineEdit*>(focus))
        return !line->isReadOnly();
    if (const auto* text = qobject_cast<const QTextEdit*>(focus))
        return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(focus))
        return !plain->isReadOnly();
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(focus))
        return !spin->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(focus))
        return combo->isEditable();
    return false;
}

bool LiveRefresh::isPending() const
{
    return m_retry->isActive();
}

void LiveRefresh::tryReload()
{
    if (isEditing(m_window)) {
        if (!m_retry->isActive())
            m_retry->start();
        return;
    }
    m_retry->stop();
    m_reload();
}
