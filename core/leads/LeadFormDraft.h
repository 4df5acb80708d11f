#pragma once

#include "leads/LeadFormSchema.h"

#include <QString>
#include <QStringList>

/// A lead form as the editor holds it before it is saved.
struct LeadFormDraft {
    QString id; ///< empty for a new form
    QString name;
    bool active = true;
    QStringList listingIds;
    LeadFormSchema schema = LeadFormSchema::defaultForm();
    /// The form's version when it was read; saving refuses with a Conflict when the form changed
    /// since (0: new, or not checked).
    qint64 rowVersion = 0;
};
