#pragma once

#include <QString>

/// A listing the acting distributor may put leads on, as the import benchmark's rows name it.
struct ImportListing {
    QString listingId;
    QString productId;
    QString marketplaceId;
    QString vendorAccountId;
};
