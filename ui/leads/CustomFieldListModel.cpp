#include "leads/CustomFieldListModel.h"

CustomFieldListModel::CustomFieldListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CustomFieldListModel::setFields(QList<CustomField> fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

void CustomFieldListModel::setField(int row, const CustomField& field)
{
    if (!isRow(row))
        return;
    m_fields[row] = field;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CustomFieldListModel::appendField(const CustomField& field)
{
    const int row = static_cast<int>(m_fields.size());
    beginInsertRows({}, row, row);
    m_fields.append(field);
    endInsertRows();
    return row;
}

void CustomFieldListModel::removeField(int row)
{
    if (!isRow(row))
        return;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
}

bool CustomFieldListModel::moveField(int row, int offset)
{
    const int target = row + offset;
    if (!isRow(row) || !isRow(target) || offset == 0)
        return false;
    // Qt names the row the moved one goes before, which is one further when moving down.
    if (!beginMoveRows({}, row, row, {}, offset > 0 ? target + 1 : target))
        return false;
    m_fields.move(row, target);
    endMoveRows();
    return true;
}

int CustomFieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int CustomFieldListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldListModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomField& field = m_fields.at(index.row());
    switch (index.column()) {
    case TitleColumn:
        return field.title;
    case KeyColumn:
        return field.id;
    case TypeColumn:
        return customFieldTypes.label(field.type);
    case RequiredColumn:
        return field.required ? tr("Required") : QString();
    default:
        return {};
    }
}

QVariant CustomFieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    default:
        return {};
    }
}
