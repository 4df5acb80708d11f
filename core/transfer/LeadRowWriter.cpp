#include "transfer/LeadRowWriter.h"

#include "transfer/LeadImport.h"

#include "leads/LeadField.h"
#include "leads/LeadFormSchema.h"
#include "leads/LeadSource.h"
#include "leads/LeadWriter.h"
#include "reference/ReferenceKind.h"
#include "storage/SqlError.h"
#include "storage/StatementCache.h"
#include "transfer/CsvWriter.h"
#include "transfer/ImportRunner.h"
#include "transfer/NameIndex.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

QString key(LeadField field)
{
    return leadFields.key(field);
}

/// The label the user knows a field key by: a lead field's label, a custom field's key as it is.
QString labelOf(const QString& fieldKey)
{
    if (fieldKey == LeadRowWriter::productKey)
        return LeadImport::tr("Product");
    if (fieldKey == LeadRowWriter::marketplaceKey)
        return LeadImport::tr("Marketplace");
    for (LeadField field : leadFields.all())
        if (leadFields.key(field) == fieldKey)
            return leadFields.label(field);
    return fieldKey;
}

Error refused(const QList<LeadRowProblem>& reasons, QList<LeadRowProblem>* problems)
{
    return LeadRowWriter::refusal(reasons, problems);
}

/// The text of a yes/no cell: true, false, or nothing when it is neither.
std::optional<bool> yesNo(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    for (const QString& yes :
         {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
          QStringLiteral("x"), LeadImport::tr("yes").toCaseFolded()})
        if (folded == yes)
            return true;
    for (const QString& no : {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                              QStringLiteral("0"), QString(), LeadImport::tr("no").toCaseFolded()})
        if (folded == no)
            return false;
    return std::nullopt;
}

/// Everything a row is resolved against, read once per import.
struct Lookups {
    NameIndex products;                               ///< products listed on acting's marketplaces
    NameIndex marketplaces;                           ///< acting's marketplaces
    QHash<QString, QHash<QString, QString>> listings; ///< product → marketplace → listing
    QHash<QString, QString> productNames;
    QHash<QString, QString> marketplaceNames;
    NameIndex sources;
    NameIndex campaigns;
    NameIndex sellingDirections;
    NameIndex channels;
    NameIndex users;
};

Result<void> fill(NameIndex& index, const QSqlDatabase& database, const QString& sql,
                  const QVariantList& values = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done.error();
    while (query.next()) {
        QStringList names;
        for (int i = 1; i < query.record().count(); ++i)
            names << query.value(i).toString();
        index.add(query.value(0).toString(), names);
    }
    return {};
}

Result<Lookups> readLookups(const QSqlDatabase& database, const ActingContext& acting)
{
    Lookups lookups;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, p.id, p.name, m.id, m.name FROM listings l "
        "JOIN products p ON p.id = l.product_id JOIN marketplaces m ON m.id = l.marketplace_id "
        "WHERE m.owner_account_id = ? ORDER BY l.id"));
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QSet<QString> products;
    while (query.next()) {
        const QString productId = query.value(1).toString();
        const QString marketplaceId = query.value(3).toString();
        lookups.listings[productId].insert(marketplaceId, query.value(0).toString());
        lookups.productNames.insert(productId, query.value(2).toString());
        if (!products.contains(productId)) {
            products.insert(productId);
            lookups.products.add(productId, {query.value(2).toString()});
        }
    }
    if (auto done =
            fill(lookups.users, database,
                 QStringLiteral("SELECT u.id, u.email, u.name FROM memberships ms "
                                "JOIN users u ON u.id = ms.user_id WHERE ms.account_id = ?"),
                 {acting.accountId});
        !done)
        return done.error();
    for (const auto& [index, sql] :
         {std::pair{&lookups.campaigns, ReferenceKind::Campaigns},
          std::pair{&lookups.sellingDirections, ReferenceKind::SellingDirections},
          std::pair{&lookups.channels, ReferenceKind::ContentChannels}})
        if (auto done =
                fill(*index, database,
                     QStringLiteral("SELECT id, name FROM %1 WHERE account_id = ? AND retired = 0")
                         .arg(ReferenceKindInfo::of(sql).tableName()),
                     {acting.accountId});
            !done)
            return done.error();
    QSqlQuery marketplaces(database);
    marketplaces.setForwardOnly(true);
    marketplaces.prepare(
        QStringLiteral("SELECT id, name FROM marketplaces WHERE owner_account_id = ?"));
    marketplaces.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(marketplaces); !done)
        return done.error();
    while (marketplaces.next()) {
        lookups.marketplaces.add(marketplaces.value(0).toString(),
                                 {marketplaces.value(1).toString()});
        lookups.marketplaceNames.insert(marketplaces.value(0).toString(),
                                        marketplaces.value(1).toString());
    }
    for (LeadSource source : leadSources.all())
        lookups.sources.add(leadSources.key(source),
                            {leadSources.label(source), leadSources.sourceLabel(source)});
    return lookups;
}

