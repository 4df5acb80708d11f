#include "common/InlineMessage.h"

#include "common/ToneColors.h"

#include <QAccessible>
#include <QPainter>
#include <QStyle>

namespace {

constexpr int barWidth = 4;
constexpr int padding = 6;

int iconSize(const QWidget* widget)
{
    return widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
}

} // namespace

InlineMessage::InlineMessage(QWidget* parent, Kind kind)
    : QLabel(parent)
    , m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(barWidth + 2 * padding + iconSize(this), padding, padding, padding);
    setKind(kind);
}

InlineMessage* InlineMessage::create(QWidget* parent, const QString& objectName, Kind kind)
{
    auto* message = new InlineMessage(parent, kind);
    message->setObjectName(objectName);
    message->hide();
    return message;
}

void InlineMessage::setKind(Kind kind)
{
    m_kind = kind;
    switch (kind) {
    case Kind::Error:
        setAccessibleDescription(tr("Error"));
        break;
    case Kind::Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case Kind::Information:
        setAccessibleDescription(tr("Information"));
        break;
    }
    update();
}

void InlineMessage::showMessage(const QString& text, Kind kind)
{
    setKind(kind);
    setText(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    if (isVisible()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    show();
}

ToneColors::Tone InlineMessage::tone() const
{
    switch (m_kind) {
    case Kind::Error:
        return ToneColors::Tone::Bad;
    case Kind::Warning:
        return ToneColors::Tone::Attention;
    case Kind::Information:
        break;
    }
    return ToneColors::Tone::Information;
}

QSize InlineMessage::sizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::sizeHint();
}

QSize InlineMessage::minimumSizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::minimumSizeHint();
}

int InlineMessage::heightForWidth(int width) const
{
    return text().isEmpty() ? 0 : QLabel::heightForWidth(width);
}

void InlineMessage::paintEvent(QPaintEvent* event)
{
    // Many callers set the text as on any label and leave it shown: without text there is no
    // message, so nothing to draw (and no room taken: sizeHint()).
    if (text().isEmpty())
        return;
    {
        QPainter painter(this);
        const QColor window = palette().color(QPalette::Window);
        painter.fillRect(rect(), ToneColors::tint(tone(), palette(), window));
        painter.fillRect(QRect(0, 0, barWidth, height()),
                         ToneColors::mark(tone(), palette(), window));
        const QStyle::StandardPixmap icon = m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                            : m_kind == Kind::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        const int size = iconSize(this);
        style()
            ->standardIcon(icon, nullptr, this)
            .paint(&painter, barWidth + padding, padding, size, size);
    }
    QLabel::paintEvent(event);
}

void InlineMessage::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    if (!text().isEmpty()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
