#pragma once

#include <QString>

/// One choice a lead form offers (a product, marketplace, company, contact, user, campaign…).
struct LeadOption {
    QString id;
    QString label;
    QString detail; ///< secondary text: vendor, countries, TIN, e-mail…
    bool operator==(const LeadOption&) const = default;
};