/// The column of each field, looked up once.
struct Columns {
    QHash<LeadField, int> fields;
    int product = -1;
    int marketplace = -1;
    QList<std::pair<int, CustomField>> custom;
};

} // namespace

/// One import: the lookups, the writer and the queries that find existing records by name.
class LeadRows {
    Q_DISABLE_COPY_MOVE(LeadRows)

public:
    LeadRows(const QSqlDatabase& database, const ActingContext& acting, Lookups lookups,
             Columns columns)
        : m_acting(acting)
        , m_lookups(std::move(lookups))
        , m_columns(std::move(columns))
        , m_writer(database, acting)
        , m_statements(database)
    {
    }

    /// Creates the lead of cells; returns its ID (see LeadRowWriter::write).
    Result<QString> write(const QStringList& cells, QList<LeadRowProblem>* reported);

private:
    QString cell(const QStringList& cells, int column) const
    {
        return column >= 0 && column < cells.size() ? CsvWriter::unescapeFormula(cells.at(column))
                                                    : QString();
    }
    QString cell(const QStringList& cells, LeadField field) const
    {
        return cell(cells, m_columns.fields.value(field, -1));
    }
    /// The listing the row names, or the reasons it names none.
    QString listingOf(const QStringList& cells, QList<LeadRowProblem>& reasons) const;
    /// The ID of the record that has id, or else the only one with that name (sql by name).
    /// What is found is remembered for the rest of the import in found.
    Result<QString> findRecord(const QString& idSql, const QString& nameSql, const QString& text,
                               QString& problem, QHash<QString, QString>& found);
    /// id of text in index, or a reason (keyed by field) when it names nothing or several.
    QString pick(const NameIndex& index, const QString& text, LeadField field,
                 LeadValidation& problems) const;

    ActingContext m_acting;
    Lookups m_lookups;
    Columns m_columns;
    LeadWriter m_writer;
    StatementCache m_statements;
    QHash<QString, QString> m_companies; ///< text of an Existing company cell → its ID
    QHash<QString, QString> m_contacts;  ///< text of an Existing contact cell → its ID
};

