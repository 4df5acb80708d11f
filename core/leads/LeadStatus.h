#pragma once

#include "common/EnumText.h"

enum class LeadStatus { New, Qualified, Disqualified };

inline constexpr EnumText<LeadStatus, 3> leadStatuses{
    "LeadStatus",
    {{{LeadStatus::New, "new", QT_TRANSLATE_NOOP("LeadStatus", "New")},
      {LeadStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("LeadStatus", "Qualified")},
      {LeadStatus::Disqualified, "disqualified",
       QT_TRANSLATE_NOOP("LeadStatus", "Disqualified")}}}};
