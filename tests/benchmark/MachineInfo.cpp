#include "MachineInfo.h"

#include <sqlite3.h>

#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace {

/// The value of the first "name : value" line of a /proc file, or an empty string.
QString procField(const QString& path, const QByteArray& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == name)
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

} // namespace

QJsonObject MachineInfo::describe()
{
    const QString memTotal = procField(QStringLiteral("/proc/meminfo"), "MemTotal"); // "N kB"
    const double ramGiB = memTotal.section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0 / 1024.0;
    return QJsonObject{
        {QStringLiteral("cpu"), procField(QStringLiteral("/proc/cpuinfo"), "model name")},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("ram_gib"), qRound(ramGiB * 10) / 10.0},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("load_average_at_start"), loadAverage()},
    };
}

QString MachineInfo::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}