QString LeadRows::listingOf(const QStringList& cells, QList<LeadRowProblem>& reasons) const
{
    const QString productText = cell(cells, m_columns.product).trimmed();
    const QString marketplaceText = cell(cells, m_columns.marketplace).trimmed();
    auto reason = [&reasons](const QString& field, const QString& text) {
        reasons << LeadRowProblem{field, labelOf(field), text};
    };
    if (productText.isEmpty()) {
        reason(LeadRowWriter::productKey, LeadImport::tr("Required."));
        return {};
    }
    const NameIndex::Lookup product = m_lookups.products.find(productText);
    if (product.match == NameIndex::Match::Missing) {
        reason(LeadRowWriter::productKey,
               LeadImport::tr("no product \u201c%1\u201d is listed on your marketplaces.")
                   .arg(productText));
        return {};
    }
    if (product.match == NameIndex::Match::Ambiguous) {
        reason(LeadRowWriter::productKey,
               LeadImport::tr("several products are named \u201c%1\u201d; give the "
                              "product's ID.")
                   .arg(productText));
        return {};
    }
    const QHash<QString, QString> listings = m_lookups.listings.value(product.id);
    const QString productName = m_lookups.productNames.value(product.id);
    if (marketplaceText.isEmpty()) {
        if (listings.size() == 1)
            return listings.values().constFirst();
        reason(LeadRowWriter::marketplaceKey,
               LeadImport::tr("%1 is listed on several of your marketplaces; name "
                              "the marketplace.")
                   .arg(productName));
        return {};
    }
    const NameIndex::Lookup marketplace = m_lookups.marketplaces.find(marketplaceText);
    if (marketplace.match != NameIndex::Match::Found) {
        reason(
            LeadRowWriter::marketplaceKey,
            marketplace.match == NameIndex::Match::Missing
                ? LeadImport::tr("\u201c%1\u201d is not one of your marketplaces.")
                      .arg(marketplaceText)
                : LeadImport::tr("several of your marketplaces are named \u201c%1\u201d; give the "
                                 "marketplace's ID.")
                      .arg(marketplaceText));
        return {};
    }
    const QString listing = listings.value(marketplace.id);
    if (listing.isEmpty())
        reason(LeadRowWriter::marketplaceKey,
               LeadImport::tr("%1 is not listed on %2.")
                   .arg(productName, m_lookups.marketplaceNames.value(marketplace.id)));
    return listing;
}

Result<QString> LeadRows::findRecord(const QString& idSql, const QString& nameSql,
                                     const QString& text, QString& problem,
                                     QHash<QString, QString>& found)
{
    if (auto known = found.constFind(text); known != found.cend())
        return known.value();
    for (const QString& sql : {idSql, nameSql}) {
        auto query = m_statements.prepared(sql);
        if (!query)
            return query.error();
        QSqlQuery& find = *query.value();
        find.bindValue(0, text);
        if (auto done = SqlError::exec(find); !done)
            return done.error();
        QStringList ids;
        while (find.next())
            ids << find.value(0).toString();
        find.finish();
        if (ids.size() == 1) {
            found.insert(text, ids.first());
            return ids.first();
        }
        if (ids.size() > 1) {
            problem =
                LeadImport::tr("several records match \u201c%1\u201d; give the ID.").arg(text);
            return QString();
        }
    }
    problem = LeadImport::tr("nothing in the workspace matches \u201c%1\u201d.").arg(text);
    return QString();
}

QString LeadRows::pick(const NameIndex& index, const QString& text, LeadField field,
                       LeadValidation& problems) const
{
    if (text.trimmed().isEmpty())
        return {};
    const NameIndex::Lookup found = index.find(text);
    switch (found.match) {
    case NameIndex::Match::Found:
        return found.id;
    case NameIndex::Match::Missing:
        problems.fields.insert(
            field, LeadImport::tr("\u201c%1\u201d is not in the list.").arg(text.trimmed()));
        break;
    case NameIndex::Match::Ambiguous:
        problems.fields.insert(field,
                               LeadImport::tr("several entries are named \u201c%1\u201d; give "
                                              "the ID.")
                                   .arg(text.trimmed()));
        break;
    }
    return {};
}

