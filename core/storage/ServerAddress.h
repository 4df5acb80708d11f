#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

/// Where a team workspace lives: a PostgreSQL database given as
/// `postgresql://[login[:password]@]host[:port]/database[?sslmode=…]` (or `postgres://`). The
/// login is the user's e-mail address, so its "@" is written %40 in the URL.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host;
    int port = 5432;
    QString database;
    QString login;
    QString password;
    QString sslMode; ///< empty: libpq's default (prefer)

    /// Whether text names a server rather than a workspace file.
    static bool isServerUrl(const QString& text);
    /// A workspace location as people may see it: a file with native separators, a server URL
    /// without its password.
    static QString shown(const QString& location);
    static Result<ServerAddress> parse(const QString& url);

    /// The URL without the password, for titles, the status bar and logs.
    QString displayUrl() const;
    /// The URL with login and password, for another connection of the same user.
    QString url() const;
    /// QPSQL's connect options (timeouts, application name, TLS mode).
    QString connectOptions() const;
};
