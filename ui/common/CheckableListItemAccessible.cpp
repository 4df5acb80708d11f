#include "common/CheckableListItemAccessible.h"

#include <QItemSelectionModel>
#include <QListView>
#include <QWidget>
#include <QWindow>

CheckableListItemAccessible::CheckableListItemAccessible(QListView* view, int row)
    : m_view(view)
    , m_row(row)
{
}

QModelIndex CheckableListItemAccessible::index() const
{
    if (!m_view || !m_view->model())
        return {};
    return m_view->model()->index(m_row, m_view->modelColumn(), m_view->rootIndex());
}

bool CheckableListItemAccessible::isValid() const
{
    return index().isValid();
}

QWindow* CheckableListItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface* CheckableListItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QString CheckableListItemAccessible::text(QAccessible::Text type) const
{
    const QModelIndex item = index();
    if (!item.isValid())
        return {};
    if (type == QAccessible::Name) {
        const QString name = item.data(Qt::AccessibleTextRole).toString();
        return name.isEmpty() ? item.data(Qt::DisplayRole).toString() : name;
    }
    if (type == QAccessible::Description) {
        const QString description = item.data(Qt::AccessibleDescriptionRole).toString();
        return description.isEmpty() ? item.data(Qt::ToolTipRole).toString() : description;
    }
    return {};
}

QRect CheckableListItemAccessible::rect() const
{
    const QModelIndex item = index();
    if (!item.isValid())
        return {};
    const QRect visual = m_view->visualRect(item);
    return QRect(m_view->viewport()->mapToGlobal(visual.topLeft()), visual.size());
}

QAccessible::State CheckableListItemAccessible::state() const
{
    QAccessible::State state;
    const QModelIndex item = index();
    if (!item.isValid())
        return state;
    const Qt::ItemFlags flags = item.flags();
    const QVariant check = item.data(Qt::CheckStateRole);
    state.checkable = flags.testFlag(Qt::ItemIsUserCheckable) && check.isValid();
    state.checked = check.isValid() && check.toInt() == Qt::Checked;
    state.checkStateMixed = check.isValid() && check.toInt() == Qt::PartiallyChecked;
    state.disabled = !flags.testFlag(Qt::ItemIsEnabled) || !m_view->isEnabled();
    state.selectable = flags.testFlag(Qt::ItemIsSelectable);
    state.focusable = state.selectable;
    state.multiSelectable = m_view->selectionMode() == QAbstractItemView::MultiSelection;
    state.extSelectable = m_view->selectionMode() == QAbstractItemView::ExtendedSelection;
    if (QItemSelectionModel* selection = m_view->selectionModel()) {
        state.selected = selection->isSelected(item);
        state.focused = selection->currentIndex() == item && m_view->hasFocus();
    }
    state.invisible = !m_view->isVisible() ||
                      !m_view->viewport()->rect().intersects(m_view->visualRect(item));
    return state;
}

void* CheckableListItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface*>(this);
    return nullptr;
}

QStringList CheckableListItemAccessible::actionNames() const
{
    const QAccessible::State current = state();
    if (current.checkable && !current.disabled)
        return {toggleAction()};
    return {};
}

void CheckableListItemAccessible::doAction(const QString& actionName)
{
    if (actionName != toggleAction() || !actionNames().contains(actionName))
        return;
    const QModelIndex item = index();
    const bool checked = item.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_view->model()->setData(item, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QStringList CheckableListItemAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == toggleAction())
        return {QStringLiteral("Space")};
    return {};
}
