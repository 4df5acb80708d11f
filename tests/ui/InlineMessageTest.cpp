#include "CatchQt.h"
#include "DarkPalette.h"

#include "common/InlineMessage.h"
#include "common/ToneColors.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTest>
#include <QVBoxLayout>

namespace {

/// The colour most of image's pixels have.
QRgb mostUsedColour(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(most))
            most = it.key();
    return most;
}

} // namespace

TEST_CASE("Tone colours come from the palette and stay readable on light and dark windows",
          "[ui][look]")
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    const QPalette dark = darkPalette();
    for (const ToneColors::Tone tone :
         {ToneColors::Tone::Good, ToneColors::Tone::Attention, ToneColors::Tone::Bad}) {
        INFO(int(tone));
        // Darker than the background on a light window, lighter on a dark one.
        CHECK(ToneColors::mark(tone, light, Qt::white).lightnessF() < 0.5);
        CHECK(ToneColors::mark(tone, dark, dark.color(QPalette::Window)).lightnessF() > 0.5);
        // A tint stays on the background's side.
        CHECK(ToneColors::tint(tone, light, Qt::white).lightnessF() > 0.8);
        CHECK(ToneColors::tint(tone, dark, dark.color(QPalette::Window)).lightnessF() < 0.3);
    }
    const QColor bad = ToneColors::mark(ToneColors::Tone::Bad, light, Qt::white);
    CHECK(bad.red() > bad.green());
    CHECK(ToneColors::mark(ToneColors::Tone::Information, dark, Qt::black) ==
          dark.color(QPalette::Highlight));
    CHECK(ToneColors::mark(ToneColors::Tone::Neutral, dark, Qt::black) ==
          dark.color(QPalette::PlaceholderText));
}

TEST_CASE("An inline message shows its text to the eye and to a screen reader", "[ui][look]")
{
    QWidget window;
    InlineMessage* message = InlineMessage::create(&window, QStringLiteral("saveProblem"));
    window.show();
    CHECK(message->objectName() == QStringLiteral("saveProblem"));
    CHECK_FALSE(message->isVisible());
    CHECK(message->styleSheet().isEmpty());

    message->showMessage(QStringLiteral("A name is required."));
    CHECK(message->isVisible());
    CHECK(message->kind() == InlineMessage::Kind::Error);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(message);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == QStringLiteral("A name is required."));
    CHECK(accessible->text(QAccessible::Description) == QStringLiteral("Error"));

    message->showMessage(QStringLiteral("The link expires tomorrow."),
                         InlineMessage::Kind::Information);
    CHECK(message->kind() == InlineMessage::Kind::Information);
    CHECK(accessible->text(QAccessible::Name) == QStringLiteral("The link expires tomorrow."));
    CHECK(accessible->text(QAccessible::Description) == QStringLiteral("Information"));

    message->showMessage(QString());
    CHECK_FALSE(message->isVisible());
}

TEST_CASE("An inline message is painted in the palette's colours, light or dark", "[ui][look]")
{
    const QPalette before = QApplication::palette();
    for (const QPalette& palette : {before, darkPalette()}) {
        QApplication::setPalette(palette);
        InlineMessage message(nullptr, InlineMessage::Kind::Warning);
        message.setText(QStringLiteral("Check the address."));
        message.resize(300, 40);
        const QImage image = message.grab().toImage();
        const QColor window = palette.color(QPalette::Window);
        const QColor background = QColor(mostUsedColour(image));
        // The background is a tint of the window, on the same side of light and dark.
        const QColor tint = ToneColors::tint(ToneColors::Tone::Attention, palette, window);
        INFO(background.name().toStdString() << " " << tint.name().toStdString());
        CHECK(qAbs(background.red() - tint.red()) <= 1);
        CHECK(qAbs(background.green() - tint.green()) <= 1);
        CHECK(qAbs(background.blue() - tint.blue()) <= 1);
        CHECK((background.lightnessF() < 0.5) == (window.lightnessF() < 0.5));
        // The text keeps the palette's text colour, which the palette makes readable.
        CHECK(message.palette().color(QPalette::WindowText) == palette.color(QPalette::WindowText));
    }
    QApplication::setPalette(before);
}

TEST_CASE("An inline message without text takes no room and draws nothing, however it was emptied",
          "[ui][look]")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* message = new InlineMessage(&window);
    layout->addWidget(message);
    // A caller that sets the text directly, as to any label, and never hides it.
    message->setText(QString());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(message->sizeHint().height() == 0);
    CHECK(message->minimumSizeHint().height() == 0);
    QImage empty = message->grab().toImage();
    bool blank = true;
    const QColor background = window.palette().color(QPalette::Window);
    for (int y = 0; y < empty.height() && blank; ++y)
        for (int x = 0; x < empty.width() && blank; ++x)
            blank = QColor(empty.pixel(x, y)) == background;
    CHECK(blank);

    message->setText(QStringLiteral("Something went wrong."));
    CHECK(message->sizeHint().height() > 0);
}
