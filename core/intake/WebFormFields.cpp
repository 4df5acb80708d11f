#include "intake/WebFormFields.h"

#include "leads/LeadField.h"
#include "leads/LeadSource.h"
#include "leads/LeadValidator.h"
#include "transfer/LeadRowWriter.h"

namespace {

WebFormField field(LeadField leadField, WebInputKind kind, bool required, int maxLength)
{
    return WebFormField{leadFields.key(leadField),
                        leadFields.label(leadField),
                        kind,
                        required,
                        maxLength,
                        {},
                        {},
                        {},
                        {}};
}

} // namespace

QList<WebFormField> WebFormFields::of(const LeadFormSchema& schema,
                                      const QList<std::pair<QString, QString>>& sellingDirections)
{
    QList<WebFormField> fields;
    auto optional = [&](LeadField leadField, WebInputKind kind, int maxLength) {
        if (schema.shows(leadField))
            fields << field(leadField, kind, false, maxLength);
    };
    fields << field(LeadField::CompanyName, WebInputKind::Text, true, LeadValidator::maxNameLength);
    WebFormField website = field(LeadField::CompanyWebsite, WebInputKind::Url, true, 2000);
    website.hint = tr("For example https://example.com");
    fields << website;
    WebFormField tin = field(LeadField::CompanyTin, WebInputKind::Text, true, 12);
    tin.pattern = QStringLiteral("[0-9]{9}|[0-9]{10}|[0-9]{12}");
    tin.hint = tr("9, 10 or 12 digits");
    fields << tin;
    optional(LeadField::LeadCompanyName, WebInputKind::Text, LeadValidator::maxNameLength);
    fields << field(LeadField::FirstName, WebInputKind::Text, true,
                    LeadValidator::maxPersonNameLength);
    fields << field(LeadField::LastName, WebInputKind::Text, true,
                    LeadValidator::maxPersonNameLength);
    optional(LeadField::MiddleName, WebInputKind::Text, LeadValidator::maxPersonNameLength);
    optional(LeadField::ContactEmail, WebInputKind::Email, 254);
    optional(LeadField::ContactPhone, WebInputKind::Phone, 40);
    WebFormField direction = field(LeadField::SellingDirection, WebInputKind::Choice, true, 0);
    for (const auto& [id, name] : sellingDirections) {
        direction.choiceValues << id;
        direction.choices << name;
    }
    fields << direction;
    optional(LeadField::ServiceOrProduct, WebInputKind::Text, LeadValidator::maxNameLength);
    optional(LeadField::City, WebInputKind::Text, LeadValidator::maxCityLength);
    optional(LeadField::Description, WebInputKind::TextArea, LeadValidator::maxDescriptionLength);
    for (const CustomField& custom : schema.customFields()) {
        WebFormField input{LeadRowWriter::customPrefix + custom.id,
                           custom.title,
                           WebInputKind::Text,
                           custom.required,
                           0,
                           {},
                           {},
                           {},
                           {}};
        switch (custom.type) {
        case CustomFieldType::Text:
            input.maxLength = LeadValidator::maxCustomTextLength;
            break;
        case CustomFieldType::Number:
            input.kind = WebInputKind::Number;
            break;
        case CustomFieldType::Date:
            input.kind = WebInputKind::Date;
            break;
        case CustomFieldType::Choice:
            input.kind = WebInputKind::Choice;
            input.choices = custom.choices;
            input.choiceValues = custom.choices;
            break;
        case CustomFieldType::Checkbox:
            input.kind = WebInputKind::Checkbox;
            break;
        }
        fields << input;
    }
    return fields;
}

QJsonObject WebFormFields::lead(const QList<WebFormField>& fields,
                                const QMap<QString, QString>& values, const QString& productId,
                                const QString& marketplaceId)
{
    QJsonObject lead{{LeadRowWriter::productKey, productId},
                     {LeadRowWriter::marketplaceKey, marketplaceId},
                     {leadFields.key(LeadField::Source), leadSources.key(LeadSource::WebsiteForm)}};
    for (const WebFormField& input : fields) {
        if (input.kind == WebInputKind::Checkbox) {
            lead.insert(input.key, values.contains(input.key));
            continue;
        }
        if (const QString value = values.value(input.key); !value.trimmed().isEmpty())
            lead.insert(input.key, value);
    }
    const QString company = values.value(leadFields.key(LeadField::CompanyName)).trimmed();
    lead.insert(leadFields.key(LeadField::Name),
                company.isEmpty() ? tr("Website request")
                                  : tr("Website request from %1").arg(company.left(150)));
    return lead;
}
