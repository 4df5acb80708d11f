#include "common/DirectoryFilterProxy.h"

DirectoryFilterProxy::DirectoryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void DirectoryFilterProxy::setColumnFilter(int column, const QString& value)
{
    if (m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    invalidateFilter();
}

bool DirectoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QModelIndex index = sourceModel()->index(sourceRow, it.key(), sourceParent);
        if (index.data().toString() != it.value())
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
