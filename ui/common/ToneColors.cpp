#include "common/ToneColors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

QColor ToneColors::mark(Tone tone, const QPalette& palette, const QColor& background)
{
    const bool dark = background.lightnessF() < 0.5;
    switch (tone) {
    case Tone::Good:
        return QColor::fromHslF(125 / 360.0, 0.50, dark ? 0.68 : 0.30);
    case Tone::Attention:
        return QColor::fromHslF(36 / 360.0, 0.90, dark ? 0.65 : 0.33);
    case Tone::Bad:
        return QColor::fromHslF(4 / 360.0, 0.70, dark ? 0.75 : 0.41);
    case Tone::Neutral:
        return palette.color(QPalette::PlaceholderText);
    case Tone::Information:
        break;
    }
    return palette.color(QPalette::Highlight);
}

QColor ToneColors::tint(Tone tone, const QPalette& palette, const QColor& background)
{
    const QColor toward = mark(tone, palette, background);
    const qreal share = 0.16;
    QColor tinted;
    tinted.setRgbF(background.redF() * (1 - share) + toward.redF() * share,
                   background.greenF() * (1 - share) + toward.greenF() * share,
                   background.blueF() * (1 - share) + toward.blueF() * share);
    return tinted;
}

void ToneColors::applyBadge(QLabel* label, Tone tone)
{
    QPalette palette = QApplication::palette(label);
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::Window, tint(tone, palette, window));
    palette.setColor(QPalette::WindowText, mark(tone, palette, window));
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setContentsMargins(8, 2, 8, 2);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}
