#include "BenchmarkReport.h"

#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace {

QString figure(const std::optional<double>& value, BenchmarkRow::Unit unit)
{
    if (!value)
        return QStringLiteral("n/a");
    const double v = *value;
    if (unit == BenchmarkRow::Unit::RowsPerSecond)
        return QStringLiteral("%1 rows/s").arg(QString::number(v, 'f', 0));
    const QString suffix =
        unit == BenchmarkRow::Unit::MiB ? QStringLiteral(" MiB") : QStringLiteral(" ms");
    const int decimals = v < 10 ? 2 : v < 1000 ? 1 : 0;
    return QString::number(v, 'f', decimals) + suffix;
}

QString times(const std::optional<double>& value)
{
    if (!value)
        return QStringLiteral("\u2013");
    const int decimals = *value < 10 ? 2 : *value < 100 ? 1 : 0;
    return QString::number(*value, 'f', decimals) + QStringLiteral("\u00d7");
}

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(qRound64(*value * 1000) / 1000.0) : QJsonValue();
}

QString unitName(BenchmarkRow::Unit unit)
{
    switch (unit) {
    case BenchmarkRow::Unit::Milliseconds:
        return QStringLiteral("ms");
    case BenchmarkRow::Unit::RowsPerSecond:
        return QStringLiteral("rows/s");
    case BenchmarkRow::Unit::MiB:
        return QStringLiteral("MiB");
    }
    return {};
}

} // namespace

void BenchmarkReport::printTable(QTextStream& out) const
{
    const QStringList headers{QStringLiteral("operation"),        QStringLiteral("ChannelDesk"),
                              QStringLiteral("raw SQLite floor"), QStringLiteral("ratio"),
                              QStringLiteral("QSqlTableModel"),   QStringLiteral("speed-up"),
                              QStringLiteral("target"),           QStringLiteral("met?")};
    QList<QStringList> lines;
    QStringList notes;
    for (const BenchmarkRow& row : m_rows) {
        const std::optional<bool> met = row.met();
        QString operation = row.operation;
        if (!row.note.isEmpty()) {
            notes << QStringLiteral("[%1] %2").arg(notes.size() + 1).arg(row.note);
            operation += QStringLiteral(" [%1]").arg(notes.size());
        }
        lines << QStringList{operation,
                             figure(row.ours, row.unit),
                             figure(row.floor, row.unit),
                             times(row.ratio()),
                             figure(row.stock, row.unit),
                             times(row.speedup()),
                             row.targetText(),
                             met ? (*met ? QStringLiteral("yes") : QStringLiteral("NO"))
                                 : QStringLiteral("\u2013")};
    }
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths << header.size();
    for (const QStringList& line : std::as_const(lines))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());

    const auto print = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (i == 0 || i >= 6 ? cells[i].leftJustified(widths[i])
                                        : cells[i].rightJustified(widths[i]));
        out << QStringLiteral("| ") << padded.join(QStringLiteral(" | ")) << QStringLiteral(" |")
            << Qt::endl;
    };
    print(headers);
    QStringList rule;
    for (qsizetype i = 0; i < headers.size(); ++i)
        rule << QString(widths[i], QLatin1Char('-'));
    out << QStringLiteral("|-") << rule.join(QStringLiteral("-|-")) << QStringLiteral("-|")
        << Qt::endl;
    for (const QStringList& line : std::as_const(lines))
        print(line);
    for (const QString& note : std::as_const(notes))
        out << note << Qt::endl;
}

QString BenchmarkReport::jsonLine() const
{
    QJsonObject results;
    for (const BenchmarkRow& row : m_rows) {
        const std::optional<bool> met = row.met();
        QJsonObject entry{
            {QStringLiteral("operation"), row.operation},
            {QStringLiteral("unit"), unitName(row.unit)},
            {QStringLiteral("channeldesk"), json(row.ours)},
            {QStringLiteral("floor"), json(row.floor)},
            {QStringLiteral("ratio"), json(row.ratio())},
            {QStringLiteral("stock"), json(row.stock)},
            {QStringLiteral("speedup"), json(row.speedup())},
            {QStringLiteral("repetitions"), row.repetitions},
            {QStringLiteral("stock_repetitions"), row.stockRepetitions},
            {QStringLiteral("target"), row.targetText()},
            {QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue()},
        };
        if (!row.note.isEmpty())
            entry.insert(QStringLiteral("note"), row.note);
        results.insert(row.key, entry);
    }
    QJsonObject document = m_sections;
    document.insert(QStringLiteral("results"), results);
    document.insert(QStringLiteral("extra"), m_extra);
    return QStringLiteral("BENCHMARK_JSON ") +
           QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}
