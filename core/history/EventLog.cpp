#include "history/EventLog.h"

#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

Result<void> EventLog::record(const QSqlDatabase& database, const Event& event)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO events(at, user_id, account_id, object_type, object_id, action, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.at);
    query.addBindValue(event.userId.isEmpty() ? QVariant() : QVariant(event.userId));
    query.addBindValue(event.accountId.isEmpty() ? QVariant() : QVariant(event.accountId));
    query.addBindValue(event.objectType);
    query.addBindValue(event.objectId);
    query.addBindValue(event.action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.changes).toJson(QJsonDocument::Compact)));
    return SqlError::exec(query);
}

Result<QList<Event>> EventLog::forObject(const QSqlDatabase& database, const QString& objectId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT at, coalesce(user_id, ''), coalesce(account_id, ''), object_type, object_id, "
        "action, changes FROM events WHERE object_id = ? ORDER BY at, id"));
    query.addBindValue(objectId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.at = query.value(0).toLongLong();
        event.userId = query.value(1).toString();
        event.accountId = query.value(2).toString();
        event.objectType = query.value(3).toString();
        event.objectId = query.value(4).toString();
        event.action = query.value(5).toString();
        event.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        events << event;
    }
    return events;
}