Result<QString> LeadRows::write(const QStringList& cells, QList<LeadRowProblem>* reported)
{
    QList<LeadRowProblem> listingProblems;
    const QString listingId = listingOf(cells, listingProblems);
    if (listingId.isEmpty())
        return refused(listingProblems, reported);
    auto listing = m_writer.listing(listingId);
    if (!listing)
        return listing.error();

    LeadValidation problems; // what the row names that cannot be found
    LeadDraft draft;
    draft.listingId = listingId;
    draft.formId = listing->formId;
    draft.name = cell(cells, LeadField::Name);
    const QString source = cell(cells, LeadField::Source);
    draft.sourceKey = pick(m_lookups.sources, source, LeadField::Source, problems);
    if (problems.fields.contains(LeadField::Source))
        problems.fields.insert(
            LeadField::Source,
            LeadImport::tr("\u201c%1\u201d is not a lead source.").arg(source.trimmed()));
    draft.leadCompanyName = cell(cells, LeadField::LeadCompanyName);

    const QString company = cell(cells, LeadField::ExistingCompany).trimmed();
    draft.newCompany = company.isEmpty();
    if (!draft.newCompany) {
        QString problem;
        auto found = findRecord(QStringLiteral("SELECT id FROM companies WHERE id = ?"),
                                QStringLiteral("SELECT id FROM companies WHERE name = ? COLLATE "
                                               "NOCASE LIMIT 2"),
                                company, problem, m_companies);
        if (!found)
            return found.error();
        draft.existingCompanyId = found.value();
        if (!problem.isEmpty())
            problems.fields.insert(LeadField::ExistingCompany, problem);
    }
    draft.companyName = cell(cells, LeadField::CompanyName);
    draft.companyWebsite = cell(cells, LeadField::CompanyWebsite);
    draft.companyTin = cell(cells, LeadField::CompanyTin);
    draft.campaignId =
        pick(m_lookups.campaigns, cell(cells, LeadField::Campaign), LeadField::Campaign, problems);
    draft.sellingDirectionId =
        pick(m_lookups.sellingDirections, cell(cells, LeadField::SellingDirection),
             LeadField::SellingDirection, problems);
    draft.serviceOrProduct = cell(cells, LeadField::ServiceOrProduct);
    if (draft.serviceOrProduct.trimmed().isEmpty())
        draft.serviceOrProduct = listing->productName; // as the wizard prefills it

    const QString contact = cell(cells, LeadField::ExistingContact).trimmed();
    draft.newContact = contact.isEmpty();
    if (!draft.newContact) {
        QString problem;
        auto found = findRecord(QStringLiteral("SELECT id FROM contacts WHERE id = ?"),
                                QStringLiteral("SELECT id FROM contacts WHERE email = ? COLLATE "
                                               "NOCASE LIMIT 2"),
                                contact, problem, m_contacts);
        if (!found)
            return found.error();
        draft.existingContactId = found.value();
        if (!problem.isEmpty())
            problems.fields.insert(LeadField::ExistingContact, problem);
    }
    draft.firstName = cell(cells, LeadField::FirstName);
    draft.lastName = cell(cells, LeadField::LastName);
    draft.middleName = cell(cells, LeadField::MiddleName);
    draft.contactPhone = cell(cells, LeadField::ContactPhone);
    draft.contactEmail = cell(cells, LeadField::ContactEmail);
    draft.description = cell(cells, LeadField::Description);
    draft.ownerUserId =
        pick(m_lookups.users, cell(cells, LeadField::Owner), LeadField::Owner, problems);
    draft.city = cell(cells, LeadField::City);
    draft.channelId = pick(m_lookups.channels, cell(cells, LeadField::ContentChannel),
                           LeadField::ContentChannel, problems);

    // A custom column counts for the rows whose lead form has that field, as that form defines
    // it (two vendors' forms may use the same key for fields of different types).
    const QList<CustomField> formFields = listing->schema.customFields();
    for (const auto& [column, mapped] : std::as_const(m_columns.custom)) {
        const auto own = std::find_if(formFields.cbegin(), formFields.cend(),
                                      [&](const CustomField& f) { return f.id == mapped.id; });
        if (own == formFields.cend())
            continue;
        const CustomField& field = *own;
        const QString value = cell(cells, column).trimmed();
        switch (field.type) {
        case CustomFieldType::Checkbox:
            if (const auto checked = yesNo(value))
                draft.customValues.insert(field.id, *checked);
            else
                problems.customFields.insert(field.id, LeadImport::tr("Enter yes or no."));
            break;
        case CustomFieldType::Choice: {
            QString choice = value;
            for (const QString& option : field.choices)
                if (option.compare(value, Qt::CaseInsensitive) == 0)
                    choice = option;
            if (!choice.isEmpty())
                draft.customValues.insert(field.id, choice);
            break;
        }
        default:
            if (!value.isEmpty())
                draft.customValues.insert(field.id, value);
        }
    }

    LeadValidation validation;
    Result<QString> created = QString();
    const bool resolved = problems.isValid();
    if (resolved) {
        created = m_writer.create(draft, &validation, QDateTime::currentMSecsSinceEpoch());
        if (created) {
            // A new company or contact may share the name or e-mail a later row looks up.
            if (draft.newCompany)
                m_companies.clear();
            if (draft.newContact)
                m_contacts.clear();
            return created;
        }
        if (created.error().code != ErrorCode::Invalid || validation.isValid())
            return created.error();
    } else if (auto checked = m_writer.check(draft, &validation);
               !checked && !ImportRunner::skipsRow(checked.error().code)) {
        return checked.error();
    }
    // The reasons of the row, the names it gave that found nothing first.
    for (auto it = problems.fields.cbegin(); it != problems.fields.cend(); ++it)
        validation.fields.insert(it.key(), it.value());
    for (auto it = problems.customFields.cbegin(); it != problems.customFields.cend(); ++it)
        validation.customFields.insert(it.key(), it.value());
    QList<LeadRowProblem> reasons;
    for (auto it = validation.fields.cbegin(); it != validation.fields.cend(); ++it)
        reasons << LeadRowProblem{key(it.key()), leadFields.label(it.key()), it.value()};
    for (const CustomField& field : formFields)
        if (validation.customFields.contains(field.id))
            reasons << LeadRowProblem{LeadRowWriter::customPrefix + field.id, field.title,
                                      validation.customFields.value(field.id)};
    if (reasons.isEmpty()) { // refused for a reason that is not about one field
        if (!created)
            return created.error();
        return Error{ErrorCode::Invalid, validation.first()};
    }
    return refused(reasons, reported);
}

