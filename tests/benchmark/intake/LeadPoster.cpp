#include "LeadPoster.h"

#include "../../support/DemoLeadJson.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace {

constexpr int timeoutMs = 30'000;

} // namespace

LeadPoster::LeadPoster(quint16 port, QByteArray token, int client, QDeadlineTimer deadline,
                       std::atomic<qint64>& budget)
    : m_port(port)
    , m_token(std::move(token))
    , m_client(client)
    , m_deadline(deadline)
    , m_budget(budget)
{
}

QJsonObject LeadPoster::lead(int client, int index)
{
    return DemoLeadJson::make(QStringLiteral("Benchmark lead %1-%2").arg(client).arg(index));
}

void LeadPoster::run()
{
    QTcpSocket socket;
    while (!m_deadline.hasExpired() && m_budget.fetch_sub(1) > 0) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            socket.abort();
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (!socket.waitForConnected(timeoutMs)) {
                m_failure = socket.errorString();
                return;
            }
        }
        const QByteArray body =
            QJsonDocument(lead(m_client, m_sent)).toJson(QJsonDocument::Compact);
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        const int status = post(socket, body, &closed);
        if (status == 0) {
            m_failure = socket.errorString();
            return;
        }
        m_latencies.add(double(timer.nsecsElapsed()) / 1e6);
        ++m_sent;
        ++m_statuses[status];
        if (closed) {
            ++m_reconnects;
            socket.abort();
        }
    }
}

int LeadPoster::post(QTcpSocket& socket, const QByteArray& body, bool* closed)
{
    const QByteArray request =
        "POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
        "\r\nAuthorization: Bearer " + m_token +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    socket.write(request);
    QByteArray answer;
    qsizetype headerEnd = -1;
    while ((headerEnd = answer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(timeoutMs))
            return 0;
        answer += socket.readAll();
    }
    const QList<QByteArray> lines = answer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).split(' ');
    qsizetype length = 0;
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value == "close")
            *closed = true;
    }
    while (answer.size() < headerEnd + 4 + length)
        if (!socket.waitForReadyRead(timeoutMs))
            return 0;
        else
            answer += socket.readAll();
    return statusLine.value(1).toInt();
}
