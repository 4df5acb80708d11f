#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QListView;

/// A list view for assistive technology whose rows report their check state and whether they
/// are available (QAccessible::State checkable, checked, disabled), which Qt 6.4's own list
/// interface does not.
class CheckableListAccessible : public QAccessibleWidget {
public:
    explicit CheckableListAccessible(QListView* view);
    ~CheckableListAccessible() override;
    Q_DISABLE_COPY_MOVE(CheckableListAccessible)

    /// Gives view this interface (call before anything asks for its interface) and reports
    /// check changes of its rows.
    static void enable(QListView* view);

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessible::State state() const override;

private:
    QListView* view() const;

    mutable QHash<int, QAccessible::Id> m_rows;
};
