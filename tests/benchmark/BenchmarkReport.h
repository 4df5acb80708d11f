#pragma once

#include "BenchmarkRow.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

/// The benchmark's output: an aligned table for people and one `BENCHMARK_JSON {…}` line for
/// scripts, with every figure, the workspace and the machine.
class BenchmarkReport {
public:
    void add(const BenchmarkRow& row) { m_rows << row; }
    const QList<BenchmarkRow>& rows() const { return m_rows; }
    /// Leaves out the rows without a figure of ChannelDesk's (phases that did not run).
    void removeUnmeasured()
    {
        m_rows.removeIf([](const BenchmarkRow& row) { return !row.ours.has_value(); });
    }
    /// Figures that are not a table row (counts, secondary timings), kept for the JSON line.
    void setExtra(const QString& key, const QJsonValue& value) { m_extra.insert(key, value); }
    void setSection(const QString& key, const QJsonObject& value) { m_sections.insert(key, value); }

    void printTable(QTextStream& out) const;
    /// "BENCHMARK_JSON " and the compact JSON document, on one line.
    QString jsonLine() const;

private:
    QList<BenchmarkRow> m_rows;
    QJsonObject m_extra;
    QJsonObject m_sections;
};