const QString LeadRowWriter::productKey = QStringLiteral("product");
const QString LeadRowWriter::marketplaceKey = QStringLiteral("marketplace");
const QString LeadRowWriter::customPrefix = QStringLiteral("custom.");

Result<QList<CustomField>> LeadRowWriter::customFields(const QSqlDatabase& database,
                                                       const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT DISTINCT f.id, f.schema FROM lead_forms f "
                       "JOIN lead_form_listings fl ON fl.form_id = f.id "
                       "JOIN listings l ON l.id = fl.listing_id "
                       "JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE f.status = 'active' AND m.owner_account_id = ? ORDER BY f.id"));
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<CustomField> fields;
    QSet<QString> ids;
    while (query.next()) {
        auto schema = LeadFormSchema::fromJson(query.value(1).toString().toUtf8());
        if (!schema)
            continue; // a damaged form is reported by the rows that use it
        for (const CustomField& field : schema->customFields())
            if (!ids.contains(field.id)) {
                ids.insert(field.id);
                fields << field;
            }
    }
    return fields;
}

Result<std::unique_ptr<LeadRowWriter>> LeadRowWriter::open(const QSqlDatabase& database,
                                                           const ActingContext& acting,
                                                           const ImportMapping& mapping)
{
    auto lookups = readLookups(database, acting);
    if (!lookups)
        return lookups.error();
    Columns columns;
    columns.product = mapping.column(productKey);
    columns.marketplace = mapping.column(marketplaceKey);
    for (LeadField field : leadFields.all())
        if (const int column = mapping.column(key(field)); column >= 0)
            columns.fields.insert(field, column);
    auto custom = customFields(database, acting);
    if (!custom)
        return custom.error();
    for (const CustomField& field : custom.value())
        if (const int column = mapping.column(customPrefix + field.id); column >= 0)
            columns.custom.append({column, field});
    return std::unique_ptr<LeadRowWriter>(new LeadRowWriter(std::make_unique<LeadRows>(
        database, acting, std::move(lookups).value(), std::move(columns))));
}

Error LeadRowWriter::refusal(const QList<LeadRowProblem>& reasons, QList<LeadRowProblem>* problems)
{
    QStringList texts;
    for (const LeadRowProblem& reason : reasons)
        texts << LeadImport::tr("%1: %2").arg(reason.label, reason.reason);
    if (problems)
        *problems = reasons;
    return Error{ErrorCode::Invalid, texts.join(QStringLiteral("; "))};
}

LeadRowWriter::LeadRowWriter(std::unique_ptr<LeadRows> rows)
    : m_rows(std::move(rows))
{
}

LeadRowWriter::~LeadRowWriter() = default;

Result<QString> LeadRowWriter::write(const QStringList& cells, QList<LeadRowProblem>* problems)
{
    return m_rows->write(cells, problems);
}
