#pragma once

#include "CatchQt.h"

#include <QAccessible>
#include <QApplication>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

/// What a screen reader finds below a widget: every node of its accessibility tree, walked as
/// an assistive technology walks it (queryAccessibleInterface, then child(i) recursively).
struct AccessibleNode {
    QString name;
    QAccessible::Role role = QAccessible::NoRole;
    QString text; ///< what the text interface reads, if the node has one
    QObject* object = nullptr;
};

inline void collectAccessible(QAccessibleInterface* node, QList<AccessibleNode>& out, int depth = 0)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    AccessibleNode entry{node->text(QAccessible::Name), node->role(), {}, node->object()};
    if (QAccessibleTextInterface* text = node->textInterface())
        entry.text = text->text(0, text->characterCount());
    if (!node->state().invisible)
        out << entry;
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessible(node->child(i), out, depth + 1);
}

inline QList<AccessibleNode> accessibleTree(QWidget* root)
{
    QList<AccessibleNode> nodes;
    collectAccessible(QAccessible::queryAccessibleInterface(root), nodes);
    return nodes;
}

/// Whether some visible node's accessible name contains text (what a screen reader says).
inline bool accessibleNameContains(const QList<AccessibleNode>& nodes, const QString& text)
{
    for (const AccessibleNode& node : nodes)
        if (node.name.contains(text))
            return true;
    return false;
}

/// The widget of the visible node named exactly name; nullptr when there is none.
inline QWidget* accessibleWidgetNamed(const QList<AccessibleNode>& nodes, const QString& name)
{
    for (const AccessibleNode& node : nodes)
        if (node.name == name && node.object && node.object->isWidgetType())
            return static_cast<QWidget*>(node.object);
    return nullptr;
}

/// Presses Tab (from the widget that has the focus) until target has it; at most limit times.
inline bool tabTo(QWidget* target, int limit = 60)
{
    for (int i = 0; i < limit; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget* current = QApplication::focusWidget();
        if (!current)
            return false;
        QTest::keyClick(current, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

/// For each (text, target) of links: a visible node is named text, Tab reaches its widget and
/// Enter opens it; opened (a spy on a signal of object type and ID) then receives the link
/// "type:ID", which starts with target.
inline void requireLinksOpenByKeyboard(const QList<AccessibleNode>& spoken, QSignalSpy& opened,
                                       const QList<std::pair<QString, QString>>& links)
{
    for (const auto& [text, target] : links) {
        INFO(text.toStdString());
        QWidget* link = accessibleWidgetNamed(spoken, text);
        REQUIRE(link);
        CHECK(tabTo(link));
        const qsizetype openedBefore = opened.count();
        QTest::keyClick(link, Qt::Key_Return);
        REQUIRE(opened.count() == openedBefore + 1);
        CHECK((opened.last().at(0).toString() + QLatin1Char(':') + opened.last().at(1).toString())
                  .startsWith(target));
    }
}
