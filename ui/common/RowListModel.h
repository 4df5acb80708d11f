#pragma once

#include "common/CellText.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

/// A read-only table over a list of row structs; subclasses say what each cell shows.
/// Qt::UserRole of a cell is its sort key (falls back to the display text).
template <typename Row> class RowListModel : public QAbstractTableModel {
public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RowListModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(headers().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return CellText::display(cell(row, index.column(), role));
        if (role == Qt::ForegroundRole)
            return CellText::foreground(cell(row, index.column(), Qt::DisplayRole),
                                        cell(row, index.column(), role));
        QVariant value = cell(row, index.column(), role);
        if (role == SortRole && !value.isValid())
            value = cell(row, index.column(), Qt::DisplayRole);
        return value;
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
};
