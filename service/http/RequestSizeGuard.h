#pragma once

#include <QHash>
#include <QObject>

class QTcpSocket;

/// Bounds what one request may send: a connection whose bytes since its last request pass
/// maxBytes is answered 413 and closed before Qt's HTTP server buffers more of it (QHttpServer
/// 6.4 reads a whole body into memory and has no limit of its own). watch() a socket before the
/// server connects to it, so the guard sees each read first.
class RequestSizeGuard : public QObject {
    Q_OBJECT

public:
    explicit RequestSizeGuard(qint64 maxBytes, QObject* parent = nullptr);

    void watch(QTcpSocket* socket);
    /// A request of socket was read whole: its bytes no longer count.
    void requestRead(QTcpSocket* socket);
    qint64 maxBytes() const { return m_maxBytes; }
    /// Whether a connection has sent part of a request that has not been read whole yet.
    bool hasPartialRequest() const;

signals:
    /// socket sent too much and is being closed with a 413.
    void refused(QTcpSocket* socket);

private:
    void bytesArrived(QTcpSocket* socket);

    qint64 m_maxBytes;
    QHash<QTcpSocket*, qint64> m_received; ///< bytes since the last whole request; -1: refused
};
