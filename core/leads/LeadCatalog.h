#pragma once

#include "storage/SqlEngine.h"

#include "common/Result.h"
#include "leads/LeadDraft.h"
#include "leads/LeadOption.h"
#include "leads/ListingContext.h"
#include "reference/ReferenceKind.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <utility>

/// What the Create Lead wizard offers to pick, read for the acting account.
class LeadCatalog {
    Q_DECLARE_TR_FUNCTIONS(LeadCatalog)

public:
    using ReferenceList = ReferenceKind;

    /// Products listed on the acting account's marketplaces (detail: the vendor), by name.
    static Result<QList<LeadOption>> products(const QSqlDatabase& database,
                                              const ActingContext& acting);
    /// The acting account's marketplaces where productId is listed; id = the listing's id,
    /// detail = countries and currency.
    static Result<QList<LeadOption>> marketplaces(const QSqlDatabase& database,
                                                  const ActingContext& acting,
                                                  const QString& productId);
    static Result<ListingContext> listing(const QSqlDatabase& database, const QString& listingId);
    /// What a picker shows for one query: at most the limit asked for, and whether more match.
    struct Matches {
        QList<LeadOption> options;
        bool more = false;
    };
    static constexpr int pickerLimit = 50;
    /// The Existing company picker's search over every company (any account may pick any
    /// company): each typed word starts a word of the name or TIN, case and accent insensitive;
    /// names that start with the text come first, then by name. Empty text: the first companies
    /// by name. detail = TIN. Indexed: a bounded number of rows is read whatever the table size.
    static Result<Matches> searchCompanies(const QSqlDatabase& database, const QString& text,
                                           int limit = pickerLimit);
    /// The Existing contact picker's search among the contacts of companyId only (none without
    /// a company): each typed word starts a word of the name or e-mail; by last and first name.
    /// detail = e-mail.
    static Result<Matches> searchContacts(const QSqlDatabase& database, const QString& companyId,
                                          const QString& text, int limit = pickerLimit);
    /// The SQL and values searchCompanies() / searchContacts() run (for query plan tests).
    static std::pair<QString, QVariantList>
    companySearchStatement(const QString& text, int limit, SqlEngine engine = SqlEngine::Sqlite);
    static std::pair<QString, QVariantList>
    contactSearchStatement(const QString& companyId, const QString& text, int limit,
                           SqlEngine engine = SqlEngine::Sqlite);
    /// The entries of accountId's list that Create Lead offers (not retired), by name.
    static Result<QList<LeadOption>> referenceList(const QSqlDatabase& database,
                                                   const QString& accountId, ReferenceList list);
    /// One entry of any account's list, retired or not (what an existing lead shows); the label
    /// says when it is retired.
    static Result<LeadOption> referenceEntry(const QSqlDatabase& database, ReferenceList list,
                                             const QString& id);
    /// The users of an account (possible lead owners), by name; detail = e-mail.
    static Result<QList<LeadOption>> users(const QSqlDatabase& database, const QString& accountId);
    /// A company's name, TIN, website and city (label, detail = TIN, plus the rest).
    struct Company {
        QString id, name, tin, website, city;
    };
    static Result<Company> company(const QSqlDatabase& database, const QString& companyId);
    /// A contact as its picker shows it (label = name, detail = e-mail) and its company's ID.
    struct Contact {
        LeadOption option;
        QString companyId;
    };
    static Result<Contact> contact(const QSqlDatabase& database, const QString& contactId);

    /// A lead as an editable draft, with its listing and the form it was created with (even if
    /// the vendor has changed or deactivated that form since). Visible leads only.
    struct LeadEdit {
        LeadDraft draft;
        ListingContext listing;
        QString distributorAccountId;
        QString statusKey;
        qint64 rowVersion = 0; ///< the lead's version as read, for LeadService::update
    };
    static Result<LeadEdit> leadForEdit(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& leadId);
};
