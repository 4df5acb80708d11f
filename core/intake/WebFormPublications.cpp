#include "intake/WebFormPublications.h"

#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/postgres/ServerFunctions.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace {

// The pairs an account may publish: its listed listings and the active forms applying to them;
// column 16: 'a' when the pair's publication is paused because its publisher is no longer a
// crm_admin of the account (published_web_forms' rule), else ''.
const QString selectPairs = QStringLiteral(
    "SELECT w.id, lf.id, lf.name, l.id, p.id, p.name, mp.id, mp.name, p.vendor_account_id, "
    "va.name, mp.owner_account_id, w.service_url, w.allowed_origins, w.published_by, u.name, "
    "w.published_at, CASE WHEN w.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM memberships m "
    "WHERE m.user_id = w.published_by AND m.account_id = w.account_id AND m.role = 'crm_admin') "
    "THEN 'a' ELSE '' END FROM listings l "
    "JOIN marketplaces mp ON mp.id = l.marketplace_id "
    "JOIN products p ON p.id = l.product_id "
    "JOIN accounts va ON va.id = p.vendor_account_id "
    "JOIN lead_form_listings fl ON fl.listing_id = l.id "
    "JOIN lead_forms lf ON lf.id = fl.form_id AND lf.status = 'active' "
    "LEFT JOIN web_forms w ON w.form_id = lf.id AND w.listing_id = l.id "
    "AND w.unpublished_at IS NULL "
    "LEFT JOIN users u ON u.id = w.published_by "
    "WHERE mp.owner_account_id = ? AND l.status = 'listed' ");

// An account's live publications whose pair no longer applies (so selectPairs misses them), in
// selectPairs' columns, then why: f(orm inactive), n(ot applied), l(isting unlisted). The vendor's
// rows are joined loosely: on a team server a vendor that is no longer a partner hides them.
const QString selectPausedPairs = QStringLiteral(
    "SELECT w.id, w.form_id, lf.name, w.listing_id, l.product_id, p.name, l.marketplace_id, "
    "mp.name, p.vendor_account_id, va.name, w.account_id, w.service_url, w.allowed_origins, "
    "w.published_by, u.name, w.published_at, CASE WHEN lf.id IS NULL OR lf.status <> 'active' "
    "THEN 'f' WHEN l.status <> 'listed' THEN 'l' ELSE 'n' END FROM web_forms w "
    "JOIN listings l ON l.id = w.listing_id "
    "JOIN marketplaces mp ON mp.id = l.marketplace_id "
    "LEFT JOIN lead_forms lf ON lf.id = w.form_id "
    "LEFT JOIN products p ON p.id = l.product_id "
    "LEFT JOIN accounts va ON va.id = p.vendor_account_id "
    "LEFT JOIN users u ON u.id = w.published_by "
    "WHERE w.account_id = ? AND w.unpublished_at IS NULL AND NOT (COALESCE(lf.status, '') = "
    "'active' AND "
    "l.status = 'listed' AND mp.owner_account_id = w.account_id AND EXISTS (SELECT 1 FROM "
    "lead_form_listings fl WHERE fl.form_id = w.form_id AND fl.listing_id = w.listing_id))");

WebFormPause pauseOf(const QString& code)
{
    if (code == QLatin1String("f"))
        return WebFormPause::FormInactive;
    if (code == QLatin1String("l"))
        return WebFormPause::ListingUnlisted;
    if (code == QLatin1String("n"))
        return WebFormPause::FormNotApplied;
    if (code == QLatin1String("a"))
        return WebFormPause::PublisherNotAdmin;
    return WebFormPause::None;
}

/// The columns of published_web_forms (migration 17) that find() reads, in publicationFromRow's
/// order, then the schema, the account's name and role.
const QString publishedColumns = QStringLiteral(
    "SELECT id, form_id, form_name, listing_id, product_id, product_name, marketplace_id, "
    "marketplace_name, vendor_account_id, vendor_name, account_id, service_url, allowed_origins, "
    "published_by, published_by_name, published_at, schema, account_name, account_role ");

/// The sites as stored: separated by spaces, never NULL.
QString storedOrigins(const QStringList& origins)
{
    const QString joined = origins.join(QLatin1Char(' '));
    return joined.isNull() ? QStringLiteral("") : joined;
}

