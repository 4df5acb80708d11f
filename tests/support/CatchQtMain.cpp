// Catch2 runner with a Qt application object: widgets tests get a QApplication on the offscreen
// platform (no display needed), core tests a QCoreApplication. Each process gets its own empty
// settings and data folders, so test processes running in parallel never share state and the
// user's own settings are never touched. CHANNELDESK_TEST_LANGUAGE=de (ru, es) runs the widgets
// tests in that language, for screenshots (the tests' own checks expect English).
#include "CatchSession.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#ifdef CHANNELDESK_TEST_WIDGETS
#include "app/AppLanguage.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char* variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        qputenv(variable, QFile::encodeName(dir));
    }
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDeskTests"));
    QSettings().clear();
#ifdef CHANNELDESK_TEST_WIDGETS
    if (const QString language = qEnvironmentVariable("CHANNELDESK_TEST_LANGUAGE");
        !language.isEmpty() && !AppLanguage::install(language).application)
        return 1;
#endif
    return runCatchSession(argc, argv);
}
