#include "common/LinkLabelAccessible.h"

#include "common/LabelLinkAccessible.h"

#include <QDesktopServices>
#include <QLabel>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace {

const char* const enabledProperty = "channeldeskLinkLabelAccessible";

bool hasLinks(const QLabel* label)
{
    return label->textFormat() != Qt::PlainText &&
           label->text().contains(QLatin1String("href"), Qt::CaseInsensitive);
}

QAccessibleInterface* createInterface(const QString& className, QObject* object)
{
    if (className != QLatin1String("QLabel"))
        return nullptr;
    auto* label = qobject_cast<QLabel*>(object);
    if (label && (label->property(enabledProperty).toBool() || hasLinks(label)))
        return new LinkLabelAccessible(label);
    return nullptr;
}

} // namespace

LinkLabelAccessible::LinkLabelAccessible(QLabel* label)
    : QAccessibleWidget(label, QAccessible::StaticText)
{
}

LinkLabelAccessible::~LinkLabelAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_links))
        QAccessible::deleteAccessibleInterface(id);
}

void LinkLabelAccessible::enable(QLabel* label)
{
    static const bool installed = [] {
        QAccessible::installFactory(&createInterface);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(enabledProperty, true);
    // An interface made before (setAccessibleName() makes one) goes, so that the next query
    // makes this one.
    QAccessibleInterface* existing = QAccessible::queryAccessibleInterface(label);
    if (existing && !dynamic_cast<LinkLabelAccessible*>(existing))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(existing));
}

QList<LinkLabelAccessible::Link> LinkLabelAccessible::links(const QLabel* label)
{
    QList<Link> found;
    if (!label || !hasLinks(label))
        return found;
    QTextDocument document;
    document.setHtml(label->text());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString lastHref;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            const QString text = QString(fragment.text()).remove(QChar(0x200B));
            if (href.isEmpty()) {
                lastHref.clear();
                continue;
            }
            // A link with bold or italic parts is several fragments with the same address.
            if (href == lastHref && !found.isEmpty())
                found.last().text += text;
            else
                found.append({text, href});
            lastHref = href;
        }
    }
    for (Link& link : found)
        link.text = link.text.simplified();
    return found;
}

void LinkLabelAccessible::activate(QLabel* label, const QString& href)
{
    if (label->openExternalLinks())
        QDesktopServices::openUrl(QUrl(href));
    else
        emit label->linkActivated(href);
}

QLabel* LinkLabelAccessible::label() const
{
    return static_cast<QLabel*>(widget());
}

QString LinkLabelAccessible::text(QAccessible::Text type) const
{
    if (type != QAccessible::Name || !label()->accessibleName().isEmpty())
        return QAccessibleWidget::text(type);
    // What the label shows, as Qt's own label interface reads it (QAccessibleWidget would read
    // the caption of a label whose buddy this one is).
    QTextDocument document;
    document.setHtml(label()->text());
    return document.toPlainText().remove(QChar(0x200B)).simplified();
}

QList<QPair<QAccessibleInterface*, QAccessible::Relation>>
LinkLabelAccessible::relations(QAccessible::Relation match) const
{
    auto related = QAccessibleWidget::relations(match);
    if (match.testFlag(QAccessible::Labelled) && label()->buddy())
        related.append(
            {QAccessible::queryAccessibleInterface(label()->buddy()), QAccessible::Labelled});
    return related;
}

int LinkLabelAccessible::childCount() const
{
    return static_cast<int>(links(label()).size());
}

QAccessibleInterface* LinkLabelAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_links.constFind(index); found != m_links.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto* link = new LabelLinkAccessible(label(), index);
    m_links.insert(index, QAccessible::registerAccessibleInterface(link));
    return link;
}

int LinkLabelAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* link = dynamic_cast<const LabelLinkAccessible*>(child);
    if (!link || link->parent() != this)
        return -1;
    return link->index();
}
