// directory_benchmark: the Leads directory at a million leads (SPEC 7, issue 5 point 6) against
// the raw SQLite C API and Qt's QSqlTableModel. See README.md, "Benchmark".
#include "BenchmarkOptions.h"
#include "DirectoryBenchmark.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    // No display needed: the model and the stock model only need an application object.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskBenchmark"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDeskBenchmark"));

    auto options = BenchmarkOptions::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "directory_benchmark: " << options.error().message << Qt::endl
                            << BenchmarkOptions::usage() << Qt::endl;
        return 2;
    }
    if (options->help) {
        QTextStream(stdout) << BenchmarkOptions::usage() << Qt::endl;
        return 0;
    }
    DirectoryBenchmark benchmark(options.value());
    return benchmark.run();
}
