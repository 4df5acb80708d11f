#pragma once

#include "ServerAdmin.h"
#include "storage/Workspace.h"

#include <QString>
#include <QStringList>

#include <memory>

/// An empty database of its own on the test server (its name made here, never from input) for a
/// team workspace, dropped at the end with the logins newEmail() gave out. Logins are
/// cluster-wide: the demo logins `server init --demo` makes (same password every time) stay in
/// the throwaway test cluster.
class TeamDatabase {
public:
    TeamDatabase();
    ~TeamDatabase();
    TeamDatabase(const TeamDatabase&) = delete;
    TeamDatabase& operator=(const TeamDatabase&) = delete;

    /// The superuser's URL of this database.
    QString adminUrl() const { return urlAs({}, {}); }
    /// The URL of this database for login with password.
    QString urlAs(const QString& login, const QString& password) const;
    /// `server init`, with the demo or without; must succeed.
    void init(bool demo);
    /// The workspace opened as login (the superuser when empty); must succeed.
    std::unique_ptr<Workspace> open(const QString& login = {}) const;
    std::unique_ptr<Workspace> open(const QString& login, const QString& password) const;
    /// A unique e-mail address whose login is dropped at the end.
    QString newEmail();

private:
    QString m_name;
    QStringList m_logins;
};
