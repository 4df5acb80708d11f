#pragma once

#include <QString>

/// How `channeldesk serve` listens.
struct ServeOptions {
    QString host = QStringLiteral("127.0.0.1"); ///< localhost unless told otherwise
    quint16 port = 8080;                        ///< 0: any free port
    QString tlsCertificate;                     ///< PEM file; with tlsKey, HTTPS only
    QString tlsKey;                             ///< PEM file of the certificate's private key
    qint64 maxRequestBytes = 256 * 1024;        ///< headers and body of one request
    int rateBurst = 60;                         ///< requests one key may make at once…
    double ratePerSecond = 20;                  ///< …and then per second
};
