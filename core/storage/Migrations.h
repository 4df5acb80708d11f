#pragma once

#include <QStringList>

/// The numbered schema migrations of a workspace; migration N takes PRAGMA user_version from N-1
/// to N. Never edit a released migration: add a new one.
class Migrations {
public:
    static int latestVersion();
    /// The SQL statements of migration version (1 … latestVersion()).
    static QStringList statements(int version);
};
