#include "leads/LeadDetails.h"

#include "common/DisplayFormat.h"
#include "history/EventLog.h"
#include "leads/LeadField.h"
#include "leads/LeadService.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "storage/SqlError.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString contactNameSql = QStringLiteral(
    "trim(%1.first_name || ' ' || CASE WHEN %1.middle_name <> '' THEN %1.middle_name || ' ' "
    "ELSE '' END || %1.last_name)");

Error noSuchLead(const QString& leadId)
{
    return {ErrorCode::NotFound, LeadDetails::tr("There is no lead %1.").arg(leadId)};
}

/// Names of the records a lead's history refers to by ID, looked up once each.
class NameLookup {
public:
    enum class Kind { User, Account, Company, Contact, Campaign, SellingDirection, Channel };

    explicit NameLookup(const QSqlDatabase& database)
        : m_database(database)
    {
    }

    /// The record's name, the ID itself when the record is gone, empty for an empty ID.
    Result<QString> name(Kind kind, const QString& id)
    {
        if (id.isEmpty())
            return QString();
        const QString key = QString::number(static_cast<int>(kind)) + QLatin1Char(':') + id;
        if (const auto found = m_names.constFind(key); found != m_names.cend())
            return found.value();
        QSqlQuery query(m_database);
        query.prepare(sql(kind));
        query.addBindValue(id);
        if (auto done = SqlError::exec(query); !done)
            return done.error();
        const QString name = query.next() ? query.value(0).toString() : id;
        m_names.insert(key, name);
        return name;
    }

private:
    static QString sql(Kind kind)
    {
        // Table names from this fixed switch only.
        switch (kind) {
        case Kind::User:
            return QStringLiteral("SELECT name FROM users WHERE id = ?");
        case Kind::Account:
            return QStringLiteral("SELECT name FROM accounts WHERE id = ?");
        case Kind::Company:
            return QStringLiteral("SELECT name FROM companies WHERE id = ?");
        case Kind::Contact:
            return QStringLiteral("SELECT %1 FROM contacts c WHERE id = ?")
                .arg(contactNameSql.arg(QStringLiteral("c")));
        case Kind::Campaign:
            return QStringLiteral("SELECT name FROM campaigns WHERE id = ?");
        case Kind::SellingDirection:
            return QStringLiteral("SELECT name FROM selling_directions WHERE id = ?");
        case Kind::Channel:
            return QStringLiteral("SELECT name FROM content_channels WHERE id = ?");
        }
        return {};
    }

    QSqlDatabase m_database;
    QHash<QString, QString> m_names;
};

QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? LeadDetails::tr("Yes") : LeadDetails::tr("No");
    case QJsonValue::Double:
        return LeadDetails::customValueText(CustomFieldType::Number, value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// The custom values of a lead in the order of its form, then values the form no longer has.
QList<LeadCustomValue> customValues(const QList<CustomField>& fields, const QJsonObject& values)
{
    QList<LeadCustomValue> list;
    for (const CustomField& field : fields)
        list << LeadCustomValue{
            field.id, field.title, field.type,
            LeadDetails::customValueText(field.type, values.value(field.id).toVariant()), true};
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const bool known = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const CustomField& f) { return f.id == it.key(); });
        if (known)
            continue;
        const CustomFieldType type = it.value().isBool()     ? CustomFieldType::Checkbox
                                     : it.value().isDouble() ? CustomFieldType::Number
                                                             : CustomFieldType::Text;
        list << LeadCustomValue{it.key(), it.key(), type, jsonText(it.value()), false};
    }
    return list;
}

/// The lead columns an event may name, in form order, with their labels.
struct ColumnLabel {
    const char* column;
    QString label;
};

