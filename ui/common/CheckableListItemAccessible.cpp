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
    const QListView* view = m_view.data();
    if (!view || !view->model())
        return {};
    return view->model()->index(m_row, view->modelColumn(), view->rootIndex());
}

bool CheckableListItemAccessible::isValid() const
{
    return index().isValid();
}

QWindow* CheckableListItemAccessible::window() const
{
    const QListView* view = m_view.data();
    return view ? view->window()->windowHandle() : nullptr;
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
    const QListView* view = m_view.data();
    const QModelIndex item = index();
    if (!view || !item.isValid())
        return {};
    const QRect visual = view->visualRect(item);
    return QRect(view->viewport()->mapToGlobal(visual.topLeft()), visual.size());
}

QAccessible::State CheckableListItemAccessible::state() const
{
    QAccessible::State state;
    const QListView* view = m_view.data();
    const QModelIndex item = index();
    if (!view || !item.isValid())
        return state;
    const Qt::ItemFlags flags = item.flags();
    const QVariant check = item.data(Qt::CheckStateRole);
    // A row with a check state shows a check box, also when the user may not change it.
    state.checkable = check.isValid();
    state.checked = check.isValid() && check.toInt() == Qt::Checked;
    state.checkStateMixed = check.isValid() && check.toInt() == Qt::PartiallyChecked;
    state.disabled = !flags.testFlag(Qt::ItemIsEnabled) || !view->isEnabled();
    state.selectable = flags.testFlag(Qt::ItemIsSelectable);
    state.focusable = state.selectable;
    state.multiSelectable = view->selectionMode() == QAbstractItemView::MultiSelection;
    state.extSelectable = view->selectionMode() == QAbstractItemView::ExtendedSelection;
    if (QItemSelectionModel* selection = view->selectionModel()) {
        state.selected = selection->isSelected(item);
        state.focused = selection->currentIndex() == item && view->hasFocus();
    }
    state.invisible =
        !view->isVisible() || !view->viewport()->rect().intersects(view->visualRect(item));
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
    if (current.checkable && !current.disabled && index().flags().testFlag(Qt::ItemIsUserCheckable))
        return {toggleAction()};
    return {};
}

void CheckableListItemAccessible::doAction(const QString& actionName)
{
    if (actionName != toggleAction() || !actionNames().contains(actionName))
        return;
    const QModelIndex item = index();
    const bool checked = item.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    if (QListView* view = m_view.data())
        view->model()->setData(item, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QStringList CheckableListItemAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == toggleAction())
        return {QStringLiteral("Space")};
    return {};
}
