#pragma once

#include "storage/WorkspaceHandle.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;
class QWidget;

/// Keeps a window current while others work: when another user or program changes one of
/// tables (the workspace's ChangeFeed), calls reload, unless the user is in the middle of an
/// edit in the window (a dialog open over the application, or the focus in a text field of the
/// window); then once the edit is over.
class LiveRefresh : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRefresh)

public:
    static constexpr int retryMs = 500;

    LiveRefresh(QWidget* window, const WorkspaceHandle& workspace, QStringList tables,
                std::function<void()> reload);

    /// Whether the user is editing in window now.
    static bool isEditing(const QWidget* window);
    /// Whether a change waits for the edit to end.
    bool isPending() const;

private:
    void tryReload();

    QWidget* m_window;
    QStringList m_tables;
    std::function<void()> m_reload;
    QTimer* m_retry;
};
