#pragma once

#include "Latencies.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QMap>
#include <QThread>

#include <atomic>

class QTcpSocket;

/// One client of intake_benchmark on a thread of its own: posts lead(client, i) for i = 0, 1,
/// … to POST /api/v1/leads over one keep-alive HTTP/1.1 connection, one request after
/// the other, until the deadline passes or the shared budget of requests is spent.
class LeadPoster : public QThread {
public:
    LeadPoster(quint16 port, QByteArray token, int client, QDeadlineTimer deadline,
               std::atomic<qint64>& budget);

    /// The lead a client posts i-th (main writes the same ones through core).
    static QJsonObject lead(int client, int index);

    const Latencies& latencies() const { return m_latencies; }
    int sent() const { return m_sent; }
    /// Answers by HTTP status, 201 included.
    const QMap<int, int>& statuses() const { return m_statuses; }
    /// Connections the server closed (each is opened again).
    int reconnects() const { return m_reconnects; }
    /// Why the client stopped early (a network error), or empty.
    const QString& failure() const { return m_failure; }

protected:
    void run() override;

private:
    /// Sends one request on socket and reads its answer; the status, or 0 on a network error.
    int post(QTcpSocket& socket, const QByteArray& body, bool* closed);

    quint16 m_port;
    QByteArray m_token;
    int m_client;
    QDeadlineTimer m_deadline;
    std::atomic<qint64>& m_budget;
    Latencies m_latencies;
    int m_sent = 0;
    QMap<int, int> m_statuses;
    int m_reconnects = 0;
    QString m_failure;
};
