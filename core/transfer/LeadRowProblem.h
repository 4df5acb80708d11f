#pragma once

#include <QString>

/// Why a row's lead was refused, about one field: its key (product, marketplace, a lead field key
/// such as company_tin, or custom.<id>), its label as the user sees it, and the reason in the
/// words of the Create Lead wizard.
struct LeadRowProblem {
    QString field;
    QString label;
    QString reason;

    bool operator==(const LeadRowProblem&) const = default;
};
