#include "leads/LeadFormSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
constexpr int maxCustomFields = 50;
constexpr int maxTitleLength = 100;
constexpr int maxChoices = 100;
} // namespace

LeadFormSchema LeadFormSchema::defaultForm()
{
    LeadFormSchema schema;
    for (LeadField field : optionalFields())
        schema.m_shownOptional.insert(field);
    return schema;
}

bool LeadFormSchema::isAlwaysShown(LeadField field)
{
    switch (field) {
    case LeadField::LeadCompanyName:
    case LeadField::Campaign:
    case LeadField::ServiceOrProduct:
    case LeadField::MiddleName:
    case LeadField::ContactPhone:
    case LeadField::ContactEmail:
    case LeadField::Description:
    case LeadField::Owner:
    case LeadField::City:
    case LeadField::ContentChannel:
        return false;
    default:
        return true;
    }
}

QList<LeadField> LeadFormSchema::optionalFields()
{
    QList<LeadField> fields;
    for (LeadField field : leadFields.all())
        if (!isAlwaysShown(field))
            fields << field;
    return fields;
}

bool LeadFormSchema::shows(LeadField field) const
{
    return isAlwaysShown(field) || m_shownOptional.contains(field);
}

void LeadFormSchema::setShown(LeadField field, bool shown)
{
    if (isAlwaysShown(field))
        return;
    if (shown)
        m_shownOptional.insert(field);
    else
        m_shownOptional.remove(field);
}

Result<LeadFormSchema> LeadFormSchema::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{
            ErrorCode::Invalid,
            tr("The lead form definition is not valid JSON: %1").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    LeadFormSchema schema;
    if (!root.contains(QStringLiteral("optionalFields")))
        schema = defaultForm();
    for (const QJsonValue& key : root.value(QStringLiteral("optionalFields")).toArray()) {
        const auto field = leadFields.fromKey(key.toString());
        if (!field)
            return Error{
                ErrorCode::Invalid,
                tr("The lead form names an unknown field \u201c%1\u201d.").arg(key.toString())};
        schema.setShown(*field, true);
    }
    for (const QJsonValue& value : root.value(QStringLiteral("customFields")).toArray()) {
        const QJsonObject object = value.toObject();
        CustomField field;
        field.id = object.value(QStringLiteral("id")).toString();
        field.title = object.value(QStringLiteral("title")).toString();
        const auto type = customFieldTypes.fromKey(object.value(QStringLiteral("type")).toString());
        if (!type)
            return Error{ErrorCode::Invalid,
                         tr("The custom field \u201c%1\u201d has an unknown type.").arg(field.id)};
        field.type = *type;
        field.required = object.value(QStringLiteral("required")).toBool();
        for (const QJsonValue& choice : object.value(QStringLiteral("choices")).toArray())
            field.choices << choice.toString();
        schema.m_customFields << field;
    }
    if (const QStringList problems = schema.problems(); !problems.isEmpty())
        return Error{ErrorCode::Invalid, problems.first()};
    return schema;
}

QByteArray LeadFormSchema::toJson() const
{
    QJsonArray optional;
    for (LeadField field : optionalFields())
        if (m_shownOptional.contains(field))
            optional << leadFields.key(field);
    QJsonArray custom;
    for (const CustomField& field : m_customFields) {
        custom << QJsonObject{
            {QStringLiteral("id"), field.id},
            {QStringLiteral("title"), field.title},
            {QStringLiteral("type"), customFieldTypes.key(field.type)},
            {QStringLiteral("required"), field.required},
            {QStringLiteral("choices"), QJsonArray::fromStringList(field.choices)}};
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("optionalFields"), optional},
                                     {QStringLiteral("customFields"), custom}})
        .toJson(QJsonDocument::Compact);
}

QStringList LeadFormSchema::problems() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    QStringList problems;
    if (m_customFields.size() > maxCustomFields)
        problems << tr("A form has at most %1 custom fields.").arg(maxCustomFields);
    QSet<QString> ids;
    for (const CustomField& field : m_customFields) {
        const QString shown = field.title.isEmpty() ? field.id : field.title;
        if (!idPattern.match(field.id).hasMatch())
            problems << tr("The key \u201c%1\u201d of a custom field must start with a letter and "
                           "use only a-z, 0-9 and _ (at most 40).")
                            .arg(field.id);
        else if (leadFields.fromKey(field.id))
            problems << tr("The key \u201c%1\u201d is taken by a default field.").arg(field.id);
        else if (ids.contains(field.id))
            problems << tr("Two custom fields have the key \u201c%1\u201d.").arg(field.id);
        ids.insert(field.id);
        if (field.title.trimmed().isEmpty())
            problems << tr("The custom field \u201c%1\u201d needs a title.").arg(field.id);
        else if (field.title.size() > maxTitleLength)
            problems << tr("The title of \u201c%1\u201d is longer than %2 characters.")
                            .arg(shown)
                            .arg(maxTitleLength);
        if (field.type == CustomFieldType::Choice) {
            QStringList trimmed;
            for (const QString& choice : field.choices)
                if (!choice.trimmed().isEmpty())
                    trimmed << choice.trimmed();
            if (trimmed.isEmpty())
                problems
                    << tr("The choice field \u201c%1\u201d needs at least one choice.").arg(shown);
            else if (trimmed.size() > maxChoices)
                problems << tr("The choice field \u201c%1\u201d has more than %2 choices.")
                                .arg(shown)
                                .arg(maxChoices);
            else if (trimmed.removeDuplicates() > 0)
                problems << tr("The choice field \u201c%1\u201d lists a choice twice.").arg(shown);
        }
    }
    return problems;
}
