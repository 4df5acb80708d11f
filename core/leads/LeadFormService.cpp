#include "leads/LeadFormService.h"

#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "history/RecordVersion.h"
#include "session/Memberships.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

constexpr int maxFieldIdLength = 40;

const QString activeKey = QStringLiteral("active");
const QString inactiveKey = QStringLiteral("inactive");

struct StoredForm {
    QString vendorAccountId;
    LeadFormDraft draft;
};

QString listingsJson(const QStringList& listingIds)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(listingIds)).toJson(QJsonDocument::Compact));
}

QStringList sorted(QStringList values)
{
    values.removeDuplicates();
    values.sort();
    return values;
}

QString overlapMessage(const QString& formName, const QString& formId, const QString& product,
                       const QString& marketplace)
{
    return LeadFormService::tr(
               "\u201c%1\u201d (%2) is already the active form for %3 on %4. A product listing "
               "has one active form: make this form inactive or leave that product out.")
        .arg(formName, formId, product, marketplace);
}

Error denied()
{
    return {ErrorCode::PermissionDenied,
            LeadFormService::tr("Only a CRM admin, manager or marketeer of the vendor may change "
                                "its lead forms.")};
}

Result<StoredForm> readForm(const QSqlDatabase& database, const QString& formId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT vendor_account_id, name, status, schema, version FROM lead_forms WHERE id = ?"));
    query.addBindValue(formId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     LeadFormService::tr("There is no lead form %1.").arg(formId)};
    StoredForm stored;
    stored.vendorAccountId = query.value(0).toString();
    stored.draft.id = formId;
    stored.draft.name = query.value(1).toString();
    stored.draft.active = query.value(2).toString() == activeKey;
    stored.draft.rowVersion = query.value(4).toLongLong();
    auto schema = LeadFormSchema::fromJson(query.value(3).toString().toUtf8());
    if (!schema)
        return Error{ErrorCode::Corrupt, LeadFormService::tr("The lead form %1 is damaged: %2")
                                             .arg(formId, schema.error().message)};
    stored.draft.schema = schema.value();

    QSqlQuery listings(database);
    listings.setForwardOnly(true);
    listings.prepare(QStringLiteral(R"(
        SELECT fl.listing_id
          FROM lead_form_listings fl
          JOIN listings l ON l.id = fl.listing_id
          JOIN products p ON p.id = l.product_id
          JOIN marketplaces m ON m.id = l.marketplace_id
         WHERE fl.form_id = ?
         ORDER BY p.name COLLATE NOCASE, m.name COLLATE NOCASE, l.id)"));
    listings.addBindValue(formId);
    if (auto done = SqlError::exec(listings); !done)
        return done.error();
    while (listings.next())
        stored.draft.listingIds << listings.value(0).toString();
    return stored;
}

/// Every listing must exist and be a listing of one of the vendor's products.
Result<void> checkListings(const QSqlDatabase& database, const QString& vendorId,
                           const QStringList& listingIds)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(database, QStringLiteral(R"(
        SELECT j.value, p.vendor_account_id
          FROM json_each(?) j
          LEFT JOIN listings l ON l.id = j.value
          LEFT JOIN products p ON p.id = l.product_id)")));
    query.addBindValue(listingsJson(listingIds));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    while (query.next()) {
        const QString listing = query.value(0).toString();
        if (query.isNull(1))
            return Error{ErrorCode::Invalid,
                         LeadFormService::tr("There is no product listing %1.").arg(listing)};
        if (query.value(1).toString() != vendorId)
            return Error{ErrorCode::PermissionDenied,
                         LeadFormService::tr("The listing %1 is not a listing of your products.")
                             .arg(listing)};
    }
    return {};
}

/// Another active form of the vendor that covers one of listingIds.
Result<void> checkNoActiveOverlap(const QSqlDatabase& database, const QString& vendorId,
                                  const QString& formId, const QStringList& listingIds)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(SqlDialect::adapt(database, QStringLiteral(R"(
        SELECT f.id, f.name, p.name, m.name
          FROM lead_form_listings fl
          JOIN lead_forms f ON f.id = fl.form_id
          JOIN listings l ON l.id = fl.listing_id
          JOIN products p ON p.id = l.product_id
          JOIN marketplaces m ON m.id = l.marketplace_id
         WHERE f.vendor_account_id = ? AND f.status = 'active' AND f.id IS DISTINCT FROM ?
           AND fl.listing_id IN (SELECT value FROM json_each(?))
         ORDER BY p.name COLLATE NOCASE, m.name COLLATE NOCASE, f.id
         LIMIT 1)")));
    query.addBindValue(vendorId);
    query.addBindValue(formId);
    query.addBindValue(listingsJson(listingIds));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (query.next())
        return Error{ErrorCode::Invalid,
                     overlapMessage(query.value(1).toString(), query.value(0).toString(),
                                    query.value(2).toString(), query.value(3).toString())};
    return {};
}

QJsonObject changesBetween(const std::optional<LeadFormDraft>& before, const LeadFormDraft& after)
{
    QJsonObject changes;
    if (!before || before->name != after.name)
        changes.insert(QStringLiteral("name"), after.name);
    if (!before || before->active != after.active)
        changes.insert(QStringLiteral("status"), after.active ? activeKey : inactiveKey);
    if (!before || sorted(before->listingIds) != sorted(after.listingIds))
        changes.insert(QStringLiteral("listings"),
                       QJsonArray::fromStringList(sorted(after.listingIds)));
    if (!before || before->schema.toJson() != after.schema.toJson())
        changes.insert(QStringLiteral("schema"),
                       QJsonDocument::fromJson(after.schema.toJson()).object());
    return changes;
}

} // namespace

bool LeadFormService::canEdit(const ActingContext& acting)
{
    return acting.isVendorPortal() &&
           (acting.userRole == UserRole::CrmAdmin || acting.userRole == UserRole::CrmManager ||
            acting.userRole == UserRole::CrmMarketeer);
}

Result<LeadFormDraft> LeadFormService::load(const QSqlDatabase& database,
                                            const ActingContext& acting, const QString& formId)
{
    auto stored = readForm(database, formId);
    if (!stored)
        return stored.error();
    if (!acting.isVendorPortal() || stored->vendorAccountId != acting.accountId)
        return Error{ErrorCode::PermissionDenied,
                     tr("Only the vendor that owns the lead form %1 may open it.").arg(formId)};
    return stored->draft;
}

Result<QList<VendorListing>> LeadFormService::vendorListings(const QSqlDatabase& database,
                                                             const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT l.id, p.name, m.name, d.name, l.status, coalesce(f.id, ''), coalesce(f.name, '')
          FROM listings l
          JOIN products p ON p.id = l.product_id
          JOIN marketplaces m ON m.id = l.marketplace_id
          JOIN accounts d ON d.id = m.owner_account_id
          LEFT JOIN lead_forms f ON f.id = (
                SELECT af.id FROM lead_form_listings afl
                  JOIN lead_forms af ON af.id = afl.form_id
                 WHERE afl.listing_id = l.id AND af.status = 'active'
                   AND af.vendor_account_id = p.vendor_account_id
                 ORDER BY af.id LIMIT 1)
         WHERE p.vendor_account_id = ?
         ORDER BY p.name COLLATE NOCASE, m.name COLLATE NOCASE, l.id)"));
    query.addBindValue(acting.isVendorPortal() ? acting.accountId : QString());
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<VendorListing> listings;
    while (query.next()) {
        VendorListing listing;
        listing.listingId = query.value(0).toString();
        listing.productName = query.value(1).toString();
        listing.marketplaceName = query.value(2).toString();
        listing.distributorName = query.value(3).toString();
        listing.statusKey = query.value(4).toString();
        listing.activeFormId = query.value(5).toString();
        listing.activeFormName = query.value(6).toString();
        listings << listing;
    }
    return listings;
}

