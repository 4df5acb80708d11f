#include "history/EventLog.h"

#include "storage/SqlError.h"
#include "storage/StatementCache.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString insertSql = QStringLiteral(
    "INSERT INTO events(at, user_id, account_id, object_type, object_id, action, changes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)");

Result<void> bindAndExec(QSqlQuery& query, const Event& event)
{
    query.bindValue(0, event.at);
    query.bindValue(1, event.userId.isEmpty() ? QVariant() : QVariant(event.userId));
    query.bindValue(2, event.accountId.isEmpty() ? QVariant() : QVariant(event.accountId));
    query.bindValue(3, event.objectType);
    query.bindValue(4, event.objectId);
    query.bindValue(5, event.action);
    query.bindValue(6,
                    QString::fromUtf8(QJsonDocument(event.changes).toJson(QJsonDocument::Compact)));
    return SqlError::exec(query);
}

} // namespace

Result<void> EventLog::record(const QSqlDatabase& database, const Event& event)
{
    QSqlQuery query(database);
    query.prepare(insertSql);
    return bindAndExec(query, event);
}

Result<void> EventLog::record(StatementCache& statements, const Event& event)
{
    auto query = statements.prepared(insertSql);
    if (!query)
        return query.error();
    return bindAndExec(*query.value(), event);
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
