#pragma once

#include <QString>
#include <QStringList>

/// One field a CSV column can be imported into.
struct ImportField {
    QString key;   ///< stable name: "name", "company_tin", "custom.seats"
    QString label; ///< translated, as the wizard labels the field
    /// A column must be mapped to the field, unless a column is mapped to unlessMapped.
    bool required = false;
    QString unlessMapped; ///< e.g. "existing_company" for the fields of a new company
    QString hint;         ///< what a cell holds: "ID or name", "yes or no", …
    QStringList aliases;  ///< other headers that map to the field automatically
};