QStringList originsOf(const QString& stored)
{
    return stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Columns 0–15 of selectPairs or of publishedColumns (the same order) into a publication.
WebFormPublication publicationFromRow(const QSqlQuery& query)
{
    WebFormPublication publication;
    auto at = [&query](int column) { return query.value(column); };
    publication.id = at(0).toString();
    publication.formId = at(1).toString();
    publication.formName = at(2).toString();
    publication.listingId = at(3).toString();
    publication.productId = at(4).toString();
    publication.productName = at(5).toString();
    publication.marketplaceId = at(6).toString();
    publication.marketplaceName = at(7).toString();
    publication.vendorAccountId = at(8).toString();
    publication.vendorName = at(9).toString();
    publication.accountId = at(10).toString();
    if (publication.id.isEmpty())
        return publication;
    publication.serviceUrl = at(11).toString();
    publication.allowedOrigins = originsOf(at(12).toString());
    publication.publishedBy = at(13).toString();
    publication.publishedByName = at(14).isNull() ? publication.publishedBy : at(14).toString();
    publication.publishedAt = at(15).toLongLong();
    return publication;
}

Result<ActingContext> requirePublisher(const QSqlDatabase& database, const ActingContext& acting)
{
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!WebFormPublications::mayPublish(member.value()))
        return Error{ErrorCode::PermissionDenied,
                     WebFormPublications::tr("Only a CRM admin of a distributor or reseller "
                                             "publishes web forms; %1 is not one at %2.")
                         .arg(member->userName, member->accountName)};
    return member;
}

/// The pair of formId and listingId as acting's account sees it, or NotFound.
Result<WebFormPublication> pairOf(const QSqlDatabase& database, const QString& accountId,
                                  const QString& formId, const QString& listingId)
{
    auto query =
        SqlError::select(database, selectPairs + QStringLiteral("AND lf.id = ? AND l.id = ?"),
                         {accountId, formId, listingId});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return Error{ErrorCode::NotFound,
                     WebFormPublications::tr("The lead form %1 does not apply to a listed "
                                             "listing %2 of your marketplaces, or is inactive.")
                         .arg(formId, listingId)};
    }
    return publicationFromRow(query.value());
}

/// The live publication publicationId of accountId, or NotFound.
Result<WebFormPublication> livePublication(const QSqlDatabase& database, const QString& accountId,
                                           const QString& publicationId)
{
    auto query = SqlError::select(database, selectPairs + QStringLiteral("AND w.id = ?"),
                                  {accountId, publicationId});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return Error{ErrorCode::NotFound,
                     WebFormPublications::tr("%1 is not a published web form of your account.")
                         .arg(publicationId)};
    }
    return publicationFromRow(query.value());
}

/// Where a publication is reached and which sites may embed it, as stored.
struct Placement {
    QString serviceUrl;
    QString origins; ///< separated by spaces
};

Result<Placement> placementOf(const QString& serviceUrl, const QStringList& allowedOrigins)
{
    auto url = WebFormPublications::parseServiceUrl(serviceUrl);
    if (!url)
        return url.error();
    auto origins = WebFormPublications::parseOrigins(allowedOrigins.join(QLatin1Char(' ')));
    if (!origins)
        return origins.error();
    return Placement{url.value(), storedOrigins(origins.value())};
}

Error notPublished()
{
    return {ErrorCode::NotFound, WebFormPublications::tr("This form is not published (any more).")};
}

} // namespace

bool WebFormPublications::mayPublish(const ActingContext& acting)
{
    return acting.userRole == UserRole::CrmAdmin && acting.accountRole != AccountRole::Vendor;
}

Result<QStringList> WebFormPublications::parseOrigins(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList origins;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url(part, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const QString path = url.path();
        if (part.size() > maxUrlLength || !url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty() || !(path.isEmpty() || path == QLatin1String("/")) ||
            url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("\u201c%1\u201d is not a site: write it as https://www.example.com, "
                            "without a path.")
                             .arg(part.left(maxUrlLength))};
        QString origin = scheme + QStringLiteral("://") + url.host().toLower();
        const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
        if (url.port() != -1 && url.port() != defaultPort)
            origin += QLatin1Char(':') + QString::number(url.port());
        if (!origins.contains(origin))
            origins << origin;
    }
    if (origins.size() > maxOrigins)
        return Error{ErrorCode::Invalid, tr("A form allows at most %1 sites; these are %2.")
                                             .arg(maxOrigins)
                                             .arg(origins.size())};
    return origins;
}

