#include "app/CommandLine.h"
#include "app/StartupWorkspace.h"
#include "demo/DemoVolume.h"
#include "main/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
}

void installTranslators(QCoreApplication& app)
{
    for (const QString& name : {QStringLiteral("qtbase"), QStringLiteral("channeldesk")}) {
        auto* translator = new QTranslator(&app);
        const QString dir = name == QLatin1String("qtbase")
                                ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                : QStringLiteral(":/translations");
        if (translator->load(QLocale(), name, QStringLiteral("_"), dir))
            app.installTranslator(translator);
    }
}

int writeDemo(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QTextStream err(stderr);
    const auto progress = [&err](qint64 done, qint64 total) {
        err << '\r' << QCoreApplication::translate("main", "Generating %1 of %2 records")
                            .arg(done)
                            .arg(total)
            << Qt::flush;
        if (done == total)
            err << Qt::endl;
    };
    const QString path = request.demoPath;
    if (auto created = DemoVolume::create(path, request.demoLeads, request.demoPartners, progress);
        !created) {
        QTextStream(stderr) << "channeldesk: " << created.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("main", "Wrote the demo workspace %1")
                               .arg(QDir::toNativeSeparators(path))
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLineRequest request = CommandLine::parse(arguments);
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
        QTextStream(stdout) << request.text << Qt::endl;
        return 0;
    case CommandLineRequest::Action::Fail:
        QTextStream(stderr) << "channeldesk: " << request.text << Qt::endl
                            << "Try 'channeldesk --help'." << Qt::endl;
        return 2;
    case CommandLineRequest::Action::WriteDemo:
        return writeDemo(argc, argv, request);
    case CommandLineRequest::Action::OpenWindow:
        break;
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);

    // A path typed on the command line is answered on the command line; other start-up
    // failures are shown in a dialog too, since the app may have been started from a menu.
    const bool typedPath = !request.workspacePath.isEmpty();
    auto fail = [typedPath](const QString& message) {
        QTextStream(stderr) << "channeldesk: " << message << Qt::endl;
        if (!typedPath)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "ChannelDesk"),
                                  message);
        return 1;
    };
    const QString lastPath = QSettings().value(MainWindow::lastWorkspaceKey()).toString();
    auto path = StartupWorkspace::choose(request.workspacePath, lastPath, Workspace::defaultPath());
    if (!path)
        return fail(path.error().message);

    MainWindow window;
    if (auto opened = window.openWorkspace(path.value()); !opened) {
        if (typedPath || path.value() == Workspace::defaultPath())
            return fail(opened.error().message);
        // The last workspace is gone or broken: say so, then fall back to the default one.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "ChannelDesk"),
                             opened.error().message);
        auto fallback = StartupWorkspace::ensureDefault(Workspace::defaultPath());
        if (!fallback)
            return fail(fallback.error().message);
        if (auto reopened = window.openWorkspace(fallback.value()); !reopened)
            return fail(reopened.error().message);
    }
    window.show();
    if (!request.activationLink.isEmpty())
        QTimer::singleShot(0, &window, [&window, link = request.activationLink] {
            window.acceptInvitation(link);
        });
    return app.exec();
}
