#pragma once

#include <QColor>

class QLabel;
class QPalette;

/// Colours that say something (good, needs attention, bad, neutral, information), derived from
/// the palette: Qt's palette has no role for them, so the hue says the tone and the background's
/// lightness the shade (dark on a light window, light on a dark one); neutral and information
/// are the palette's own placeholder and highlight colours. Nothing in ui/ writes a colour value.
class ToneColors {
public:
    enum class Tone { Good, Attention, Bad, Neutral, Information };

    /// Text or a mark in tone, readable on background.
    static QColor mark(Tone tone, const QPalette& palette, const QColor& background);
    /// A faint tint of background towards tone, for an area behind palette text.
    static QColor tint(Tone tone, const QPalette& palette, const QColor& background);
    /// Shows label as a status badge in tone (bold text in the tone on a tint of the window).
    static void applyBadge(QLabel* label, Tone tone);
};
