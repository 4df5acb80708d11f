#pragma once

#include "leads/LeadFormSchema.h"
#include "session/ActingContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// Why a live publication's address answers "not published" for now. It serves again by
/// itself once the cause is undone (the listing listed again, the form active again…), unless
/// it is unpublished.
enum class WebFormPause {
    None,
    FormInactive,      ///< the vendor deactivated the lead form
    FormNotApplied,    ///< the vendor no longer applies the form to this listing
    ListingUnlisted,   ///< the listing is unlisted
    PublisherNotAdmin, ///< its publisher is no longer a CRM admin of the account
};

/// A vendor's active lead form offered on a website for one listing of a distributor: the
/// customer fills it in at <serviceUrl>/forms/<formId>?listing=<listingId> and the lead is the
/// distributor's, created as the crm_admin who published it, with the source "Website form".
/// A pair the distributor may publish but has not is listed with an empty id; a publication that
/// is not served for now, with its pause.
struct WebFormPublication {
    QString id; ///< WEB-ddd-ddd-ddd; empty: not published
    QString formId;
    QString formName;
    QString listingId;
    QString productId;
    QString productName;
    QString marketplaceId;
    QString marketplaceName;
    QString vendorAccountId;
    QString vendorName;
    QString accountId;  ///< the distributor whose leads the form makes
    QString serviceUrl; ///< where `channeldesk serve` is reached, e.g. https://leads.example.com
    QStringList allowedOrigins; ///< sites that may embed the form or post to it from a script
    QString publishedBy;        ///< user ID
    QString publishedByName;
    qint64 publishedAt = 0; ///< milliseconds since the epoch, UTC
    WebFormPause pause = WebFormPause::None;

    bool isPublished() const { return !id.isEmpty(); }
    /// Published and served now (not paused).
    bool isLive() const { return isPublished() && pause == WebFormPause::None; }
    /// The form's address: serviceUrl + formPath.
    QString address() const;
    /// The path of the public route of formId for listingId: /forms/LDF-…?listing=LST-….
    static QString formPath(const QString& formId, const QString& listingId);
};

/// A published form as the public route serves it: the publication, who its leads are created
/// as (its publisher, now, in the distributor account), the form's schema and the distributor's
/// selling directions (ID, name), which the visitor chooses from.
struct PublishedWebForm {
    WebFormPublication publication;
    ActingContext acting;
    LeadFormSchema schema;
    QList<std::pair<QString, QString>> sellingDirections;
};
