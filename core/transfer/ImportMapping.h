#pragma once

#include "transfer/ImportField.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

/// Which field each CSV column is imported into (by column index; unmapped columns are skipped).
class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    /// Maps each header that names a field (its key, label or an alias; case, spaces and
    /// punctuation ignored) to that field; a field goes to the first column that names it.
    static ImportMapping fromHeader(const QStringList& header, const QList<ImportField>& fields);
    /// A column fromHeader leaves out, and why.
    struct IgnoredColumn {
        int column = -1;
        int duplicateOf = -1; ///< the column whose header names the same field, or -1
        QString reason; ///< "Column 5 “E-mail” is a duplicate: column 3 “Contact email” …"
    };
    /// The columns fromHeader leaves out: a header that names no field, or a field an earlier
    /// column names already (columns counted from 1 in the reasons, as a spreadsheet does).
    static QList<IgnoredColumn> ignoredColumns(const QStringList& header,
                                               const QList<ImportField>& fields);
    /// text folded for matching headers: lower case, letters and digits only.
    static QString matchKey(const QString& text);

    /// Imports column into the field key; an empty key skips the column.
    void setField(int column, const QString& key);
    QString field(int column) const { return m_columns.value(column); }
    /// The column mapped to key, or -1.
    int column(const QString& key) const;
    bool isMapped(const QString& key) const { return column(key) >= 0; }
    QMap<int, QString> columns() const { return m_columns; }

    /// Why an import cannot start with this mapping (a required field without a column, a field
    /// chosen for two columns, an unknown field); empty when it can.
    QStringList problems(const QList<ImportField>& fields) const;

    bool operator==(const ImportMapping&) const = default;

private:
    /// The field key each match key (of a field's key, label or alias) names.
    static QMap<QString, QString> fieldsByName(const QList<ImportField>& fields);

    QMap<int, QString> m_columns;
};
