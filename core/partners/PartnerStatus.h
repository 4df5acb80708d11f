#pragma once

#include "common/EnumText.h"

/// A partnership's status: Invited → Active → Removed.
enum class PartnerStatus { Invited, Active, Removed };

inline constexpr EnumText<PartnerStatus, 3> partnerStatuses{
    "PartnerStatus",
    {{{PartnerStatus::Invited, "invited", QT_TRANSLATE_NOOP("PartnerStatus", "Invited")},
      {PartnerStatus::Active, "active", QT_TRANSLATE_NOOP("PartnerStatus", "Active")},
      {PartnerStatus::Removed, "removed", QT_TRANSLATE_NOOP("PartnerStatus", "Removed")}}}};
