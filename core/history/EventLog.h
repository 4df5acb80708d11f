#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class StatementCache;

/// One entry of the history: who did what to which object, and what changed.
struct Event {
    qint64 at = 0; ///< milliseconds since the epoch, UTC
    QString userId;
    QString accountId;
    QString objectType; ///< "lead", "partner", "contract", …
    QString objectId;
    QString action; ///< "created", "updated", "qualified", …
    QJsonObject changes;
};

/// Appends to and reads the events table; callers write events inside their own transaction.
class EventLog {
public:
    static Result<void> record(const QSqlDatabase& database, const Event& event);
    /// The same through a cache's prepared statement, for writers that log many events.
    static Result<void> record(StatementCache& statements, const Event& event);
    /// The history of one object, oldest first.
    static Result<QList<Event>> forObject(const QSqlDatabase& database, const QString& objectId);
};