QList<ColumnLabel> columnLabels()
{
    return {
        {"name", leadFields.label(LeadField::Name)},
        {"source", leadFields.label(LeadField::Source)},
        {"lead_company_name", leadFields.label(LeadField::LeadCompanyName)},
        {"company_id", LeadDetails::tr("Company")},
        {"contact_id", LeadDetails::tr("Contact")},
        {"campaign_id", leadFields.label(LeadField::Campaign)},
        {"selling_direction_id", leadFields.label(LeadField::SellingDirection)},
        {"service_or_product", leadFields.label(LeadField::ServiceOrProduct)},
        {"description", leadFields.label(LeadField::Description)},
        {"owner_user_id", leadFields.label(LeadField::Owner)},
        {"city", leadFields.label(LeadField::City)},
        {"channel_id", leadFields.label(LeadField::ContentChannel)},
        {"custom_values", LeadDetails::tr("Custom fields")},
        {"status", LeadDetails::tr("Status")},
        {"status_note", LeadDetails::tr("Reason")},
        {"opportunity_id", LeadDetails::tr("Opportunity")},
        {"opportunity", LeadDetails::tr("Opportunity")},
    };
}

/// A stored value of column as people read it.
Result<QString> valueText(NameLookup& names, const QString& column, const QJsonValue& value)
{
    const QString text = jsonText(value);
    using Kind = NameLookup::Kind;
    static const QHash<QString, Kind> references = {
        {QStringLiteral("company_id"), Kind::Company},
        {QStringLiteral("contact_id"), Kind::Contact},
        {QStringLiteral("campaign_id"), Kind::Campaign},
        {QStringLiteral("selling_direction_id"), Kind::SellingDirection},
        {QStringLiteral("channel_id"), Kind::Channel},
        {QStringLiteral("owner_user_id"), Kind::User},
    };
    if (const auto kind = references.constFind(column); kind != references.cend())
        return names.name(kind.value(), text);
    if (column == QLatin1String("source"))
        return text.isEmpty() ? text : leadSources.labelForKey(text);
    if (column == QLatin1String("status"))
        return text.isEmpty() ? text : leadStatuses.labelForKey(text);
    return text;
}

QJsonObject jsonObject(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

/// The custom fields an edit changed, one change per field, titled by the lead's form.
void customChanges(const QJsonValue& from, const QJsonValue& to, const QList<CustomField>& fields,
                   QList<LeadChange>& changes)
{
    const QJsonObject before = jsonObject(from);
    const QJsonObject after = jsonObject(to);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (before.value(key) == after.value(key))
            continue;
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const CustomField& f) { return f.id == key; });
        const QString title = field != fields.cend() ? field->title : key;
        const auto text = [&](const QJsonValue& value) {
            return field != fields.cend()
                       ? LeadDetails::customValueText(field->type, value.toVariant())
                       : jsonText(value);
        };
        changes << LeadChange{title, text(before.value(key)), text(after.value(key))};
    }
}

/// The changes of one event in words, in form order.
Result<QList<LeadChange>> changesOf(NameLookup& names, const Event& event,
                                    const QList<CustomField>& fields)
{
    QList<LeadChange> changes;
    // A creation records the initial values, which the details show anyway.
    if (event.action == QLatin1String("created"))
        return changes;
    QStringList remaining = event.changes.keys();
    QList<std::pair<QString, QString>> ordered;
    for (const ColumnLabel& known : columnLabels()) {
        const QString column = QString::fromLatin1(known.column);
        if (remaining.removeOne(column))
            ordered.append({column, known.label});
    }
    for (const QString& column : std::as_const(remaining))
        ordered.append({column, column});
    for (const auto& [column, label] : std::as_const(ordered)) {
        const QJsonValue value = event.changes.value(column);
        const bool fromTo = value.isObject() && value.toObject().contains(QStringLiteral("to"));
        const QJsonValue from =
            fromTo ? value.toObject().value(QStringLiteral("from")) : QJsonValue();
        const QJsonValue to = fromTo ? value.toObject().value(QStringLiteral("to")) : value;
        if (column == QLatin1String("custom_values")) {
            customChanges(from, to, fields, changes);
            continue;
        }
        auto before = valueText(names, column, from);
        if (!before)
            return before.error();
        auto after = valueText(names, column, to);
        if (!after)
            return after.error();
        changes << LeadChange{label, before.value(), after.value()};
    }
    return changes;
}

