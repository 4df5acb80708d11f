#include "CatchQt.h"

#include "main/ApplicationIcon.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QWidget>

TEST_CASE("The application icon comes in every size the desktop asks for", "[ui][resources]")
{
    const QIcon icon = ApplicationIcon::icon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        CAPTURE(size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        REQUIRE(image.size() == QSize(size, size));
        // Rendered, not blank: the tile's blue at the centre, transparent corners.
        const QColor centre = image.pixelColor(size / 2, size * 3 / 8);
        CHECK(centre.alpha() == 255);
        CHECK(image.pixelColor(0, 0).alpha() < 64);
    }
}

TEST_CASE("Every top-level window shows the application icon", "[ui][resources]")
{
    const QIcon before = QApplication::windowIcon();
    ApplicationIcon::install();
    QWidget window;
    CHECK(window.windowIcon().cacheKey() == QApplication::windowIcon().cacheKey());
    CHECK(window.windowIcon().availableSizes().contains(QSize(48, 48)));
    CHECK(QGuiApplication::desktopFileName() == QStringLiteral("org.channeldesk.ChannelDesk"));
    QApplication::setWindowIcon(before);
}
