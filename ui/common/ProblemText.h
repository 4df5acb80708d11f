#pragma once

#include <QColor>

class QLabel;
class QPalette;

/// How a reason or an error reads on screen: in an error colour chosen for the palette (a dark
/// red on a light window, a light red on a dark one), set through the label's palette so that
/// a theme change or a dark desktop never leaves red text unreadable.
class ProblemText {
public:
    static QColor color(const QPalette& palette);
    /// Shows label's text as a problem, or (problem false) in the normal text colour again.
    static void mark(QLabel* label, bool problem = true);
};
