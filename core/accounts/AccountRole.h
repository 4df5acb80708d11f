#pragma once

#include "common/EnumText.h"

/// What kind of company an account is; decides the portal it sees.
enum class AccountRole { Vendor, Distributor, Reseller };

inline constexpr EnumText<AccountRole, 3> accountRoles{
    "AccountRole",
    {{{AccountRole::Vendor, "vendor", QT_TRANSLATE_NOOP("AccountRole", "Vendor")},
      {AccountRole::Distributor, "distributor", QT_TRANSLATE_NOOP("AccountRole", "Distributor")},
      {AccountRole::Reseller, "reseller", QT_TRANSLATE_NOOP("AccountRole", "Reseller")}}}};
