#pragma once

#include "common/EnumText.h"

/// A user's role in one account.
enum class UserRole { CrmAdmin, CrmManager, CrmSales, CrmMarketeer, Viewer };

inline constexpr EnumText<UserRole, 5> userRoles{
    "UserRole",
    {{{UserRole::CrmAdmin, "crm_admin", QT_TRANSLATE_NOOP("UserRole", "CRM admin")},
      {UserRole::CrmManager, "crm_manager", QT_TRANSLATE_NOOP("UserRole", "CRM manager")},
      {UserRole::CrmSales, "crm_sales", QT_TRANSLATE_NOOP("UserRole", "CRM sales")},
      {UserRole::CrmMarketeer, "crm_marketeer", QT_TRANSLATE_NOOP("UserRole", "CRM marketeer")},
      {UserRole::Viewer, "viewer", QT_TRANSLATE_NOOP("UserRole", "Viewer")}}}};

/// Any of the four crm_* roles may create leads.
inline bool roleCanCreateLeads(UserRole role)
{
    return role != UserRole::Viewer;
}

/// crm_admin or crm_manager may add partners, create agreements and act on contracts.
inline bool roleCanManagePartners(UserRole role)
{
    return role == UserRole::CrmAdmin || role == UserRole::CrmManager;
}
