#pragma once

#include "leads/LeadField.h"

#include <QMap>
#include <QString>

/// The reasons the fields of a lead draft are invalid, each to be shown next to its field.
struct LeadValidation {
    QMap<LeadField, QString> fields;
    QMap<QString, QString> customFields; ///< by custom field id

    bool isValid() const { return fields.isEmpty() && customFields.isEmpty(); }
    QString first() const
    {
        return !fields.isEmpty() ? fields.first() : customFields.value(customFields.firstKey());
    }
};
