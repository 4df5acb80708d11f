#include "common/CheckableListAccessible.h"

#include "common/CheckableListItemAccessible.h"

#include <QListView>

namespace {

const char* const enabledProperty = "channeldeskCheckableListAccessible";

QAccessibleInterface* createInterface(const QString&, QObject* object)
{
    auto* view = qobject_cast<QListView*>(object);
    if (view && view->property(enabledProperty).toBool())
        return new CheckableListAccessible(view);
    return nullptr;
}

} // namespace

CheckableListAccessible::CheckableListAccessible(QListView* view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

CheckableListAccessible::~CheckableListAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_rows))
        QAccessible::deleteAccessibleInterface(id);
}

void CheckableListAccessible::enable(QListView* view)
{
    static const bool installed = [] {
        QAccessible::installFactory(&createInterface);
        return true;
    }();
    Q_UNUSED(installed);
    view->setProperty(enabledProperty, true);
    // An interface made before (setAccessibleName() makes one) goes, so that the next query
    // makes this one.
    QAccessibleInterface* existing = QAccessible::queryAccessibleInterface(view);
    if (existing && !dynamic_cast<CheckableListAccessible*>(existing))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(existing));
    if (!view->model())
        return;
    QObject::connect(view->model(), &QAbstractItemModel::dataChanged, view,
                     [view](const QModelIndex& topLeft, const QModelIndex& bottomRight,
                            const QList<int>& roles) {
                         if (!QAccessible::isActive() ||
                             (!roles.isEmpty() && !roles.contains(Qt::CheckStateRole)))
                             return;
                         QAccessibleInterface* list = QAccessible::queryAccessibleInterface(view);
                         if (!list)
                             return;
                         QAccessible::State changed;
                         changed.checked = true;
                         for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                             if (QAccessibleInterface* item = list->child(row)) {
                                 QAccessibleStateChangeEvent event(item, changed);
                                 QAccessible::updateAccessibility(&event);
                             }
                         }
                     });
}

QListView* CheckableListAccessible::view() const
{
    return static_cast<QListView*>(widget());
}

int CheckableListAccessible::childCount() const
{
    const QListView* list = view();
    return list->model() ? list->model()->rowCount(list->rootIndex()) : 0;
}

QAccessibleInterface* CheckableListAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_rows.constFind(index); found != m_rows.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* item = new CheckableListItemAccessible(view(), index);
    m_rows.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int CheckableListAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* item = dynamic_cast<const CheckableListItemAccessible*>(child);
    if (!item || item->parent() != this)
        return -1;
    return item->index().row();
}

QAccessibleInterface* CheckableListAccessible::childAt(int x, int y) const
{
    const QListView* list = view();
    const QModelIndex index = list->indexAt(list->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface* CheckableListAccessible::focusChild() const
{
    const QListView* list = view();
    if (!list->hasFocus() || !list->currentIndex().isValid())
        return nullptr;
    return child(list->currentIndex().row());
}

QAccessible::State CheckableListAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.multiSelectable = view()->selectionMode() == QAbstractItemView::MultiSelection;
    state.extSelectable = view()->selectionMode() == QAbstractItemView::ExtendedSelection;
    return state;
}
