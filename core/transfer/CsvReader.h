#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

class QIODevice;

/// Reads CSV (RFC 4180) record by record from a device, without loading it: quoted fields may
/// hold delimiters, doubled quotes ("") and line breaks; UTF-8 with or without a byte order
/// mark; CRLF, LF or CR line ends; the delimiter (comma, semicolon or tab) is detected from the
/// first line. Blank lines are skipped. Lenient where spreadsheets are: a quote inside an
/// unquoted field, or text after a closing quote, is kept as text.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    /// A record longer than this (in characters) is refused: usually a quote that never closes.
    static constexpr qsizetype maxRecordLength = 16 * 1024 * 1024;

    /// device must be open for reading; the reader does not own it.
    explicit CsvReader(QIODevice* device);
    ~CsvReader();

    /// Uses delimiter instead of detecting it. Call before the first readRecord().
    void setDelimiter(QChar delimiter);
    /// The delimiter in use; detected by the first readRecord() unless set.
    QChar delimiter() const { return m_delimiter; }

    /// Reads the next record into fields: true when one was read, false at the end of the input.
    /// Malformed input (a quote that never closes, text that is not UTF-8) is an Invalid error
    /// naming its line; a device that cannot be read a Storage error.
    Result<bool> readRecord(QStringList& fields);
    /// The physical line (1 for the first) where the last record read starts.
    qint64 recordLine() const { return m_recordLine; }
    /// The physical line where the last record read ends (after its line breaks in quotes).
    qint64 recordEndLine() const { return m_recordEndLine; }
    QIODevice* device() const { return m_device; }
    /// Bytes taken from the device so far (read ahead in blocks).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    /// Decodes the next block of the device after what is left unread; false at the end.
    Result<bool> fill();
    Result<void> detectDelimiter();

    QIODevice* m_device;
    QStringDecoder m_decoder;
    QByteArray m_lastBytes; ///< the end of the last block read, to find a character cut off
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_invalidText = false; ///< the input has a byte sequence that is not UTF-8
    QChar m_delimiter = QLatin1Char(',');
    bool m_delimiterKnown = false;
    bool m_skipLineFeed = false; ///< the last line ended with CR: a following LF belongs to it
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_recordEndLine = 0;
    qint64 m_bytesRead = 0;
};
