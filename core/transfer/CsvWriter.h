#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

/// Writes CSV (RFC 4180) records to a device: UTF-8, CRLF line ends, a field quoted when it holds
/// the delimiter, a quote, a line break or edge spaces. Every cell is escaped against CSV
/// injection first (escapeFormula), so a spreadsheet never runs a cell as a formula.
class CsvWriter {
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    /// device must be open for writing; the writer does not own it. With byteOrderMark, the
    /// UTF-8 byte order mark (which tells Excel the file is UTF-8) precedes the first record.
    explicit CsvWriter(QIODevice* device, bool byteOrderMark = false);

    /// Comma unless set; call before the first record.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    /// Writes one record; false when the device refused it (see errorString()).
    bool writeRecord(const QStringList& cells);
    /// Hands what a file device buffers to the system; false when it cannot (a full disk).
    bool finish();
    /// Why the last write failed: the device's text, or the system's (errno) when the device has
    /// none, as when a file takes only part of a block and then nothing (a full disk).
    QString errorString() const;

    /// cell with a leading apostrophe when it starts with = + - @ tab or carriage return, which a
    /// spreadsheet would run as a formula (OWASP CSV injection); else cell unchanged. A cell
    /// that is apostrophes then such a character gets one more, so the escape can be undone.
    static QString escapeFormula(const QString& cell);
    /// Undoes escapeFormula (for reading back an exported file): "'=1" is "=1".
    static QString unescapeFormula(const QString& cell);
    /// cell as a CSV field: quoted, with doubled quotes, when it needs to be.
    static QString quoted(const QString& cell, QChar delimiter = QLatin1Char(','));

private:
    QIODevice* m_device;
    QChar m_delimiter = QLatin1Char(',');
    bool m_bomPending;
    QString m_line;
    int m_systemError = 0; ///< errno after the last failed write
};
