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
    return m_label && m_index < LinkLabelAccessible::links(m_label).size();
}

QWindow* LabelLinkAccessible::window() const
{
    return m_label ? m_label->window()->windowHandle() : nullptr;
}

QAccessibleInterface* LabelLinkAccessible::parent() const
{
    return m_label ? QAccessible::queryAccessibleInterface(m_label.data()) : nullptr;
}

QString LabelLinkAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    const LinkLabelAccessible::Link link = LinkLabelAccessible::links(m_label).at(m_index);
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
    if (!m_label)
        return {};
    return QRect(m_label->mapToGlobal(QPoint(0, 0)), m_label->size());
}

QAccessible::State LabelLinkAccessible::state() const
{
    QAccessible::State state;
    if (!m_label) {
        state.invalid = true;
        return state;
    }
    state.focusable = m_label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
    state.linked = true;
    state.invisible = !m_label->isVisible();
    state.disabled = !m_label->isEnabled();
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
    if (actionName == pressAction() && isValid() && m_label->isEnabled())
        LinkLabelAccessible::activate(m_label,
                                      LinkLabelAccessible::links(m_label).at(m_index).href);
}

QStringList LabelLinkAccessible::keyBindingsForAction(const QString& actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return")};
    return {};
}
