#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QModelIndex>
#include <QPointer>

class QListView;

/// One row of a list view for assistive technology: its text, and whether it can be checked,
/// is checked and is available (Qt 6.4's own list items report none of the three).
class CheckableListItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    CheckableListItemAccessible(QListView* view, int row);

    QModelIndex index() const;

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;
    QStringList keyBindingsForAction(const QString& actionName) const override;

private:
    QPointer<QListView> m_view;
    int m_row;
};