Result<QString> WebFormPublications::parseServiceUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || trimmed.size() > maxUrlLength || !url.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Give the address where visitors reach the service, such as "
                        "https://leads.example.com (at most %1 characters).")
                         .arg(maxUrlLength)};
    QString address = url.toString(QUrl::NormalizePathSegments);
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);
    return address;
}

Result<QList<WebFormPublication>> WebFormPublications::list(const QSqlDatabase& database,
                                                            const ActingContext& acting)
{
    auto publisher = requirePublisher(database, acting);
    if (!publisher)
        return publisher.error();
    // Column 16 of both: why a publication is paused; sorted by the columns of vendor, form,
    // product and marketplace names, then form and listing IDs.
    auto query = SqlError::select(database,
                                  selectPairs + QStringLiteral("UNION ALL ") + selectPausedPairs +
                                      QStringLiteral(" ORDER BY 10, 3, 6, 8, 2, 4"),
                                  {publisher->accountId, publisher->accountId});
    if (!query)
        return query.error();
    QList<WebFormPublication> publications;
    while (query->next()) {
        WebFormPublication publication = publicationFromRow(query.value());
        publication.pause = pauseOf(query->value(16).toString());
        publications << publication;
    }
    if (auto read = SqlError::readToEnd(query.value()); !read)
        return read.error();
    return publications;
}

QString WebFormPublications::pauseReason(WebFormPause pause)
{
    switch (pause) {
    case WebFormPause::None:
        break;
    case WebFormPause::FormInactive:
        return tr("The vendor has deactivated this lead form.");
    case WebFormPause::FormNotApplied:
        return tr("The vendor no longer offers this lead form for this listing.");
    case WebFormPause::ListingUnlisted:
        return tr("The listing is unlisted.");
    case WebFormPause::PublisherNotAdmin:
        return tr("Whoever published it is no longer a CRM admin of this account.");
    }
    return {};
}

Result<WebFormPublication>
WebFormPublications::publish(const QSqlDatabase& database, const ActingContext& acting,
                             const QString& formId, const QString& listingId,
                             const QString& serviceUrl, const QStringList& allowedOrigins)
{
    auto where = placementOf(serviceUrl, allowedOrigins);
    if (!where)
        return where.error();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto publisher = requirePublisher(database, acting);
    if (!publisher)
        return publisher.error();
    auto pair = pairOf(database, publisher->accountId, formId, listingId);
    if (!pair)
        return pair.error();
    if (pair->isPublished())
        return Error{ErrorCode::Invalid,
                     tr("%1 is already published for %2 as %3.").arg(formId, listingId, pair->id)};
    IdGenerator ids(database);
    auto id = ids.next(IdKind::WebForm);
    if (!id)
        return id.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO web_forms(id, form_id, listing_id, account_id, "
                           "service_url, allowed_origins, published_at, published_by, "
                           "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id.value(), formId, listingId, publisher->accountId, where->serviceUrl, where->origins,
             now, publisher->userId, now});
        !done)
        return done.error();
    if (auto logged =
            EventLog::record(database, {now,
                                        publisher->userId,
                                        publisher->accountId,
                                        QStringLiteral("web_form"),
                                        id.value(),
                                        QStringLiteral("published"),
                                        {{QStringLiteral("form_id"), formId},
                                         {QStringLiteral("listing_id"), listingId},
                                         {QStringLiteral("service_url"), where->serviceUrl},
                                         {QStringLiteral("allowed_origins"), where->origins}}});
        !logged)
        return logged.error();
    auto published = pairOf(database, publisher->accountId, formId, listingId);
    if (!published)
        return published.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return published;
}

