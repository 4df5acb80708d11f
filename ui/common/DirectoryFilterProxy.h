#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

/// The search text across all columns, plus exact-value filters on chosen columns.
class DirectoryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DirectoryFilterProxy(QObject* parent = nullptr);

    /// Keeps only rows whose column shows value; an empty value removes the filter.
    void setColumnFilter(int column, const QString& value);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QHash<int, QString> m_columnFilters;
};