QString actionLabel(const QString& action)
{
    if (action == QLatin1String("created"))
        return LeadDetails::tr("Created");
    if (action == QLatin1String("updated"))
        return LeadDetails::tr("Edited");
    if (action == QLatin1String("qualified"))
        return LeadDetails::tr("Qualified");
    if (action == QLatin1String("disqualified"))
        return LeadDetails::tr("Disqualified");
    return action;
}

Result<QList<LeadHistoryEntry>> history(const QSqlDatabase& database, const QString& leadId,
                                        const QList<CustomField>& fields)
{
    auto events = EventLog::forObject(database, leadId);
    if (!events)
        return events.error();
    NameLookup names(database);
    QList<LeadHistoryEntry> entries;
    for (const Event& event : std::as_const(events.value())) {
        LeadHistoryEntry entry;
        entry.at = event.at;
        entry.userId = event.userId;
        entry.action = event.action;
        entry.actionLabel = actionLabel(event.action);
        auto user = names.name(NameLookup::Kind::User, event.userId);
        if (!user)
            return user.error();
        entry.userName = user.value();
        auto account = names.name(NameLookup::Kind::Account, event.accountId);
        if (!account)
            return account.error();
        entry.accountName = account.value();
        auto changes = changesOf(names, event, fields);
        if (!changes)
            return changes.error();
        entry.changes = changes.value();
        entries << entry;
    }
    return entries;
}

} // namespace

Result<LeadRecord> LeadDetails::load(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& leadId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT l.id, l.name, l.source, l.status, l.status_note, l.listing_id, "
            "l.product_id, coalesce(p.name, ''), l.marketplace_id, coalesce(m.name, ''), "
            "l.vendor_account_id, coalesce(va.name, ''), l.distributor_account_id, "
            "coalesce(da.name, ''), coalesce(l.form_id, ''), coalesce(f.name, ''), f.schema, "
            "l.lead_company_name, l.company_id, coalesce(co.name, ''), coalesce(co.tin, ''), "
            "coalesce(co.website, ''), coalesce(co.city, ''), l.contact_id, coalesce(%1, ''), "
            "coalesce(ct.phone, ''), coalesce(ct.email, ''), coalesce(l.campaign_id, ''), "
            "coalesce(cp.name, ''), l.selling_direction_id, coalesce(sd.name, ''), "
            "coalesce(l.channel_id, ''), coalesce(ch.name, ''), l.service_or_product, "
            "l.description, coalesce(l.owner_user_id, ''), coalesce(ou.name, ''), l.city, "
            "l.custom_values, l.created_by, coalesce(cb.name, ''), l.created_at, l.updated_by, "
            "coalesce(ub.name, ''), l.updated_at, o.id, o.created_at, coalesce(oo.name, ''), "
            "l.version "
            "FROM leads l "
            "LEFT JOIN products p ON p.id = l.product_id "
            "LEFT JOIN marketplaces m ON m.id = l.marketplace_id "
            "LEFT JOIN accounts va ON va.id = l.vendor_account_id "
            "LEFT JOIN accounts da ON da.id = l.distributor_account_id "
            "LEFT JOIN lead_forms f ON f.id = l.form_id "
            "LEFT JOIN companies co ON co.id = l.company_id "
            "LEFT JOIN contacts ct ON ct.id = l.contact_id "
            "LEFT JOIN campaigns cp ON cp.id = l.campaign_id "
            "LEFT JOIN selling_directions sd ON sd.id = l.selling_direction_id "
            "LEFT JOIN content_channels ch ON ch.id = l.channel_id "
            "LEFT JOIN users ou ON ou.id = l.owner_user_id "
            "LEFT JOIN users cb ON cb.id = l.created_by "
            "LEFT JOIN users ub ON ub.id = l.updated_by "
            "LEFT JOIN opportunities o ON o.lead_id = l.id "
            "LEFT JOIN users oo ON oo.id = o.owner_user_id "
            "WHERE l.id = ? AND (l.vendor_account_id = ? OR l.distributor_account_id = ?)")
            .arg(contactNameSql.arg(QStringLiteral("ct"))));
    query.addBindValue(leadId);
    query.addBindValue(acting.accountId);
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return noSuchLead(leadId);

    int column = 0;
    const auto next = [&] { return query.value(column++).toString(); };
    LeadRecord lead;
    lead.id = next();
    lead.name = next();
    lead.sourceKey = next();
    lead.statusKey = next();
    lead.statusNote = next();
    lead.listingId = next();
    lead.product = {next(), next()};
    lead.marketplace = {next(), next()};
    lead.vendor = {next(), next()};
    lead.distributor = {next(), next()};
    lead.form = {next(), next()};
    const QString schemaJson = next();
    lead.leadCompanyName = next();
    lead.company.id = next();
    lead.company.name = next();
    lead.company.tin = next();
    lead.company.website = next();
    lead.company.city = next();
    lead.contact.id = next();
    lead.contact.fullName = next();
    lead.contact.phone = next();
    lead.contact.email = next();
    lead.campaign = {next(), next()};
    lead.sellingDirection = {next(), next()};
    lead.channel = {next(), next()};
    lead.serviceOrProduct = next();
    lead.description = next();
    lead.owner = {next(), next()};
    lead.city = next();
    const QString customJson = next();
    lead.createdBy = {next(), next()};
    lead.createdAt = query.value(column++).toLongLong();
    lead.updatedBy = {next(), next()};
    lead.updatedAt = query.value(column++).toLongLong();
    lead.hasOpportunity = !query.isNull(column);
    lead.opportunity.id = next();
    lead.opportunity.createdAt = query.value(column++).toLongLong();
    lead.opportunity.ownerName = next();
    lead.rowVersion = query.value(column++).toLongLong();
    query.finish();

    // A damaged form still shows the lead; its values are then titled by their keys.
    QList<CustomField> fields;
    if (!lead.form.id.isEmpty())
        if (auto schema = LeadFormSchema::fromJson(schemaJson.toUtf8()); schema)
            fields = schema->customFields();
    lead.customValues = customValues(fields, QJsonDocument::fromJson(customJson.toUtf8()).object());

    auto entries = history(database, lead.id, fields);
    if (!entries)
        return entries.error();
    lead.history = entries.value();
    lead.canQualify = canQualify(acting, lead.vendor.id, lead.statusKey);
    lead.canEdit = canEdit(acting, lead.distributor.id, lead.statusKey);
    return lead;
}

