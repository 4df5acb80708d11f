#include "storage/ServerAddress.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int connectTimeoutSeconds = 10;

bool isServerScheme(const QString& scheme)
{
    return scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

} // namespace

bool ServerAddress::isServerUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerAddress::shown(const QString& location)
{
    if (!isServerUrl(location))
        return QDir::toNativeSeparators(location);
    auto address = parse(location);
    return address ? address->displayUrl()
                   : QUrl(location.trimmed()).toDisplayString(QUrl::RemovePassword);
}

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto invalid = [&](const QString& why) {
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is not a team server address (%2). Write it as "
                        "postgresql://host:port/database.")
                         .arg(QUrl(text.trimmed()).toDisplayString(QUrl::RemovePassword), why)};
    };
    if (!url.isValid())
        return invalid(url.errorString());
    if (!isServerScheme(url.scheme().toLower()))
        return invalid(tr("it does not start with postgresql://"));
    ServerAddress address;
    address.host = url.host();
    if (address.host.isEmpty())
        return invalid(tr("no host name"));
    address.port = url.port(5432);
    if (address.port < 1 || address.port > 65535)
        return invalid(tr("the port must be between 1 and 65535"));
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(tr("no database name after the host"));
    address.login = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return invalid(tr("unknown option \"%1\"").arg(key));
        static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value))
            return invalid(tr("sslmode must be one of %1").arg(modes.join(QStringLiteral(", "))));
        address.sslMode = value;
    }
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setUserName(login);
    url.setPassword(password);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::displayUrl() const
{
    ServerAddress shown = *this;
    shown.password.clear();
    return QUrl(shown.url()).toDisplayString();
}

QString ServerAddress::connectOptions() const
{
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                        QStringLiteral("application_name=ChannelDesk")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    return options.join(QLatin1Char(';'));
}
