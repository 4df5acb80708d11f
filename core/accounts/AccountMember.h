#pragma once

#include "accounts/UserRole.h"

#include <QString>

/// A user of an account and the user's role there.
struct AccountMember {
    QString userId;
    QString name;
    QString email;
    UserRole role = UserRole::Viewer;
    int accounts = 1; ///< how many accounts the user belongs to
};
