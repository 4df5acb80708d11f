#pragma once

#include "CatchQt.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QObject>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QWidget>
#include <QWizardPage>

#include <algorithm>

/// What a screen reader and a keyboard user find in one window: the problems of its
/// accessibility tree (an interactive element without a name, a label whose visible text the
/// name does not carry, a checkable list that hides its check states) and of its tab order.
namespace AccessibilityAudit {

/// A label's text as it is seen: rich text as plain text, no zero-width spaces, no mnemonic &.
inline QString visibleText(const QLabel* label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    } else if (label->buddy()) {
        text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
        text.remove(QLatin1Char('&'));
        text.replace(QChar(1), QLatin1Char('&'));
    }
    text.remove(QChar(0x200B));
    return text.simplified();
}

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

inline QString describe(QAccessibleInterface* node)
{
    QObject* object = node->object();
    QString where = object ? QString::fromLatin1(object->metaObject()->className()) +
                                 QLatin1Char(' ') + object->objectName()
                           : QStringLiteral("(item)");
    return QStringLiteral("%1 [role 0x%2]").arg(where).arg(int(node->role()), 0, 16);
}

/// How many links (<a href>) a label's rich text shows.
inline int linkCount(const QLabel* label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return 0;
    QTextDocument document;
    document.setHtml(label->text());
    int links = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString previous;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            if (!href.isEmpty() && href != previous)
                ++links;
            previous = href;
        }
    }
    return links;
}

/// A label that shows links of which a screen reader finds fewer as children of role Link.
inline QString linkProblem(QAccessibleInterface* node, const QLabel* label)
{
    const int shown = linkCount(label);
    int found = 0;
    for (int i = 0; i < node->childCount(); ++i)
        if (QAccessibleInterface* child = node->child(i);
            child && child->role() == QAccessible::Link)
            ++found;
    if (found >= shown)
        return {};
    return describe(node) +
           QStringLiteral(": shows %1 link(s) but a screen reader finds %2").arg(shown).arg(found);
}

/// A checkable item view whose first checkable row does not say so.
inline QString checkStateProblem(QAccessibleInterface* node, const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return {};
    for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, 0, view->rootIndex());
        const QVariant check = index.data(Qt::CheckStateRole);
        if (!check.isValid())
            continue;
        QAccessibleInterface* item = node->child(row);
        if (!item)
            return describe(node) + QStringLiteral(": row %1 has no accessible item").arg(row);
        const QAccessible::State state = item->state();
        if (!state.checkable || bool(state.checked) != (check.toInt() == Qt::Checked) ||
            bool(state.disabled) != !index.flags().testFlag(Qt::ItemIsEnabled))
            return describe(node) +
                   QStringLiteral(": row %1 hides its check state or availability").arg(row);
    }
    return {};
}

inline void collect(QAccessibleInterface* node, QStringList& problems, int depth = 0)
{
    if (!node || !node->isValid() || depth > 64 || node->state().invisible)
        return;
    QObject* object = node->object();
    if (object && object->isWidgetType() && !static_cast<QWidget*>(object)->isVisible())
        return;
    const QString name = node->text(QAccessible::Name).trimmed();
    if (isInteractive(node->role()) && name.isEmpty())
        problems << describe(node) + QStringLiteral(": no accessible name");
    if (auto* label = qobject_cast<QLabel*>(object)) {
        const QString visible = visibleText(label);
        if (!visible.isEmpty() && label->pixmap().isNull() &&
            !QString(name).remove(QChar(0x200B)).simplified().contains(visible))
            problems << describe(node) + QStringLiteral(": shows \"%1\" but is read as \"%2\"")
                                             .arg(visible, name);
        if (const QString problem = linkProblem(node, label); !problem.isEmpty())
            problems << problem;
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(object)) {
        if (const QString problem = checkStateProblem(node, view); !problem.isEmpty())
            problems << problem;
        return; // cells and headers are the model's data
    }
    for (int i = 0; i < node->childCount(); ++i)
        collect(node->child(i), problems, depth + 1);
}

/// The widgets that Tab should stop at in window: visible, enabled inputs and buttons.
inline QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    const auto widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets)
        if (widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
            widget->window() == window)
            stops << widget;
    return stops;
}

/// The stops that following the focus chain from the window (what Tab does) never reaches.
inline QStringList unreachableByTab(QWidget* window)
{
    QList<QWidget*> reached;
    QWidget* next = window->nextInFocusChain();
    for (int i = 0; i < 2000 && next != window; ++i, next = next->nextInFocusChain())
        reached << next;
    QStringList missing;
    for (QWidget* stop : tabStops(window))
        if (!reached.contains(stop))
            missing << QString::fromLatin1(stop->metaObject()->className()) + QLatin1Char(' ') +
                           stop->objectName();
    return missing;
}

/// Every problem of root's accessibility tree.
inline QStringList problems(QWidget* root)
{
    QStringList found;
    collect(QAccessible::queryAccessibleInterface(root), found);
    return found;
}

/// Problems found and not fixed yet (issue 13, reported): each entry is a part of the problem's
/// text. Everything else the audit finds fails the test.
inline const QStringList& knownGaps()
{
    static const QStringList gaps = {// Qt's own clear button of a QLineEdit has no name.
                                     QStringLiteral("QLineEditIconButton"),
                                     // Qt's own popup list of a QComboBox has no name.
                                     QStringLiteral("QComboBoxListView")};
    return gaps;
}

/// problems() without the known gaps.
inline QStringList newProblems(QWidget* root)
{
    QStringList found = problems(root);
    found.removeIf([](const QString& problem) {
        return std::any_of(knownGaps().cbegin(), knownGaps().cend(),
                           [&](const QString& gap) { return problem.contains(gap); });
    });
    return found;
}

/// Audits every window and wizard page as it is shown, while it lives.
class Watch : public QObject {
public:
    Watch() { qApp->installEventFilter(this); }
    ~Watch() override { qApp->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(Watch)

    /// objectNames of what was audited.
    const QStringList& audited() const { return m_audited; }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->isWindow() && !qobject_cast<QWizardPage*>(widget))
            return false;
        audit(widget);
        return false;
    }

    void audit(QWidget* widget)
    {
        m_audited << widget->objectName();
        INFO("audited: " << widget->objectName().toStdString());
        CHECK(newProblems(widget) == QStringList());
        if (qobject_cast<QDialog*>(widget->window()))
            CHECK(unreachableByTab(widget->window()) == QStringList());
    }

private:
    QStringList m_audited;
};

} // namespace AccessibilityAudit
