#pragma once

#include <QString>

/// A new name for a connection (QSqlDatabase::addDatabase), unique in the process.
QString nextConnectionName();

/// Closes and unregisters the connection name.
void closeConnection(const QString& name);

/// Closes and unregisters a connection when it goes out of scope, unless released.
class ScopedConnection {
public:
    explicit ScopedConnection(const QString& name);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    void release() { m_name.clear(); }

private:
    QString m_name;
};
