#include "intake/LeadFeed.h"

#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

/// The columns of a lead, in the order toJson reads them.
const QString selectLead = QStringLiteral(
    "SELECT l.id, l.name, l.status, l.status_note, l.source, l.product_id, l.marketplace_id, "
    "l.vendor_account_id, l.distributor_account_id, l.lead_company_name, l.company_id, "
    "co.name, co.website, co.tin, l.campaign_id, l.selling_direction_id, l.service_or_product, "
    "l.contact_id, c.first_name, c.last_name, c.middle_name, c.phone, c.email, l.description, "
    "l.owner_user_id, l.city, l.channel_id, l.custom_values, o.id, l.created_at, l.updated_at "
    "FROM leads l JOIN companies co ON co.id = l.company_id "
    "JOIN contacts c ON c.id = l.contact_id LEFT JOIN opportunities o ON o.lead_id = l.id ");

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const QSqlQuery& row)
{
    int column = 0;
    auto next = [&row, &column] { return row.value(column++); };
    QJsonObject lead;
    lead.insert(QStringLiteral("id"), next().toString());
    lead.insert(QStringLiteral("name"), next().toString());
    lead.insert(QStringLiteral("status"), next().toString());
    lead.insert(QStringLiteral("status_note"), next().toString());
    lead.insert(QStringLiteral("source"), next().toString());
    lead.insert(QStringLiteral("product"), next().toString());
    lead.insert(QStringLiteral("marketplace"), next().toString());
    lead.insert(QStringLiteral("vendor"), next().toString());
    lead.insert(QStringLiteral("distributor"), next().toString());
    lead.insert(QStringLiteral("lead_company_name"), next().toString());
    lead.insert(QStringLiteral("existing_company"), next().toString());
    lead.insert(QStringLiteral("company_name"), next().toString());
    lead.insert(QStringLiteral("company_website"), next().toString());
    lead.insert(QStringLiteral("company_tin"), next().toString());
    lead.insert(QStringLiteral("campaign"), textOrNull(next()));
    lead.insert(QStringLiteral("selling_direction"), next().toString());
    lead.insert(QStringLiteral("service_or_product"), next().toString());
    lead.insert(QStringLiteral("existing_contact"), next().toString());
    lead.insert(QStringLiteral("first_name"), next().toString());
    lead.insert(QStringLiteral("last_name"), next().toString());
    lead.insert(QStringLiteral("middle_name"), next().toString());
    lead.insert(QStringLiteral("contact_phone"), next().toString());
    lead.insert(QStringLiteral("contact_email"), next().toString());
    lead.insert(QStringLiteral("description"), next().toString());
    lead.insert(QStringLiteral("owner"), textOrNull(next()));
    lead.insert(QStringLiteral("city"), next().toString());
    lead.insert(QStringLiteral("content_channel"), textOrNull(next()));
    const QJsonObject custom = QJsonDocument::fromJson(next().toString().toUtf8()).object();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        lead.insert(QStringLiteral("custom.") + it.key(), it.value());
    lead.insert(QStringLiteral("opportunity"), textOrNull(next()));
    lead.insert(QStringLiteral("created_at"), isoTime(next().toLongLong()));
    lead.insert(QStringLiteral("updated_at"), isoTime(next().toLongLong()));
    return lead;
}

QString cursorOf(qint64 updatedAt, const QString& leadId)
{
    return QString::fromLatin1(
        (QByteArray::number(updatedAt) + '/' + leadId.toUtf8())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The (updated_at, id) a cursor stands for, or nullopt when it is not one of ours.
std::optional<std::pair<qint64, QString>> readCursor(const QString& cursor)
{
    if (cursor.size() > 200)
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    const QByteArray& decoded = result.decoded;
    const qsizetype slash = decoded.indexOf('/');
    if (slash < 1 || slash == decoded.size() - 1)
        return std::nullopt;
    bool ok = false;
    const qint64 updatedAt = decoded.left(slash).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::pair{updatedAt, QString::fromUtf8(decoded.mid(slash + 1))};
}

} // namespace

Result<QJsonObject> LeadFeed::lead(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& leadId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            selectLead + QStringLiteral("WHERE l.id = ? AND (l.vendor_account_id = ? OR "
                                        "l.distributor_account_id = ?)"),
            {leadId, acting.accountId, acting.accountId});
        !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no lead %1.").arg(leadId)};
    return toJson(query);
}

Result<std::pair<QString, QVariantList>> LeadFeed::pageStatement(const ActingContext& acting,
                                                                 const LeadFeedQuery& feed)
{
    if (!feed.status.isEmpty() && !leadStatuses.fromKey(feed.status))
        return Error{ErrorCode::Invalid, tr("status: give one of new, qualified, disqualified.")};
    if (feed.limit < 1 || feed.limit > maxLimit)
        return Error{ErrorCode::Invalid, tr("limit: give a number from 1 to %1.").arg(maxLimit)};
    std::optional<std::pair<qint64, QString>> after;
    if (!feed.cursor.isEmpty()) {
        after = readCursor(feed.cursor);
        if (!after)
            return Error{ErrorCode::Invalid,
                         tr("cursor: not a cursor this service gave; start without one.")};
    }
    // The account column is chosen from the role, never from input; each has an index on
    // (account, updated_at, id), so a page is one index range whatever the number of leads.
    QString sql = selectLead + (acting.isVendorPortal()
                                    ? QStringLiteral("WHERE l.vendor_account_id = ?")
                                    : QStringLiteral("WHERE l.distributor_account_id = ?"));
    QVariantList values{acting.accountId};
    if (!feed.status.isEmpty()) {
        sql += QStringLiteral(" AND l.status = ?");
        values << feed.status;
    }
    if (feed.updatedSince) {
        sql += QStringLiteral(" AND l.updated_at >= ?");
        values << *feed.updatedSince;
    }
    if (after) {
        sql += QStringLiteral(" AND (l.updated_at > ? OR (l.updated_at = ? AND l.id > ?))");
        values << after->first << after->first << after->second;
    }
    sql += QStringLiteral(" ORDER BY l.updated_at, l.id LIMIT ?");
    values << feed.limit + 1;
    return std::pair{sql, values};
}

Result<LeadPage> LeadFeed::page(const QSqlDatabase& database, const ActingContext& acting,
                                const LeadFeedQuery& feed)
{
    auto statement = pageStatement(acting, feed);
    if (!statement)
        return statement.error();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, statement->first, statement->second); !done)
        return done.error();
    LeadPage page;
    qint64 lastUpdated = 0;
    while (query.next()) {
        if (page.leads.size() == feed.limit) {
            page.nextCursor =
                cursorOf(lastUpdated, page.leads.last().value(QStringLiteral("id")).toString());
            break;
        }
        lastUpdated = query.value(30).toLongLong();
        page.leads << toJson(query);
    }
    return page;
}
