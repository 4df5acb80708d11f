#include "live/ChangeFeed.h"

#include "storage/ConnectionLoss.h"
#include "storage/Workspace.h"
#include "storage/postgres/PostgresLink.h"
#include "storage/postgres/PostgresNotifications.h"

#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace {

/// The feeds by workspace; only the application's thread makes and reads them.
QHash<const Workspace*, ChangeFeed*>& feeds()
{
    static QHash<const Workspace*, ChangeFeed*> made;
    return made;
}

} // namespace

ChangeFeed* ChangeFeed::of(const Workspace& workspace)
{
    if (workspace.isClosed())
        return nullptr;
    ChangeFeed*& feed = feeds()[&workspace];
    if (!feed)
        feed = new ChangeFeed(workspace);
    return feed;
}

ChangeFeed* ChangeFeed::find(const Workspace& workspace)
{
    return feeds().value(&workspace);
}

void ChangeFeed::release(const Workspace& workspace)
{
    ChangeFeed* feed = feeds().take(&workspace);
    if (!feed)
        return;
    if (feed->thread() == QThread::currentThread()) {
        delete feed;
        return;
    }
    // Closed on another thread: the feed stops reading and goes on its own.
    feed->m_released = true;
    feed->deleteLater();
}

ChangeFeed::ChangeFeed(const Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(coalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeFeed::flush);
    m_poll = new QTimer(this);
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    listen();
}

ChangeFeed::~ChangeFeed()
{
    if (!m_released && m_listening && m_workspace.engine() == SqlEngine::Postgres) {
        QSqlDatabase db = m_workspace.connection();
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(PostgresNotifications::channel());
    }
}

void ChangeFeed::listen()
{
    m_listening = false;
    if (m_released)
        return;
    QSqlDatabase db = m_workspace.connection();
    if (!db.isOpen())
        return;
    m_poll->start();
    if (m_workspace.engine() == SqlEngine::Sqlite) {
        m_dataVersion = -1;
        poll();
        m_listening = true;
        return;
    }
    QSqlDriver* driver = db.driver();
    QObject::disconnect(m_driverConnection);
    m_driverConnection =
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    const QString channel = PostgresNotifications::channel();
    m_listening = driver->subscribedToNotifications().contains(channel) ||
                  driver->subscribeToNotification(channel);
}

bool ChangeFeed::concerns(const QString& table, const QStringList& tables)
{
    return table.isEmpty() || tables.contains(table);
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload)
{
    if (name != PostgresNotifications::channel() || source == QSqlDriver::SelfSource)
        return;
    note(payload.toString());
}

void ChangeFeed::poll()
{
    if (m_released)
        return;
    if (m_workspace.engine() == SqlEngine::Postgres) {
        // The server or the network ended the idle session: say so now, not at the next click.
        if (PostgresLink::isBroken(m_workspace.connection())) {
            m_poll->stop();
            m_listening = false;
            ConnectionLoss::report(QString());
        }
        return;
    }
    // data_version changes when another connection, in any process, committed to the file.
    QSqlQuery query(m_workspace.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        note(QString());
    m_dataVersion = version;
}

void ChangeFeed::note(const QString& table)
{
    m_pending.insert(table);
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ChangeFeed::flush()
{
    const QSet<QString> tables = std::exchange(m_pending, {});
    for (const QString& table : tables)
        emit changed(table);
}
