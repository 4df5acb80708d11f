#include "http/RequestSizeGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

RequestSizeGuard::RequestSizeGuard(qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_maxBytes(maxBytes)
{
}

void RequestSizeGuard::watch(QTcpSocket* socket)
{
    m_received.insert(socket, 0);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { bytesArrived(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_received.remove(socket); });
}

void RequestSizeGuard::requestRead(QTcpSocket* socket)
{
    if (auto found = m_received.find(socket); found != m_received.end() && found.value() >= 0)
        found.value() = 0;
}

bool RequestSizeGuard::hasPartialRequest() const
{
    for (auto it = m_received.cbegin(); it != m_received.cend(); ++it)
        if (it.value() > 0 && it.key()->state() == QAbstractSocket::ConnectedState)
            return true;
    return false;
}

void RequestSizeGuard::bytesArrived(QTcpSocket* socket)
{
    auto found = m_received.find(socket);
    if (found == m_received.end())
        return;
    if (found.value() < 0) { // refused already: drop whatever still comes
        socket->readAll();
        return;
    }
    found.value() += socket->bytesAvailable();
    if (found.value() <= m_maxBytes)
        return;
    found.value() = -1;
    socket->readAll(); // nothing of it reaches the HTTP server
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("title"), QStringLiteral("Content Too Large")},
                {QStringLiteral("status"), 413},
                {QStringLiteral("detail"),
                 RequestSizeGuard::tr("A request may have at most %1 bytes.").arg(m_maxBytes)}})
            .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 413 Content Too Large\r\n"
                  "Content-Type: application/problem+json\r\n"
                  "X-Content-Type-Options: nosniff\r\n"
                  "Connection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    emit refused(socket);
    socket->disconnectFromHost();
}
