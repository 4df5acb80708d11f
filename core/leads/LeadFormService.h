#pragma once

#include "common/Result.h"
#include "leads/LeadFormDraft.h"
#include "leads/VendorListing.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

/// Reads, checks and saves a vendor's lead forms (SPEC 3.4). A vendor has at most one active
/// form per product listing, so the form the Create Lead wizard uses is never ambiguous.
class LeadFormService {
    Q_DECLARE_TR_FUNCTIONS(LeadFormService)

public:
    static constexpr int maxNameLength = 100;

    /// Whether acting may create and change lead forms: a vendor account, and the user is its
    /// crm_admin, crm_manager or crm_marketeer.
    static bool canEdit(const ActingContext& acting);

    /// The stored form; only its vendor may load it.
    static Result<LeadFormDraft> load(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& formId);
    /// The listings of the acting vendor's products, by product then marketplace.
    static Result<QList<VendorListing>> vendorListings(const QSqlDatabase& database,
                                                       const ActingContext& acting);

    /// A translated reason for each invalid part of draft, keyed "name", "listings" or
    /// "schema"; empty when draft may be saved.
    static QMap<QString, QString> validate(const LeadFormDraft& draft);
    /// Why an active draft may not cover one of its listings (another active form of the vendor
    /// covers it), judged from listings as vendorListings() returned them; empty if none.
    static QString overlapReason(const LeadFormDraft& draft, const QList<VendorListing>& listings);

    /// Creates (empty id) or replaces the form in one transaction and records the event;
    /// returns the form's id. On any error nothing is written.
    static Result<QString> save(const QSqlDatabase& database, const ActingContext& acting,
                                const LeadFormDraft& draft);

    /// The vendor's active form for listingId, or an empty string when it has none.
    static Result<QString> activeFormFor(const QSqlDatabase& database, const QString& listingId);

    /// A free custom field key derived from title ("Number of seats" → "number_of_seats").
    static QString suggestFieldId(const QString& title, const QStringList& taken);
};
