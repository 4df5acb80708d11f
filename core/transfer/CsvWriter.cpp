#include "transfer/CsvWriter.h"

#include <QFile>
#include <QIODevice>

#include <cerrno>

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/// Whether cell is apostrophes then a formula character ("=1", "'=1", "''=1"…): the cells that
/// escapeFormula prefixes, so that unescapeFormula can always undo it.
bool needsEscape(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && startsFormula(cell.at(i));
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, bool byteOrderMark)
    : m_device(device)
    , m_bomPending(byteOrderMark)
{
}

QString CsvWriter::escapeFormula(const QString& cell)
{
    return needsEscape(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unescapeFormula(const QString& cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsEscape(cell))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quoted(const QString& cell, QChar delimiter)
{
    bool needsQuotes = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; i < cell.size() && !needsQuotes; ++i) {
        const QChar c = cell.at(i);
        needsQuotes = c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
                      c == QLatin1Char('\n');
    }
    if (!needsQuotes)
        return cell;
    QString result = cell;
    result.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& cells)
{
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        m_line += quoted(escapeFormula(cells.at(i)), m_delimiter);
    }
    m_line += QLatin1String("\r\n");
    QByteArray bytes = m_line.toUtf8();
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    errno = 0;
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_systemError = errno;
    return false;
}

bool CsvWriter::finish()
{
    auto* file = qobject_cast<QFileDevice*>(m_device);
    errno = 0;
    if (!file || file->flush())
        return true;
    m_systemError = errno;
    return false;
}

QString CsvWriter::errorString() const
{
    const QString text = m_device->errorString();
    // QIODevice's text when a device set none (QFileDevice on a short write).
    static const QString unknown = QFile().errorString();
    if (m_systemError != 0 && (text.isEmpty() || text == unknown))
        return qt_error_string(m_systemError);
    return text;
}
