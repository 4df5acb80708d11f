#pragma once

#include <QIcon>
#include <QString>

/// The application's icon and desktop identity (resources/): every top-level window shows the
/// icon, and the desktop matches windows to resources/linux/APP_ID.desktop.
class ApplicationIcon {
public:
    static QIcon icon();
    static QString desktopFileName();
    /// Sets both on the running application.
    static void install();
};
