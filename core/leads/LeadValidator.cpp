#include "leads/LeadValidator.h"

#include "common/CompanyTin.h"
#include "common/EmailAddress.h"
#include "common/PhoneNumber.h"
#include "common/PlainText.h"
#include "common/WebsiteUrl.h"
#include "leads/LeadSource.h"

#include <QDate>

namespace {

QString tooLong(int limit, qsizetype length)
{
    return LeadValidator::tr("At most %1 characters (now %2).").arg(limit).arg(length);
}

/// Whether value has no control character its field refuses; if it has, the reason is recorded.
bool checkControls(LeadValidation& result, LeadField field, const QString& value,
                   PlainText::Lines lines = PlainText::Lines::Single)
{
    const QString problem = PlainText::problem(value.trimmed(), lines);
    if (!problem.isEmpty())
        result.fields.insert(field, problem);
    return problem.isEmpty();
}

void checkText(LeadValidation& result, LeadField field, const QString& value, bool required,
               int limit, PlainText::Lines lines = PlainText::Lines::Single)
{
    const QString trimmed = value.trimmed();
    if (required && trimmed.isEmpty())
        result.fields.insert(field, LeadValidator::tr("Required."));
    else if (trimmed.size() > limit)
        result.fields.insert(field, tooLong(limit, trimmed.size()));
    else
        checkControls(result, field, value, lines);
}

QString customProblem(const CustomField& field, const QVariant& value)
{
    const bool empty =
        !value.isValid() || value.isNull() ||
        (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
    if (field.type == CustomFieldType::Checkbox) {
        if (field.required && !value.toBool())
            return LeadValidator::tr("Required: tick to confirm.");
        return {};
    }
    if (empty)
        return field.required ? LeadValidator::tr("Required.") : QString();
    switch (field.type) {
    case CustomFieldType::Text:
        if (value.toString().trimmed().size() > LeadValidator::maxCustomTextLength)
            return tooLong(LeadValidator::maxCustomTextLength, value.toString().trimmed().size());
        return PlainText::problem(value.toString().trimmed());
    case CustomFieldType::Number: {
        bool ok = false;
        const double number = value.typeId() == QMetaType::QString
                                  ? value.toString().trimmed().toDouble(&ok)
                                  : value.toDouble(&ok);
        return ok && std::isfinite(number) ? QString() : LeadValidator::tr("Enter a number.");
    }
    case CustomFieldType::Date:
        return QDate::fromString(value.toString(), Qt::ISODate).isValid()
                   ? QString()
                   : LeadValidator::tr("Enter a date (YYYY-MM-DD).");
    case CustomFieldType::Choice:
        return field.choices.contains(value.toString())
                   ? QString()
                   : LeadValidator::tr("Pick one of the choices.");
    case CustomFieldType::Checkbox:
        break;
    }
    return {};
}

} // namespace

LeadValidation LeadValidator::validate(const LeadDraft& draft, const LeadFormSchema& schema,
                                       const QString& phoneRegion)
{
    LeadValidation result;
    checkText(result, LeadField::Name, draft.name, true, maxNameLength);
    if (!leadSources.fromKey(draft.sourceKey))
        result.fields.insert(LeadField::Source, tr("Pick where the lead came from."));
    if (schema.shows(LeadField::LeadCompanyName))
        checkText(result, LeadField::LeadCompanyName, draft.leadCompanyName, false, maxNameLength);

    if (!draft.newCompany) {
        if (draft.existingCompanyId.isEmpty())
            result.fields.insert(LeadField::ExistingCompany,
                                 tr("Pick the company, or tick New company."));
    } else {
        checkText(result, LeadField::CompanyName, draft.companyName, true, maxNameLength);
        if (checkControls(result, LeadField::CompanyWebsite, draft.companyWebsite)) {
            if (auto website = WebsiteUrl::normalize(draft.companyWebsite); !website)
                result.fields.insert(LeadField::CompanyWebsite, website.error().message);
        }
        const QString tin = draft.companyTin.trimmed();
        if (tin.isEmpty())
            result.fields.insert(LeadField::CompanyTin, tr("Required."));
        else if (checkControls(result, LeadField::CompanyTin, tin)) {
            if (const QString problem = CompanyTin::problem(tin); !problem.isEmpty())
                result.fields.insert(LeadField::CompanyTin, problem);
        }
    }

    if (draft.sellingDirectionId.isEmpty())
        result.fields.insert(LeadField::SellingDirection, tr("Pick the selling direction."));
    if (schema.shows(LeadField::ServiceOrProduct))
        checkText(result, LeadField::ServiceOrProduct, draft.serviceOrProduct, false,
                  maxNameLength);

    if (draft.newContact) {
        checkText(result, LeadField::FirstName, draft.firstName, true, maxPersonNameLength);
        checkText(result, LeadField::LastName, draft.lastName, true, maxPersonNameLength);
        if (schema.shows(LeadField::MiddleName))
            checkText(result, LeadField::MiddleName, draft.middleName, false, maxPersonNameLength);
        if (schema.shows(LeadField::ContactPhone) && !draft.contactPhone.trimmed().isEmpty() &&
            checkControls(result, LeadField::ContactPhone, draft.contactPhone)) {
            if (auto phone = PhoneNumber::toE164(draft.contactPhone, phoneRegion); !phone)
                result.fields.insert(LeadField::ContactPhone, phone.error().message);
        }
        if (schema.shows(LeadField::ContactEmail) && !draft.contactEmail.trimmed().isEmpty() &&
            checkControls(result, LeadField::ContactEmail, draft.contactEmail) &&
            !EmailAddress::isValid(draft.contactEmail.trimmed()))
            result.fields.insert(LeadField::ContactEmail,
                                 tr("This is not a valid e-mail address."));
    } else if (draft.newCompany) {
        result.fields.insert(LeadField::ExistingContact,
                             tr("A new company has no contacts yet: tick New contact."));
    } else if (draft.existingContactId.isEmpty()) {
        result.fields.insert(LeadField::ExistingContact,
                             tr("Pick the contact, or tick New contact."));
    }

    if (schema.shows(LeadField::Description))
        checkText(result, LeadField::Description, draft.description, false, maxDescriptionLength,
                  PlainText::Lines::Multiple);
    if (schema.shows(LeadField::City))
        checkText(result, LeadField::City, draft.city, false, maxCityLength);

    for (const CustomField& field : schema.customFields())
        if (const QString problem = customProblem(field, draft.customValues.value(field.id));
            !problem.isEmpty())
            result.customFields.insert(field.id, problem);
    return result;
}

LeadDraft LeadValidator::normalized(const LeadDraft& draft, const LeadFormSchema& schema,
                                    const QString& phoneRegion)
{
    LeadDraft out = draft;
    auto keep = [&schema](LeadField field, const QString& value) {
        return schema.shows(field) ? value.trimmed() : QString();
    };
    out.name = draft.name.trimmed();
    out.leadCompanyName = keep(LeadField::LeadCompanyName, draft.leadCompanyName);
    out.campaignId = schema.shows(LeadField::Campaign) ? draft.campaignId : QString();
    out.serviceOrProduct = keep(LeadField::ServiceOrProduct, draft.serviceOrProduct);
    out.description = keep(LeadField::Description, draft.description);
    out.ownerUserId = schema.shows(LeadField::Owner) ? draft.ownerUserId : QString();
    out.city = keep(LeadField::City, draft.city);
    out.channelId = schema.shows(LeadField::ContentChannel) ? draft.channelId : QString();
    if (draft.newCompany) {
        out.existingCompanyId.clear();
        out.companyName = draft.companyName.trimmed();
        out.companyWebsite = WebsiteUrl::normalize(draft.companyWebsite).value();
        out.companyTin = draft.companyTin.trimmed();
    } else {
        out.companyName.clear();
        out.companyWebsite.clear();
        out.companyTin.clear();
    }
    if (draft.newContact) {
        out.existingContactId.clear();
        out.firstName = draft.firstName.trimmed();
        out.lastName = draft.lastName.trimmed();
        out.middleName = keep(LeadField::MiddleName, draft.middleName);
        const QString phone = keep(LeadField::ContactPhone, draft.contactPhone);
        out.contactPhone =
            phone.isEmpty() ? QString() : PhoneNumber::toE164(phone, phoneRegion).value();
        out.contactEmail = keep(LeadField::ContactEmail, draft.contactEmail);
    } else {
        out.firstName.clear();
        out.lastName.clear();
        out.middleName.clear();
        out.contactPhone.clear();
        out.contactEmail.clear();
    }
    QVariantMap custom;
    for (const CustomField& field : schema.customFields()) {
        const QVariant value = draft.customValues.value(field.id);
        switch (field.type) {
        case CustomFieldType::Checkbox:
            custom.insert(field.id, value.toBool());
            break;
        case CustomFieldType::Number:
            if (!value.toString().trimmed().isEmpty())
                custom.insert(field.id, value.typeId() == QMetaType::QString
                                            ? value.toString().trimmed().toDouble()
                                            : value.toDouble());
            break;
        default:
            if (!value.toString().trimmed().isEmpty())
                custom.insert(field.id, value.toString().trimmed());
        }
    }
    out.customValues = custom;
    return out;
}
