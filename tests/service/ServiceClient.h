#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <utility>

/// A real HTTP client for the service tests: sends one request and waits for its answer (the
/// server runs on the same event loop).
struct ServiceReply {
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class ServiceClient {
public:
    explicit ServiceClient(quint16 port, QString scheme = QStringLiteral("http"))
        : m_base(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port))
    {
    }

    ServiceReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply] { reply->ignoreSslErrors(); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        ServiceReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            answer.headers.append({pair.first, pair.second});
        if (reply->error() != QNetworkReply::NoError && answer.status == 0)
            answer.networkError = reply->errorString();
        reply->deleteLater();
        return answer;
    }

    ServiceReply post(const QString& path, const QJsonObject& object, const QByteArray& key)
    {
        return send("POST", path, QJsonDocument(object).toJson(),
                    {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
    }
    ServiceReply get(const QString& path, const QByteArray& key)
    {
        return send("GET", path, {}, {{"Authorization", "Bearer " + key}});
    }

private:
    QString m_base;
    QNetworkAccessManager m_network;
};
