#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <QVariantList>

#include <optional>
#include <utility>

/// Which leads a page of the feed holds: a status, changed since a moment, after a cursor.
struct LeadFeedQuery {
    QString status;                     ///< a status key ("new", …); empty for every status
    std::optional<qint64> updatedSince; ///< ms since the epoch, included
    QString cursor;                     ///< LeadPage::nextCursor of the page before; empty first
    int limit = 100;                    ///< 1 … LeadFeed::maxLimit
};

/// A page of leads, oldest change first, and the cursor of the next page (empty at the end).
struct LeadPage {
    QList<QJsonObject> leads;
    QString nextCursor;
};

/// Leads as JSON for the REST API, as the acting account may see them: its own leads as a
/// distributor or reseller, the leads on its products as a vendor. A lead's keys are the field
/// keys a new lead is given with (product, marketplace, name, source, existing_company,
/// company_name, …, custom.<id>: the same thing as a CSV row), plus id, status, status_note,
/// vendor, distributor, opportunity, created_at and updated_at (ISO 8601, UTC).
class LeadFeed {
    Q_DECLARE_TR_FUNCTIONS(LeadFeed)

public:
    static constexpr int maxLimit = 500;

    /// The lead leadId; NotFound, as for a missing one, when acting's account is neither its
    /// vendor nor its distributor.
    static Result<QJsonObject> lead(const QSqlDatabase& database, const ActingContext& acting,
                                    const QString& leadId);
    /// A page of query's leads in the order of their last change (then ID), by keyset: each page
    /// starts where the cursor says, never at an offset. Invalid for a bad status, cursor or
    /// limit.
    static Result<LeadPage> page(const QSqlDatabase& database, const ActingContext& acting,
                                 const LeadFeedQuery& query);
    /// The SQL and bound values page() runs for query (its limit plus one row, to know whether
    /// a next page exists); Invalid as page() says.
    static Result<std::pair<QString, QVariantList>> pageStatement(const ActingContext& acting,
                                                                  const LeadFeedQuery& query);
};