QMap<QString, QString> LeadFormService::validate(const LeadFormDraft& draft)
{
    QMap<QString, QString> reasons;
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        reasons.insert(QStringLiteral("name"), tr("Enter a name for the form."));
    else if (name.size() > maxNameLength)
        reasons.insert(QStringLiteral("name"),
                       tr("At most %1 characters (now %2).").arg(maxNameLength).arg(name.size()));
    if (draft.listingIds.isEmpty())
        reasons.insert(QStringLiteral("listings"),
                       tr("Choose at least one product the form applies to."));
    if (const QStringList problems = draft.schema.problems(); !problems.isEmpty())
        reasons.insert(QStringLiteral("schema"), problems.first());
    return reasons;
}

QString LeadFormService::overlapReason(const LeadFormDraft& draft,
                                       const QList<VendorListing>& listings)
{
    if (!draft.active)
        return {};
    for (const VendorListing& listing : listings) {
        if (draft.listingIds.contains(listing.listingId) && !listing.activeFormId.isEmpty() &&
            listing.activeFormId != draft.id)
            return overlapMessage(listing.activeFormName, listing.activeFormId, listing.productName,
                                  listing.marketplaceName);
    }
    return {};
}

Result<QString> LeadFormService::save(const QSqlDatabase& database, const ActingContext& acting,
                                      const LeadFormDraft& draft)
{
    if (!canEdit(acting))
        return denied();
    if (const auto reasons = validate(draft); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    // The caller's context is only a claim: the membership decides.
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!canEdit(member.value()))
        return denied();

    LeadFormDraft after = draft;
    after.name = draft.name.trimmed();
    after.listingIds.removeDuplicates();
    std::optional<LeadFormDraft> before;
    if (!draft.id.isEmpty()) {
        auto stored = readForm(database, draft.id);
        if (!stored)
            return stored.error();
        if (stored->vendorAccountId != acting.accountId)
            return Error{ErrorCode::PermissionDenied,
                         tr("The lead form %1 belongs to another vendor.").arg(draft.id)};
        const VersionedRow row{QStringLiteral("lead_forms"),
                               {QStringLiteral("id")},
                               {draft.id},
                               QStringLiteral("lead_form"),
                               draft.id,
                               tr("The lead form %1").arg(stored->draft.name)};
        if (auto claimed = RecordVersion::claim(
                database, row,
                draft.rowVersion > 0 ? std::optional(draft.rowVersion) : std::nullopt);
            !claimed)
            return claimed.error();
        before = stored->draft;
    }
    if (auto checked = checkListings(database, acting.accountId, after.listingIds); !checked)
        return checked.error();
    if (after.active) {
        if (auto checked =
                checkNoActiveOverlap(database, acting.accountId, draft.id, after.listingIds);
            !checked)
            return checked.error();
    }

    const QJsonObject changes = changesBetween(before, after);
    if (before && changes.isEmpty())
        return draft.id;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    if (!before) {
        auto id = IdGenerator(database).next(IdKind::LeadForm);
        if (!id)
            return id.error();
        after.id = id.value();
        query.prepare(QStringLiteral(
            "INSERT INTO lead_forms(name, status, schema, updated_at, created_at, id, "
            "vendor_account_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE lead_forms SET name = ?, status = ?, schema = ?, "
                                     "updated_at = ? WHERE id = ? AND vendor_account_id = ?"));
    }
    query.addBindValue(after.name);
    query.addBindValue(after.active ? activeKey : inactiveKey);
    query.addBindValue(QString::fromUtf8(after.schema.toJson()));
    query.addBindValue(now);
    if (!before)
        query.addBindValue(now);
    query.addBindValue(after.id);
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();

    query.prepare(QStringLiteral("DELETE FROM lead_form_listings WHERE form_id = ?"));
    query.addBindValue(after.id);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    query.prepare(SqlDialect::adapt(
        database, QStringLiteral("INSERT INTO lead_form_listings(form_id, listing_id) "
                                 "SELECT ?, value FROM json_each(?)")));
    query.addBindValue(after.id);
    query.addBindValue(listingsJson(after.listingIds));
    if (auto done = SqlError::exec(query); !done)
        return done.error();

    Event event;
    event.at = now;
    event.userId = acting.userId;
    event.accountId = acting.accountId;
    event.objectType = QStringLiteral("lead_form");
    event.objectId = after.id;
    event.action = before ? QStringLiteral("updated") : QStringLiteral("created");
    event.changes = changes;
    if (auto logged = EventLog::record(database, event); !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after.id;
}

Result<QString> LeadFormService::activeFormFor(const QSqlDatabase& database,
                                               const QString& listingId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(R"(
        SELECT f.id
          FROM lead_form_listings fl
          JOIN lead_forms f ON f.id = fl.form_id
          JOIN listings l ON l.id = fl.listing_id
          JOIN products p ON p.id = l.product_id
         WHERE fl.listing_id = ? AND f.status = 'active'
           AND f.vendor_account_id = p.vendor_account_id
         ORDER BY f.id
         LIMIT 1)"));
    query.addBindValue(listingId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

QString LeadFormService::suggestFieldId(const QString& title, const QStringList& taken)
{
    QString base;
    for (QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base += c;
        else if (c.isLetterOrNumber() || c.isMark())
            continue;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('_')))
            base += QLatin1Char('_');
    }
    if (base.isEmpty() || !base.front().isLetter())
        base.prepend(QStringLiteral("field_"));
    const auto fit = [](QString key, const QString& suffix) {
        key.truncate(maxFieldIdLength - suffix.size());
        while (key.endsWith(QLatin1Char('_')))
            key.chop(1);
        return key + suffix;
    };
    const auto free = [&taken](const QString& key) {
        return !taken.contains(key) && !leadFields.fromKey(key);
    };
    QString key = fit(base, {});
    for (int n = 2; !free(key); ++n)
        key = fit(base, QStringLiteral("_%1").arg(n));
    return key;
}
