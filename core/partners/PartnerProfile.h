#pragma once

#include <QList>
#include <QString>

/// A technical or business contact of a partner account.
struct PartnerContact {
    QString name;
    QString email;
};

/// One image or video of a partner (General tab). An image usually holds a stored file; a video
/// is a link.
struct PartnerMedia {
    QString kindKey; ///< "image" or "video"
    QString title;
    QString url;
    qint64 fileId = 0; ///< 0 when the media has no stored file
    QString fileName;
    QString mimeType;
    qint64 fileSize = 0;
};

/// One article or announcement of a partner (News tab).
struct PartnerNewsItem {
    QString id;
    QString title;
    qint64 publishedAt = 0; ///< milliseconds since the epoch
    QString body;
};

/// One contract between the acting account and the partner, with its agreement (Contracts tab).
struct PartnerContract {
    QString contractId;
    QString typeKey;   ///< agreementTypes key
    QString statusKey; ///< contractStatuses key
    QString agreementId;
    QString agreementName;
    int version = 0;       ///< the agreement version the contract uses
    int activeVersion = 0; ///< the agreement's active version; 0 when none is active
    QString marketplaceName;
    bool issuedByActing = false; ///< the acting account issued the contract (owns the agreement)

    /// The agreement has an active version other than the one the contract uses.
    bool updateAvailable() const { return activeVersion > 0 && activeVersion != version; }
};

/// One listing joining the two accounts: a product of one on a marketplace of the other.
struct PartnerListing {
    QString listingId;
    QString productId;
    QString productName;
    QString marketplaceId;
    QString marketplaceName;
    QString contractId; ///< empty when the listing has no distribution contract
    QString statusKey;  ///< "listed" or "unlisted"
};

/// Everything the Partner Details window shows about one partner, as the acting account sees it.
struct PartnerProfile {
    // Header
    QString accountId;
    QString name;
    QString roleKey;               ///< accountRoles key
    QString statusKey;             ///< partnerStatuses key of the partnership
    bool managedByActing = false;  ///< the acting account owns the partnership (added the partner)
    qint64 partnershipVersion = 0; ///< the partnership's version as read, for PartnerLifecycle
    QString description;

    // General
    QString overview;
    QString overviewAuthor;
    QString headquarters;
    QString countries;
    QString languages;
    QString industry;
    QString websites; ///< as stored: comma or whitespace separated
    PartnerContact technicalContact;
    PartnerContact businessContact;
    QList<PartnerMedia> media; ///< in display order

    QList<PartnerNewsItem> news;      ///< newest first
    QList<PartnerContract> contracts; ///< oldest first
    QList<PartnerListing> listings;   ///< by product, then marketplace
};
