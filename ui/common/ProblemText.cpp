#include "common/ProblemText.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

QColor ProblemText::color(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

void ProblemText::mark(QLabel* label, bool problem)
{
    QPalette palette = label->palette();
    const QPalette normal = QApplication::palette(label);
    palette.setColor(QPalette::WindowText,
                     problem ? color(normal) : normal.color(QPalette::WindowText));
    label->setPalette(palette);
}
