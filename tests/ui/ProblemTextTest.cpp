#include "CatchQt.h"

#include "common/ProblemText.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

TEST_CASE("Reasons are shown in an error colour that the palette's background keeps readable",
          "[ui][look]")
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    // Darker than the background on a light window, lighter on a dark one.
    CHECK(ProblemText::color(light).lightnessF() < 0.5);
    CHECK(ProblemText::color(dark).lightnessF() > 0.5);
    CHECK(ProblemText::color(light).red() > ProblemText::color(light).green());

    QLabel label(QStringLiteral("A name is required."));
    const QColor normal = label.palette().color(QPalette::WindowText);
    ProblemText::mark(&label);
    CHECK(label.palette().color(QPalette::WindowText) ==
          ProblemText::color(QApplication::palette(&label)));
    CHECK(label.styleSheet().isEmpty());
    ProblemText::mark(&label, false);
    CHECK(label.palette().color(QPalette::WindowText) == normal);
}
