#include "main/ApplicationIcon.h"

#include <QApplication>

QIcon ApplicationIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/channeldesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString ApplicationIcon::desktopFileName()
{
    return QStringLiteral("org.channeldesk.ChannelDesk");
}

void ApplicationIcon::install()
{
    QApplication::setWindowIcon(icon());
    QGuiApplication::setDesktopFileName(desktopFileName());
}
