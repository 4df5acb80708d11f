#pragma once

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

/// What File → Connect to team server… asks: the checks of its fields and the names under which
/// a login is remembered (without its password) and its password kept in the system keychain.
class ServerLogin {
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    enum class Field { Host, Port, Database, Login };

    /// Why each field cannot be used, by field; empty when the address can be connected to.
    static QMap<Field, QString> problems(const ServerAddress& address);
    /// "login@host:port/database": the keychain entry of the login's password.
    static QString keychainKey(const ServerAddress& address);
};
