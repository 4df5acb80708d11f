#include "session/ServerLogin.h"

#include <QRegularExpression>

QMap<ServerLogin::Field, QString> ServerLogin::problems(const ServerAddress& address)
{
    QMap<Field, QString> problems;
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.:_\\[\\]-]+$"));
    const QString host = address.host.trimmed();
    if (host.isEmpty())
        problems.insert(Field::Host, tr("Enter the server's host name or address."));
    else if (!hostName.match(host).hasMatch())
        problems.insert(Field::Host, tr("A host name has letters, digits, dots and hyphens only."));
    if (address.port < 1 || address.port > 65535)
        problems.insert(Field::Port, tr("The port is a number from 1 to 65535."));
    const QString database = address.database.trimmed();
    if (database.isEmpty())
        problems.insert(Field::Database, tr("Enter the name of the team database."));
    else if (database.contains(QLatin1Char('/')))
        problems.insert(Field::Database, tr("A database name has no \"/\"."));
    if (address.login.trimmed().isEmpty())
        problems.insert(Field::Login, tr("Enter your login (your e-mail address)."));
    return problems;
}

QString ServerLogin::keychainKey(const ServerAddress& address)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(address.login.trimmed().toLower(), address.host.trimmed().toLower())
        .arg(address.port)
        .arg(address.database.trimmed());
}
