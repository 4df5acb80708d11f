#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace {

double statusField(const char* name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith(prefix))
            continue;
        // "VmRSS:	  123456 kB"
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const double kib = parts.value(0).toDouble(&ok);
        return ok ? kib / 1024.0 : -1;
    }
    return -1;
}

} // namespace

double ProcessMemory::residentMiB()
{
    return statusField("VmRSS");
}

double ProcessMemory::peakMiB()
{
    return statusField("VmHWM");
}

bool ProcessMemory::resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}
