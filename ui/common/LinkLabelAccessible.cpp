#include "common/LinkLabelAccessible.h"

#include <QDesktopServices>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace {

const char* const enabledProperty = "channeldeskLinkLabelAccessible";

QAccessibleInterface* createInterface(const QString&, QObject* object)
{
    auto* label = qobject_cast<QLabel*>(object);
    if (label && label->property(enabledProperty).toBool())
        return new LinkLabelAccessible(label);
    return nullptr;
}

} // namespace

LinkLabelAccessible::LinkLabelAccessible(QLabel* label)
    : QAccessibleWidget(label, QAccessible::Link)
{
}

void LinkLabelAccessible::enable(QLabel* label)
{
    static const bool installed = [] {
        QAccessible::installFactory(&createInterface);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(enabledProperty, true);
}

QString LinkLabelAccessible::firstLink(const QLabel* label)
{
    static const QRegularExpression anchor(QStringLiteral("<a\\s[^>]*href=\"([^\"]*)\""));
    const QRegularExpressionMatch match = anchor.match(label->text());
    if (!match.hasMatch())
        return {};
    QTextDocument unescape;
    unescape.setHtml(match.captured(1));
    return unescape.toPlainText();
}

QLabel* LinkLabelAccessible::label() const
{
    return static_cast<QLabel*>(widget());
}

QAccessible::Role LinkLabelAccessible::role() const
{
    return firstLink(label()).isEmpty() ? QAccessible::StaticText : QAccessible::Link;
}

QString LinkLabelAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name && label()->accessibleName().isEmpty()) {
        QTextDocument document;
        document.setHtml(label()->text());
        return document.toPlainText().remove(QChar(0x200B)).simplified();
    }
    return QAccessibleWidget::text(type);
}

QStringList LinkLabelAccessible::actionNames() const
{
    QStringList names = QAccessibleWidget::actionNames();
    if (!firstLink(label()).isEmpty() && label()->isEnabled())
        names.prepend(pressAction());
    return names;
}

void LinkLabelAccessible::doAction(const QString& actionName)
{
    const QString link = firstLink(label());
    if (actionName != pressAction() || link.isEmpty()) {
        QAccessibleWidget::doAction(actionName);
        return;
    }
    if (label()->openExternalLinks())
        QDesktopServices::openUrl(QUrl(link));
    else
        emit label()->linkActivated(link);
}
