#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>

#include <atomic>

class QTimer;
class Workspace;

/// Tells the application's thread when other users or programs changed the workspace, so open
/// directories and windows can show it. On a team server it listens to the notifications the
/// triggers of PostgresNotifications send (LISTEN through QSqlDriver::subscribeToNotification on
/// the connection of the workspace's own thread); for a file it asks SQLite once a second whether
/// another connection committed (PRAGMA data_version). A team server connection that broke
/// while idle is reported to ConnectionLoss within pollMs. Many changes within coalesceMs become
/// one changed() per table. Changes this connection made itself are not announced: the window that
/// made them shows them already. One per workspace, on the workspace's own thread (of()).
class ChangeFeed : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr int coalesceMs = 200;
    static constexpr int pollMs = 1000;

    explicit ChangeFeed(const Workspace& workspace, QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// The feed of workspace, made on first use; call it on the workspace's own thread (the
    /// application's). nullptr once the workspace is closed.
    static ChangeFeed* of(const Workspace& workspace);
    /// The feed of workspace if one was made, else nullptr.
    static ChangeFeed* find(const Workspace& workspace);
    /// Deletes the feed of workspace (Workspace::close()).
    static void release(const Workspace& workspace);

    /// Starts listening on the workspace's current connection (again after a reconnect).
    void listen();
    /// Whether changes of other users reach this feed (false on a team server whose owner has
    /// not installed the notify triggers, or while the connection is lost).
    bool isListening() const { return m_listening; }
    /// Whether a change announced for table is one of tables; an empty table (a change to a file
    /// by another program, table unknown) concerns every list.
    static bool concerns(const QString& table, const QStringList& tables);

signals:
    /// Rows of table changed elsewhere; table is empty when it is not known which.
    void changed(const QString& table);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void poll();
    void note(const QString& table);
    void flush();

    const Workspace& m_workspace;
    QTimer* m_coalesce;
    QTimer* m_poll = nullptr;
    QSet<QString> m_pending;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    QMetaObject::Connection m_driverConnection;
    std::atomic<bool> m_released{false}; ///< the workspace closed (release() on another thread)
};
