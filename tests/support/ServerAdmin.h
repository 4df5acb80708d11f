#pragma once

#include <QString>

/// A superuser's connection to the test server's own database (CHANNELDESK_TEST_POSTGRES_URL),
/// closed with this object.
class ServerAdmin {
public:
    ServerAdmin();
    ~ServerAdmin();
    ServerAdmin(const ServerAdmin&) = delete;
    ServerAdmin& operator=(const ServerAdmin&) = delete;
    /// Runs sql, which must succeed.
    void exec(const QString& sql) const;

private:
    QString m_name;
};
