#pragma once

#include "leads/LeadFormSchema.h"

#include <QString>

/// A listing with what a lead on it derives: product, marketplace, vendor, distributor and the
/// lead form that applies (the vendor's active form for the listing, else the default form).
struct ListingContext {
    QString listingId;
    QString statusKey;
    QString productId;
    QString productName;
    QString marketplaceId;
    QString marketplaceName;
    QString marketplaceCountries; ///< "US" or "DE,FR,IT,ES"
    QString vendorAccountId;
    QString vendorName;
    QString distributorAccountId;
    QString distributorName;
    QString formId; ///< empty for the default form
    QString formName;
    LeadFormSchema schema = LeadFormSchema::defaultForm();

    /// The first country of the marketplace: the phone region for numbers without "+".
    QString phoneRegion() const
    {
        return marketplaceCountries.section(QLatin1Char(','), 0, 0).trimmed();
    }
};
