#pragma once

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QString>

/// A team server login's password in the system keychain (QtKeychain: Secret Service, KWallet,
/// macOS Keychain, Windows Credential Store), never on disk in plain text. Without a reachable
/// keychain (a headless machine) nothing is kept and the password is asked for each time.
class ServerPasswordStore {
    Q_DECLARE_TR_FUNCTIONS(ServerPasswordStore)

public:
    /// The stored password of the address's login, or empty (none stored, no keychain).
    static QString read(const ServerAddress& address);
    /// Keeps password; false, with why in problem, when no keychain took it.
    static bool write(const ServerAddress& address, const QString& password, QString* problem);
    /// Forgets the stored password (when the user unticks "Remember").
    static void remove(const ServerAddress& address);
    /// CHANNELDESK_NO_KEYCHAIN=1 (tests) keeps the keychain out entirely.
    static bool isDisabled();
};
