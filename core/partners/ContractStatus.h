#pragma once

#include "common/EnumText.h"

enum class ContractStatus { Enrolling, Pending, Active, Rejected, Terminated };

inline constexpr EnumText<ContractStatus, 5> contractStatuses{
    "ContractStatus",
    {{{ContractStatus::Enrolling, "enrolling", QT_TRANSLATE_NOOP("ContractStatus", "Enrolling")},
      {ContractStatus::Pending, "pending", QT_TRANSLATE_NOOP("ContractStatus", "Pending")},
      {ContractStatus::Active, "active", QT_TRANSLATE_NOOP("ContractStatus", "Active")},
      {ContractStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("ContractStatus", "Rejected")},
      {ContractStatus::Terminated, "terminated",
       QT_TRANSLATE_NOOP("ContractStatus", "Terminated")}}}};
