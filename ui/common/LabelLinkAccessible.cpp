#include "common/LabelLinkAccessible.h"

#include "common/LinkLabelAccessible.h"

#include <QLabel>
#include <QWidget>

LabelLinkAccessible::LabelLinkAccessible(QLabel* label, int index)
    : m_label(label)
    , m_index(index)
{
}

bool LabelLinkAccessible::isValid() const
{
    const QLabel* label = m_label.data();
    return label && m_index < LinkLabelAccessible::links(label).size();
}

QWindow* LabelLinkAccessible::window() const
{
    const QLabel* label = m_label.data();
    return label ? label->window()->windowHandle() : nullptr;
}

QAccessibleInterface* LabelLinkAccessible::parent() const
{
    QLabel* label = m_label.data();
    return label ? QAccessible::queryAccessibleInterface(label) : nullptr;
}

QString LabelLinkAccessible::text(QAccessible::Text type) const
{
    const QList<LinkLabelAccessible::Link> links = LinkLabelAccessible::links(m_label.data());
    if (m_index >= links.size())
        return {};
    const LinkLabelAccessible::Link& link = links.at(m_index);
    switch (type) {
    case QAccessible::Name:
        return link.text;
    case QAccessible::Value:
    case QAccessible::Description:
        return link.href;
    default:
        return {};
    }
}

QRect LabelLinkAccessible::rect() const
{
    const QLabel* label = m_label.data();
    if (!label)
        return {};
    return QRect(label->mapToGlobal(QPoint(0, 0)), label->size());
}

QAccessible::State LabelLinkAccessible::state() const
{
    QAccessible::State state;
    const QLabel* label = m_label.data();
    if (!label) {
        state.invalid = true;
        return state;
    }
    state.focusable = label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
    state.linked = true;
    state.invisible = !label->isVisible();
    state.disabled = !label->isEnabled();
    return state;
}

void* LabelLinkAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface*>(this);
    return nullptr;
}

QStringList LabelLinkAccessible::actionNames() const
{
    return {pressAction()};
}

void LabelLinkAccessible::doAction(const QString& actionName)
{
    QLabel* label = m_label.data();
    if (actionName != pressAction() || !label || !label->isEnabled())
        return;
    const QList<LinkLabelAccessible::Link> links = LinkLabelAccessible::links(label);
    if (m_index < links.size())
        LinkLabelAccessible::activate(label, links.at(m_index).href);
}

QStringList LabelLinkAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return")};
    return {};
}
