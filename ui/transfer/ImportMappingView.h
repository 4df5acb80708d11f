#pragma once

#include "transfer/CsvSample.h"
#include "transfer/ImportField.h"
#include "transfer/ImportMapping.h"

#include <QList>
#include <QScrollArea>

class QComboBox;
class QGridLayout;

/// The mapping table of the import dialog: one row per CSV column with its header, a few sample
/// values and a combo choosing the field the column is imported into (or Skip). Each combo's
/// label is the column's header, so screen readers announce the combo by it.
class ImportMappingView : public QScrollArea {
    Q_OBJECT

public:
    explicit ImportMappingView(QWidget* parent = nullptr);

    /// Shows the columns of sample, offering fields, with mapping chosen.
    void setColumns(const CsvSample& sample, const QList<ImportField>& fields,
                    const ImportMapping& mapping);
    ImportMapping mapping() const;
    int columnCount() const { return static_cast<int>(m_combos.size()); }
    /// The combo of a CSV column (objectName "mappingCombo<column>").
    QComboBox* combo(int column) const { return m_combos.value(column); }
    /// Text of a combo entry: the field's label, with " *" when the field is mandatory.
    static QString entryText(const ImportField& field);

signals:
    void mappingChanged();

private:
    QWidget* m_content = nullptr;
    QList<QComboBox*> m_combos;
};
