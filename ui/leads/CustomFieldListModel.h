#pragma once

#include "leads/LeadFormSchema.h"

#include <QAbstractTableModel>
#include <QList>

/// The custom fields of a lead form being edited, one row each in the order the form asks them:
/// title, key, type and whether it is required. Changes go through its functions, so views keep
/// their current row across edits, moves and removals.
class CustomFieldListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, KeyColumn, TypeColumn, RequiredColumn, ColumnCount };

    explicit CustomFieldListModel(QObject* parent = nullptr);

    void setFields(QList<CustomField> fields);
    const QList<CustomField>& fields() const { return m_fields; }
    /// The field of row, or an empty field for a row that does not exist.
    CustomField field(int row) const { return m_fields.value(row); }
    bool isRow(int row) const { return row >= 0 && row < m_fields.size(); }
    void setField(int row, const CustomField& field);
    /// Adds field as the last row and returns its row.
    int appendField(const CustomField& field);
    void removeField(int row);
    /// Swaps row with its neighbour offset rows away (-1 up, 1 down); false when there is none.
    bool moveField(int row, int offset);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CustomField> m_fields;
};
