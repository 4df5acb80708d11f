#pragma once

#include <QString>

/// One listing of a vendor's product on a distributor's marketplace, as a lead form offers it.
struct VendorListing {
    QString listingId;
    QString productName;
    QString marketplaceName;
    QString distributorName;
    QString statusKey;    ///< "listed" or "unlisted"
    QString activeFormId; ///< the vendor's active lead form covering this listing, or empty
    QString activeFormName;
};
