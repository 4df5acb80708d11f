#pragma once

#include <QTcpServer>

class RequestSizeGuard;

/// A plain TCP listener whose connections the request size guard watches from their first byte.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    explicit GuardedTcpServer(RequestSizeGuard* guard, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    RequestSizeGuard* m_guard;
};
