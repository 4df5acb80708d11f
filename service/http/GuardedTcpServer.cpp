#include "http/GuardedTcpServer.h"

#include "http/RequestSizeGuard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(RequestSizeGuard* guard, QObject* parent)
    : QTcpServer(parent)
    , m_guard(guard)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    m_guard->watch(socket);
    addPendingConnection(socket);
}