bool LeadDetails::canQualify(const ActingContext& acting, const QString& vendorAccountId,
                             const QString& statusKey)
{
    return !acting.accountId.isEmpty() && acting.accountId == vendorAccountId &&
           acting.userRole != UserRole::Viewer && statusKey == leadStatuses.key(LeadStatus::New);
}

bool LeadDetails::canEdit(const ActingContext& acting, const QString& distributorAccountId,
                          const QString& statusKey)
{
    return !acting.accountId.isEmpty() && acting.accountId == distributorAccountId &&
           roleCanCreateLeads(acting.userRole) && statusKey == leadStatuses.key(LeadStatus::New);
}

QString LeadDetails::disqualifyReasonProblem(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return tr("Say why the lead is disqualified.");
    if (trimmed.size() > LeadService::maxNoteLength)
        return tr("The reason has at most %1 characters (now %2).")
            .arg(LeadService::maxNoteLength)
            .arg(trimmed.size());
    return {};
}

QString LeadDetails::customValueText(CustomFieldType type, const QVariant& value)
{
    if (type == CustomFieldType::Checkbox)
        return value.toBool() ? tr("Yes") : tr("No");
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case CustomFieldType::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? QLocale().toString(number, 'g', 15) : value.toString();
    }
    case CustomFieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? DisplayFormat::date(date) : value.toString();
    }
    case CustomFieldType::Text:
    case CustomFieldType::Choice:
    case CustomFieldType::Checkbox:
        break;
    }
    return value.toString();
}
