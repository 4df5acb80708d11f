#pragma once

#include "partners/ContractAction.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

/// Takes one contract action for the Contracts tab and the contract window alike: asks for what
/// the action needs (a note for reject / terminate, a confirmation for delete), performs it
/// through ContractService and shows why when it fails.
class ContractActionRunner {
    Q_DECLARE_TR_FUNCTIONS(ContractActionRunner)

public:
    /// The button text, object name and tooltip of action.
    static QString buttonText(ContractAction action);
    static QString buttonName(ContractAction action);
    static QString buttonToolTip(ContractAction action);
    /// True when the action was performed (false: cancelled or failed, with a message shown).
    /// readVersion: the contract's version as the caller showed it; conflicted is set when
    /// someone else changed the contract meanwhile (the caller then shows its new state).
    static bool run(QWidget* parent, const WorkspaceHandle& workspace, const ActingContext& acting,
                    const QString& contractId, ContractAction action,
                    std::optional<qint64> readVersion = std::nullopt, bool* conflicted = nullptr);
};
