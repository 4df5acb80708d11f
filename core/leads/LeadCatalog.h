#pragma once

#include "common/Result.h"
#include "leads/LeadDraft.h"
#include "leads/LeadOption.h"
#include "leads/ListingContext.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

/// What the Create Lead wizard offers to pick, read for the acting account.
class LeadCatalog {
    Q_DECLARE_TR_FUNCTIONS(LeadCatalog)

public:
    enum class ReferenceList { Campaigns, SellingDirections, ContentChannels };

    /// Products listed on the acting account's marketplaces (detail: the vendor), by name.
    static Result<QList<LeadOption>> products(const QSqlDatabase& database, const ActingContext& acting);
    /// The acting account's marketplaces where productId is listed; id = the listing's id,
    /// detail = countries and currency.
    static Result<QList<LeadOption>> marketplaces(const QSqlDatabase& database,
                                                  const ActingContext& acting,
                                                  const QString& productId);
    static Result<ListingContext> listing(const QSqlDatabase& database, const QString& listingId);
    /// Companies whose name contains text (all when empty), by name; detail = TIN.
    static Result<QList<LeadOption>> companies(const QSqlDatabase& database, const QString& text = {},
                                               int limit = 500);
    /// Contacts, those of companyId first; detail = e-mail.
    static Result<QList<LeadOption>> contacts(const QSqlDatabase& database,
                                              const QString& companyId = {}, int limit = 500);
    static Result<QList<LeadOption>> referenceList(const QSqlDatabase& database, ReferenceList list);
    /// The users of an account (possible lead owners), by name; detail = e-mail.
    static Result<QList<LeadOption>> users(const QSqlDatabase& database, const QString& accountId);
    /// A company's name, TIN, website and city (label, detail = TIN, plus the rest).
    struct Company {
        QString id, name, tin, website, city;
    };
    static Result<Company> company(const QSqlDatabase& database, const QString& companyId);

    /// A lead as an editable draft, with its listing and the form it was created with (even if
    /// the vendor has changed or deactivated that form since). Visible leads only.
    struct LeadEdit {
        LeadDraft draft;
        ListingContext listing;
        QString distributorAccountId;
        QString statusKey;
    };
    static Result<LeadEdit> leadForEdit(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& leadId);
};
