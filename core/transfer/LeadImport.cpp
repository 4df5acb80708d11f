#include "transfer/LeadImport.h"

#include "leads/LeadField.h"
#include "leads/LeadFormSchema.h"
#include "leads/LeadSource.h"
#include "transfer/ImportRunner.h"
#include "transfer/LeadRowWriter.h"

Result<QList<ImportField>> LeadImport::fields(const QSqlDatabase& database,
                                              const ActingContext& acting)
{
    QStringList sources;
    for (LeadSource source : leadSources.all())
        sources << leadSources.label(source);
    const QString fromList = tr("ID or name from the list");
    QList<ImportField> fields;
    fields << ImportField{LeadRowWriter::productKey,
                          tr("Product"),
                          true,
                          {},
                          tr("ID or name of a product listed on your marketplaces"),
                          {QStringLiteral("Product ID"), QStringLiteral("Product name")}}
           << ImportField{LeadRowWriter::marketplaceKey,
                          tr("Marketplace"),
                          false,
                          {},
                          tr("ID or name of your marketplace; may stay empty when the product is "
                             "listed on only one"),
                          {QStringLiteral("Marketplace ID"), QStringLiteral("Marketplace name")}};
    auto add = [&fields](LeadField field, bool required, const QString& unless, const QString& hint,
                         QStringList aliases = {}) {
        aliases.prepend(leadFields.sourceLabel(field));
        fields << ImportField{
            leadFields.key(field), leadFields.label(field), required, unless, hint, aliases};
    };
    const QString existingCompany = leadFields.key(LeadField::ExistingCompany);
    const QString existingContact = leadFields.key(LeadField::ExistingContact);
    add(LeadField::Name, true, {}, tr("Title of the lead"), {QStringLiteral("Lead name")});
    add(LeadField::Source, true, {}, tr("One of: %1").arg(sources.join(QStringLiteral(", "))),
        {QStringLiteral("Source")});
    add(LeadField::LeadCompanyName, false, {}, tr("The company name as the requester typed it"));
    add(LeadField::ExistingCompany, false, {},
        tr("ID or exact name of a company in the workspace; empty: a new company from the "
           "company columns"),
        {QStringLiteral("Company ID")});
    add(LeadField::CompanyName, true, existingCompany, tr("Name of the new company"),
        {QStringLiteral("Company")});
    add(LeadField::CompanyWebsite, true, existingCompany, tr("http or https address"),
        {QStringLiteral("Website")});
    add(LeadField::CompanyTin, true, existingCompany, tr("9, 10 or 12 digits"),
        {QStringLiteral("TIN"), QStringLiteral("INN")});
    add(LeadField::Campaign, false, {}, fromList);
    add(LeadField::SellingDirection, true, {}, fromList);
    add(LeadField::ServiceOrProduct, false, {}, tr("Empty: the product's name"));
    add(LeadField::ExistingContact, false, {},
        tr("ID or e-mail of a contact in the workspace; empty: a new contact from the contact "
           "columns"),
        {QStringLiteral("Contact ID")});
    add(LeadField::FirstName, true, existingContact, {});
    add(LeadField::LastName, true, existingContact, {});
    add(LeadField::MiddleName, false, {}, {});
    add(LeadField::ContactPhone, false, {}, tr("International (+…) or national number"),
        {QStringLiteral("Phone")});
    add(LeadField::ContactEmail, false, {}, {},
        {QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Contact e-mail")});
    add(LeadField::Description, false, {}, {});
    add(LeadField::Owner, false, {},
        tr("ID, e-mail or name of a user of %1").arg(acting.accountName));
    add(LeadField::City, false, {}, {});
    add(LeadField::ContentChannel, false, {}, fromList, {QStringLiteral("Channel")});

    auto custom = LeadRowWriter::customFields(database, acting);
    if (!custom)
        return custom.error();
    for (const CustomField& field : custom.value()) {
        QString hint;
        switch (field.type) {
        case CustomFieldType::Number:
            hint = tr("A number");
            break;
        case CustomFieldType::Date:
            hint = tr("A date: YYYY-MM-DD");
            break;
        case CustomFieldType::Choice:
            hint = tr("One of: %1").arg(field.choices.join(QStringLiteral(", ")));
            break;
        case CustomFieldType::Checkbox:
            hint = tr("yes or no");
            break;
        case CustomFieldType::Text:
            break;
        }
        fields << ImportField{LeadRowWriter::customPrefix + field.id,
                              field.title,
                              false,
                              {},
                              hint.isEmpty()
                                  ? tr("Custom field of a vendor's lead form")
                                  : tr("Custom field of a vendor's lead form: %1").arg(hint),
                              {field.id}};
    }
    return fields;
}

Result<ImportReport> LeadImport::importRows(const QSqlDatabase& database,
                                            const ActingContext& acting, CsvReader& reader,
                                            const QStringList& header, const ImportMapping& mapping,
                                            const ImportProgress& progress,
                                            const ImportBatch& batch)
{
    if (!acting.canCreateLeads())
        return Error{ErrorCode::PermissionDenied,
                     tr("Importing leads needs a CRM role in a distributor or reseller account.")};
    auto available = fields(database, acting);
    if (!available)
        return available.error();
    if (const QStringList problems = mapping.problems(available.value()); !problems.isEmpty())
        return Error{ErrorCode::Invalid, problems.join(QLatin1Char(' '))};
    auto rows = LeadRowWriter::open(database, acting, mapping);
    if (!rows)
        return rows.error();
    LeadRowWriter& writer = *rows.value();
    return ImportRunner::run(
        database, reader, header,
        [&writer](const QStringList& cells, qint64 /*line*/) -> Result<QString> {
            if (auto written = writer.write(cells); !written)
                return written.error();
            return QString(); // no note for the report
        },
        progress, batch);
}

Result<ImportReport> LeadImport::importDevice(const QSqlDatabase& database,
                                              const ActingContext& acting, QIODevice* csv,
                                              const ImportMapping& mapping,
                                              const ImportProgress& progress,
                                              const ImportBatch& batch)
{
    return ImportRunner::runOnDevice(csv, [&](CsvReader& reader, const QStringList& header) {
        return importRows(database, acting, reader, header, mapping, progress, batch);
    });
}

Result<ImportReport> LeadImport::importFile(const QSqlDatabase& database,
                                            const ActingContext& acting, const QString& path,
                                            const ImportMapping& mapping,
                                            const ImportProgress& progress,
                                            const ImportBatch& batch)
{
    return ImportRunner::runOnFile(path, [&](CsvReader& reader, const QStringList& header) {
        return importRows(database, acting, reader, header, mapping, progress, batch);
    });
}
