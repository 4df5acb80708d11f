#include "transfer/ImportReport.h"

QString ImportReport::summary() const
{
    QString text =
        tr("%n imported", nullptr, int(qMin<qint64>(imported, INT_MAX))) + QStringLiteral(", ") +
        tr("%n skipped", nullptr, int(qMin<qint64>(skipped, INT_MAX))) + QLatin1Char('.');
    const QString kept =
        lastCommittedLine > 0
            ? tr("The rows up to line %1 are imported; nothing after it.").arg(lastCommittedLine)
            : tr("Nothing was imported.");
    if (cancelled)
        text += QLatin1Char(' ') + tr("Cancelled.") + QLatin1Char(' ') + kept;
    else if (failure)
        text +=
            QLatin1Char(' ') + tr("Stopped: %1").arg(failure->message) + QLatin1Char(' ') + kept;
    return text;
}

QString ImportReport::problemsText() const
{
    QStringList lines;
    for (const ImportProblem& problem : problems)
        lines << tr("Line %1: %2").arg(problem.line).arg(problem.reason);
    if (skipped > problems.size())
        lines << tr("\u2026 and %n more skipped rows.", nullptr,
                    int(qMin<qint64>(skipped - problems.size(), INT_MAX)));
    return lines.join(QLatin1Char('\n'));
}

QString ImportReport::text() const
{
    QString result = summary() + QLatin1Char('\n');
    if (skipped > 0)
        result += QLatin1Char('\n') + tr("Skipped rows:") + QLatin1Char('\n') + problemsText() +
                  QLatin1Char('\n');
    if (!notes.isEmpty())
        result += QLatin1Char('\n') + notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return result;
}
