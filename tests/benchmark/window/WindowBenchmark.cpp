// How long the Leads directory of a workspace takes to show its first rows after the main window
// appears, as the app opens it (issue 13: with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 too). Prints
// one line per run and the median; never asserts a time. Run it on a copy of the workspace (the
// first open migrates an older file).
#include "common/DirectoryView.h"
#include "leads/LeadsModule.h"
#include "main/MainWindow.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace {

/// Notes when the window is first exposed and when the view's viewport is first painted with
/// rows in its model.
class PaintWatch : public QObject {
public:
    QElapsedTimer clock;
    qint64 exposedAt = -1;
    qint64 rowsPaintedAt = -1;
    QWidget* window = nullptr;
    QTableView* view = nullptr;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (exposedAt < 0 && window && watched == static_cast<QObject*>(window->windowHandle()) &&
            event->type() == QEvent::Expose && window->windowHandle()->isExposed())
            exposedAt = clock.nsecsElapsed();
        if (rowsPaintedAt < 0 && view && watched == view->viewport() &&
            event->type() == QEvent::Paint && view->model() && view->model()->rowCount() > 0 &&
            view->model()->index(0, 0).data().isValid())
            // the paint that shows them follows this event at once
            QTimer::singleShot(0, this, [this] {
                if (rowsPaintedAt < 0)
                    rowsPaintedAt = clock.nsecsElapsed();
            });
        return false;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Settings of their own: the benchmark never touches the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskBenchmark"));
    QCoreApplication::setApplicationName(QStringLiteral("WindowBenchmark"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Time from the main window appearing to the Leads directory showing its first rows."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("workspace"));
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    QTextStream out(stdout);
    if (path.isEmpty()) {
        out << "--workspace FILE is required\n";
        return 2;
    }
    QSettings().clear();

    QList<double> figures;
    for (int run = 0; run < repeat; ++run) {
        PaintWatch watch;
        app.installEventFilter(&watch);
        auto window = std::make_unique<MainWindow>();
        watch.window = window.get();
        watch.clock.start();
        if (auto opened = window->openWorkspace(path); !opened) {
            out << "cannot open " << path << ": " << opened.error().message << '\n';
            return 1;
        }
        const qint64 openedAt = watch.clock.nsecsElapsed();
        window->showModule(MainWindow::Module::Leads);
        watch.view = window->leadsModule()->directory()->table();
        window->show();
        QElapsedTimer limit;
        limit.start();
        while ((watch.exposedAt < 0 || watch.rowsPaintedAt < 0) && limit.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        app.removeEventFilter(&watch);
        if (watch.rowsPaintedAt < 0 || watch.exposedAt < 0) {
            out << "run " << run + 1 << ": no rows within 120 s\n";
            return 1;
        }
        const double ms = double(watch.rowsPaintedAt - watch.exposedAt) / 1e6;
        out << "run " << run + 1 << ": open " << double(openedAt) / 1e6
            << " ms, window appeared -> first rows painted " << ms << " ms (rows "
            << watch.view->model()->rowCount() << ", accessibility active "
            << (QAccessible::isActive() ? "yes" : "no") << ")\n";
        out.flush();
        figures << ms;
        window.reset();
    }
    std::sort(figures.begin(), figures.end());
    out << "median window appeared -> first rows painted: " << figures.at(figures.size() / 2)
        << " ms over " << figures.size() << " runs; platform " << QApplication::platformName()
        << ", accessibility active " << (QAccessible::isActive() ? "yes" : "no") << '\n';
    return 0;
}
