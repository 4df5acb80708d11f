#pragma once

#include "common/EnumText.h"

/// What a party may do to a contract (SPEC 4.2); ContractService says who may do what when.
enum class ContractAction { Sign, Reject, Delete, Enroll, Approve, Refine, Terminate };

inline constexpr EnumText<ContractAction, 7> contractActions{
    "ContractAction",
    {{{ContractAction::Sign, "sign", QT_TRANSLATE_NOOP("ContractAction", "Sign")},
      {ContractAction::Reject, "reject", QT_TRANSLATE_NOOP("ContractAction", "Reject")},
      {ContractAction::Delete, "delete", QT_TRANSLATE_NOOP("ContractAction", "Delete")},
      {ContractAction::Enroll, "enroll", QT_TRANSLATE_NOOP("ContractAction", "Enroll")},
      {ContractAction::Approve, "approve", QT_TRANSLATE_NOOP("ContractAction", "Approve")},
      {ContractAction::Refine, "refine", QT_TRANSLATE_NOOP("ContractAction", "Refine")},
      {ContractAction::Terminate, "terminate", QT_TRANSLATE_NOOP("ContractAction", "Terminate")}}}};
