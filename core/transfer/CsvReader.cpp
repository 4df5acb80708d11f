#include "transfer/CsvReader.h"

#include <QIODevice>

namespace {

constexpr qint64 blockSize = 256 * 1024;
constexpr qsizetype maxHeaderScan = 1024 * 1024;

const QChar quote = QLatin1Char('"');
const QChar cr = QLatin1Char('\r');
const QChar lf = QLatin1Char('\n');

/// Whether bytes end inside a UTF-8 sequence: a lead byte without all its continuation bytes.
bool endsMidCharacter(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= qMin<qsizetype>(4, bytes.size()); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
    , m_decoder(QStringConverter::Utf8)
{
}

CsvReader::~CsvReader() = default;

void CsvReader::setDelimiter(QChar delimiter)
{
    m_delimiter = delimiter;
    m_delimiterKnown = true;
}

Result<bool> CsvReader::fill()
{
    const auto notUtf8 = [this] {
        return Error{ErrorCode::Invalid,
                     tr("Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and "
                        "try again.")
                         .arg(m_line)};
    };
    if (m_invalidText)
        return notUtf8();
    if (m_atEnd)
        return false;
    QByteArray block(blockSize, Qt::Uninitialized);
    const qint64 read = m_device->read(block.data(), blockSize);
    if (read < 0)
        return Error{ErrorCode::Storage,
                     tr("The file could not be read: %1").arg(m_device->errorString())};
    if (read == 0) {
        m_atEnd = true;
        // The decoder keeps an unfinished character for the next block: there is none.
        if (endsMidCharacter(m_lastBytes)) {
            m_invalidText = true;
            return notUtf8();
        }
        return false;
    }
    m_bytesRead += read;
    block.truncate(read);
    m_lastBytes = (m_lastBytes + block).right(4); // a last block may be shorter than a character
    QString text = m_decoder.decode(block);
    if (m_decoder.hasError()) {
        // Keep the text before the first bad byte; the next fill() reports its line.
        m_invalidText = true;
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        text.truncate(bad < 0 ? 0 : bad);
    }
    if (m_pos >= m_buffer.size())
        m_buffer = text;
    else
        m_buffer = m_buffer.mid(m_pos) + text;
    m_pos = 0;
    return true;
}

Result<void> CsvReader::detectDelimiter()
{
    // Read until the buffer holds the whole first line (outside quotes), or enough of it.
    for (;;) {
        bool inQuotes = false;
        bool complete = false;
        for (qsizetype i = m_pos; i < m_buffer.size() && !complete; ++i) {
            const QChar c = m_buffer.at(i);
            if (c == quote)
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == cr || c == lf))
                complete = true;
        }
        if (complete || m_buffer.size() - m_pos > maxHeaderScan)
            break;
        auto more = fill();
        if (!more)
            return more.error();
        if (!more.value())
            break;
    }
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[] = {0, 0, 0};
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == quote) {
            inQuotes = !inQuotes;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == cr || c == lf)
            break;
        for (int k = 0; k < 3; ++k)
            if (c == candidates[k])
                ++counts[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best])
            best = k;
    m_delimiter = candidates[best];
    m_delimiterKnown = true;
    return {};
}

Result<bool> CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    if (!m_delimiterKnown)
        if (auto detected = detectDelimiter(); !detected)
            return detected.error();
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QString field;
    bool started = false; // a character of this record has been taken
    qsizetype length = 0;
    qint64 quoteLine = 0;
    bool quotedCr = false; // the quoted text read so far ends with CR (its LF may follow)
    const QChar delimiter = m_delimiter;
    auto tooLong = [this] {
        return Error{ErrorCode::Invalid,
                     tr("Line %1: the record is longer than %2 million characters. Is a closing "
                        "quote (\") missing?")
                         .arg(m_recordLine)
                         .arg(maxRecordLength / (1024 * 1024))};
    };

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            auto more = fill();
            if (!more)
                return more.error();
            if (more.value())
                continue;
            if (state == State::Quoted)
                return Error{ErrorCode::Invalid,
                             tr("Line %1: a quoted field is never closed: a quote (\") is missing.")
                                 .arg(quoteLine)};
            if (!started)
                return false;
            fields << field;
            m_recordEndLine = m_line; // the last line, without a line end
            return true;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (data[m_pos] == lf) {
                ++m_pos;
                continue;
            }
        }
        if (!started)
            m_recordLine = m_line;

        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                started = true;
                ++m_pos;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            qsizetype end = m_pos;
            while (end < size && data[end] != delimiter && data[end] != cr && data[end] != lf)
                ++end;
            if (end > m_pos) {
                field.append(data + m_pos, end - m_pos);
                length += end - m_pos;
                started = true;
                if (length > maxRecordLength)
                    return tooLong();
            }
            m_pos = end;
            if (end == size)
                break;
            const QChar c = data[m_pos++];
            if (c == delimiter) {
                fields << field;
                field.clear();
                state = State::FieldStart;
                started = true;
                break;
            }
            ++m_line;
            m_skipLineFeed = c == cr;
            if (!started) { // a blank line
                state = State::FieldStart;
                break;
            }
            fields << field;
            m_recordEndLine = m_line - 1; // the line end just read closed it
            return true;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size && data[end] != quote) {
                // CRLF, LF or a lone CR: one line each.
                if (data[end] == cr || (data[end] == lf && !quotedCr))
                    ++m_line;
                quotedCr = data[end] == cr;
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            length += end - m_pos;
            if (length > maxRecordLength)
                return tooLong();
            m_pos = end;
            if (end < size) {
                ++m_pos;
                quotedCr = false;
                state = State::AfterQuote;
            }
            break;
        }
        case State::AfterQuote:
            if (data[m_pos] == quote) {
                field.append(quote);
                ++m_pos;
                state = State::Quoted;
            } else {
                state = State::Unquoted; // the field ends here, or text follows the quote
            }
            break;
        }
    }
}
