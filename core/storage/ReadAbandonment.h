#pragma once

#include <QSqlDatabase>

#include <functional>

/// While it lives, a statement running on connection stops with an error soon after
/// abandoned() turns true, so a reader gives up a query nobody waits for any more. abandoned()
/// is asked on the connection's thread while a statement runs (by SQLite every few thousand
/// instructions: an interrupt sent from elsewhere could arrive just before the statement's
/// first step and be lost).
class ReadAbandonment {
    Q_DISABLE_COPY_MOVE(ReadAbandonment)

public:
    ReadAbandonment(const QSqlDatabase& connection, std::function<bool()> abandoned);
    ~ReadAbandonment();

private:
    static constexpr int checkInterval = 4000; ///< SQLite virtual machine instructions
    static int isAbandoned(void* self);

    QSqlDatabase m_connection;
    std::function<bool()> m_abandoned;
};
