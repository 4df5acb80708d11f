#include "storage/ScopedConnection.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

ScopedConnection::ScopedConnection(const QString& name)
    : m_name(name)
{
}

ScopedConnection::~ScopedConnection()
{
    if (!m_name.isEmpty())
        closeConnection(m_name);
}

void closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