Result<WebFormPublication> WebFormPublications::change(const QSqlDatabase& database,
                                                       const ActingContext& acting,
                                                       const QString& publicationId,
                                                       const QString& serviceUrl,
                                                       const QStringList& allowedOrigins)
{
    auto where = placementOf(serviceUrl, allowedOrigins);
    if (!where)
        return where.error();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto publisher = requirePublisher(database, acting);
    if (!publisher)
        return publisher.error();
    auto before = livePublication(database, publisher->accountId, publicationId);
    if (!before)
        return before.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    if (auto done =
            SqlError::exec(query,
                           QStringLiteral("UPDATE web_forms SET service_url = ?, "
                                          "allowed_origins = ?, changed_at = ? WHERE id = ?"),
                           {where->serviceUrl, where->origins, now, publicationId});
        !done)
        return done.error();
    if (auto logged = EventLog::record(
            database,
            {now,
             publisher->userId,
             publisher->accountId,
             QStringLiteral("web_form"),
             publicationId,
             QStringLiteral("changed"),
             {{QStringLiteral("service_url"), where->serviceUrl},
              {QStringLiteral("allowed_origins"), where->origins},
              {QStringLiteral("service_url_before"), before->serviceUrl},
              {QStringLiteral("allowed_origins_before"), storedOrigins(before->allowedOrigins)}}});
        !logged)
        return logged.error();
    auto after = livePublication(database, publisher->accountId, publicationId);
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Result<void> WebFormPublications::unpublish(const QSqlDatabase& database,
                                            const ActingContext& acting,
                                            const QString& publicationId)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto publisher = requirePublisher(database, acting);
    if (!publisher)
        return publisher.error();
    auto ids = SqlError::select(database,
                                QStringLiteral("SELECT 1 FROM web_forms WHERE id = ? AND "
                                               "account_id = ? AND unpublished_at IS NULL"),
                                {publicationId, publisher->accountId});
    if (!ids)
        return ids.error();
    if (!ids->next())
        return Error{ErrorCode::NotFound,
                     tr("%1 is not a published web form of your account.").arg(publicationId)};
    ids->finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    if (auto done =
            SqlError::exec(query,
                           QStringLiteral("UPDATE web_forms SET unpublished_at = ?, "
                                          "unpublished_by = ?, changed_at = ? WHERE id = ?"),
                           {now, publisher->userId, now, publicationId});
        !done)
        return done;
    if (auto logged = EventLog::record(database, {now,
                                                  publisher->userId,
                                                  publisher->accountId,
                                                  QStringLiteral("web_form"),
                                                  publicationId,
                                                  QStringLiteral("unpublished"),
                                                  {}});
        !logged)
        return logged;
    return transaction.commit();
}

Result<PublishedWebForm> WebFormPublications::find(const QSqlDatabase& database,
                                                   const QString& formId, const QString& listingId)
{
    if (formId.size() > 40 || listingId.size() > 40)
        return notPublished();
    const QString sql =
        publishedColumns + (ServerFunctions::has(database, ServerFunctions::webForm())
                                ? QStringLiteral("FROM channeldesk_web_form(?, ?)")
                                : QStringLiteral("FROM published_web_forms WHERE form_id = ? "
                                                 "AND listing_id = ?"));
    auto query = SqlError::select(database, sql, {formId, listingId});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return notPublished();
    }
    PublishedWebForm form;
    form.publication = publicationFromRow(query.value());
    auto schema = LeadFormSchema::fromJson(query->value(16).toString().toUtf8());
    if (!schema)
        return schema.error();
    form.schema = schema.value();
    form.acting.userId = form.publication.publishedBy;
    form.acting.userName = form.publication.publishedByName;
    form.acting.accountId = form.publication.accountId;
    form.acting.accountName = query->value(17).toString();
    form.acting.accountRole =
        accountRoles.fromKey(query->value(18).toString()).value_or(AccountRole::Vendor);
    form.acting.userRole = UserRole::CrmAdmin;
    query->finish();
    // The choices Create Lead offers (not retired, by name).
    auto directions = LeadCatalog::referenceList(database, form.publication.accountId,
                                                 ReferenceKind::SellingDirections);
    if (!directions)
        return directions.error();
    for (const LeadOption& direction : directions.value())
        form.sellingDirections.emplace_back(direction.id, direction.label);
    return form;
}

QString WebFormPublications::embedSnippet(const WebFormPublication& publication)
{
    const QString address = publication.address().toHtmlEscaped();
    const QString title = tr("Ask about %1").arg(publication.productName).toHtmlEscaped();
    return QStringLiteral("<iframe src=\"%1\" title=\"%2\" width=\"100%\" height=\"1100\" "
                          "style=\"border:0;max-width:40rem\" loading=\"lazy\"></iframe>\n"
                          "<p><a href=\"%1\">%3</a></p>\n")
        .arg(address, title, tr("Open the form on its own page").toHtmlEscaped());
}
