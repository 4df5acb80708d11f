#pragma once

#include "accounts/AccountRole.h"
#include "accounts/UserRole.h"

#include <QString>

/// Who the app acts as: one user in one of that user's accounts, with the user's role there.
struct ActingContext {
    QString userId;
    QString userName;
    QString accountId;
    QString accountName;
    AccountRole accountRole = AccountRole::Vendor;
    UserRole userRole = UserRole::Viewer;

    bool isVendorPortal() const { return accountRole == AccountRole::Vendor; }
    bool canCreateLeads() const
    {
        return accountRole != AccountRole::Vendor && roleCanCreateLeads(userRole);
    }
    bool canManagePartners() const { return roleCanManagePartners(userRole); }
    bool operator==(const ActingContext&) const = default;
};
