#pragma once

#include <QString>

/// A record that may be the same as what a new lead would create (non-blocking warning).
struct DuplicateHint {
    QString reason;     ///< "Same TIN", "Same contact e-mail", "Same website domain"
    QString objectType; ///< "company" or "contact"
    QString objectId;
    QString label;
};
