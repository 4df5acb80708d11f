#pragma once

#include <QStringList>

/// The numbered schema migrations of a workspace; migration N takes PRAGMA user_version from N-1
/// to N. Never edit a released migration: add a new one.
class Migrations {
public:
    /// The schema of a new workspace. A compile-time constant, so that tables kept per migration
    /// (the upgrade test's sample rows) fail to compile when a migration is added without them.
    static constexpr int latestVersion() { return 17; }
    /// The SQL statements of migration version (1 … latestVersion()).
    static QStringList statements(int version);
};
