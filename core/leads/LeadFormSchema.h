#pragma once

#include "common/EnumText.h"
#include "common/Result.h"
#include "leads/LeadField.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

enum class CustomFieldType { Text, Number, Date, Choice, Checkbox };

inline constexpr EnumText<CustomFieldType, 5> customFieldTypes{
    "CustomFieldType",
    {{{CustomFieldType::Text, "text", QT_TRANSLATE_NOOP("CustomFieldType", "Text")},
      {CustomFieldType::Number, "number", QT_TRANSLATE_NOOP("CustomFieldType", "Number")},
      {CustomFieldType::Date, "date", QT_TRANSLATE_NOOP("CustomFieldType", "Date")},
      {CustomFieldType::Choice, "choice", QT_TRANSLATE_NOOP("CustomFieldType", "Choice")},
      {CustomFieldType::Checkbox, "checkbox", QT_TRANSLATE_NOOP("CustomFieldType", "Checkbox")}}}};

/// A vendor-defined field of a lead form.
struct CustomField {
    QString id; ///< stable key of the value in a lead's custom_values: [a-z][a-z0-9_]{0,39}
    QString title;
    CustomFieldType type = CustomFieldType::Text;
    bool required = false;
    QStringList choices; ///< only for Choice
    bool operator==(const CustomField&) const = default;
};

/// Which fields a lead form shows: every mandatory default field always, the optional default
/// fields the vendor chose, then the vendor's custom fields in order. Stored as JSON:
/// {"version":1,"optionalFields":[keys…],"customFields":[{id,title,type,required,choices}…]}.
class LeadFormSchema {
    Q_DECLARE_TR_FUNCTIONS(LeadFormSchema)

public:
    /// The default form of SPEC 3.3: every field, no custom fields.
    static LeadFormSchema defaultForm();
    static Result<LeadFormSchema> fromJson(const QByteArray& json);
    QByteArray toJson() const;

    /// Fields the vendor may not remove (mandatory, or the switches between existing and new).
    static bool isAlwaysShown(LeadField field);
    static QList<LeadField> optionalFields();

    bool shows(LeadField field) const;
    void setShown(LeadField field, bool shown); ///< ignored for always-shown fields

    QList<CustomField> customFields() const { return m_customFields; }
    void setCustomFields(QList<CustomField> fields) { m_customFields = std::move(fields); }

    /// Reasons the schema cannot be saved (bad ids, duplicate ids, empty titles, a choice field
    /// without choices, too many fields); empty when valid.
    QStringList problems() const;

    bool operator==(const LeadFormSchema&) const = default;

private:
    QSet<LeadField> m_shownOptional;
    QList<CustomField> m_customFields;
};
