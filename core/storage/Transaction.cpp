#include "storage/Transaction.h"

#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    if (auto admitted = Workspace::admitsWrites(m_database); !admitted) {
        m_error = admitted.error();
        return;
    }
    QSqlQuery query(m_database);
    m_open = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open) {
        const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == 5;
        m_error = {busy ? ErrorCode::Locked : ErrorCode::Storage,
                   busy ? tr("The workspace is busy: another program is writing to it. Try again.")
                        : tr("Could not start saving: %1").arg(query.lastError().text())};
    }
}

Transaction::~Transaction()
{
    if (m_open)
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return m_error;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")))
        return Error{ErrorCode::Storage, tr("Could not save: %1").arg(query.lastError().text())};
    m_open = false;
    return {};
}
