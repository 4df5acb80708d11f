#include "CatchQt.h"

#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"

#include <QBuffer>
#include <QRandomGenerator>

namespace {

struct Record {
    QStringList fields;
    qint64 line = 0;
    qint64 endLine = 0;
};

/// Every record of bytes, or the error message of the first malformed one (as the last record).
QList<Record> readAll(const QByteArray& bytes, QString* error = nullptr, QChar* delimiter = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<Record> records;
    QStringList fields;
    for (;;) {
        auto read = reader.readRecord(fields);
        if (!read) {
            REQUIRE(error);
            CHECK(read.error().code == ErrorCode::Invalid);
            *error = read.error().message;
            break;
        }
        if (!read.value())
            break;
        records << Record{fields, reader.recordLine(), reader.recordEndLine()};
    }
    if (delimiter)
        *delimiter = reader.delimiter();
    return records;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

TEST_CASE("The CSV reader reads quoted fields with delimiters quotes and line breaks", "[csv]")
{
    const QByteArray csv = "name,description,city\r\n"
                           "\"Acme, Inc.\",\"He said \"\"hi\"\"\",Chicago\r\n"
                           "Globex,\"two\r\nlines\",Paris\r\n"
                           "Initech,\"three\nlines\nhere\",\r\n"
                           "\"\",,\"\"\r\n"
                           "last,record,without line end";
    QString error;
    const auto records = readAll(csv, &error);
    CHECK(error.isEmpty());
    REQUIRE(records.size() == 6);
    CHECK(records[0].fields == list({"name", "description", "city"}));
    CHECK(records[0].line == 1);
    CHECK(records[1].fields == list({"Acme, Inc.", "He said \"hi\"", "Chicago"}));
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == list({"Globex", "two\r\nlines", "Paris"}));
    CHECK(records[2].line == 3);
    CHECK(records[3].fields == list({"Initech", "three\nlines\nhere", ""}));
    CHECK(records[3].line == 5);
    CHECK(records[4].fields == list({"", "", ""}));
    CHECK(records[4].line == 8);
    CHECK(records[5].fields == list({"last", "record", "without line end"}));
    CHECK(records[5].line == 9);
}

TEST_CASE("The CSV reader handles BOM and line ends and blank lines", "[csv]")
{
    SECTION("UTF-8 with a byte order mark and LF")
    {
        const auto records =
            readAll("\xEF\xBB\xBFna\xC3\xAFve,caf\xC3\xA9\nM\xC3\xBCller,\xE2\x82\xAC\n");
        REQUIRE(records.size() == 2);
        CHECK(records[0].fields == list({"na\xC3\xAFve", "caf\xC3\xA9"}));
        CHECK(records[1].fields == list({"M\xC3\xBCller", "\xE2\x82\xAC"}));
    }
    SECTION("CR only line ends")
    {
        const auto records = readAll("a,b\rc,d\r\re,f");
        REQUIRE(records.size() == 3);
        CHECK(records[1].fields == list({"c", "d"}));
        CHECK(records[1].line == 2);
        CHECK(records[2].line == 4);
    }
    SECTION("CR only line ends inside a quoted field count as lines")
    {
        const auto records = readAll("a,b\r\"x\ry\",2\rc,d\r\"p\r\nq\",3\re,f\r");
        REQUIRE(records.size() == 5);
        CHECK(records[1].fields == list({"x\ry", "2"}));
        CHECK(records[2].fields == list({"c", "d"}));
        CHECK(records[2].line == 4);
        CHECK(records[3].line == 5);
        CHECK(records[4].line == 7);
        CHECK(records[1].endLine == 3);
        CHECK(records[3].endLine == 6);
        CHECK(records[4].endLine == 7);
        const auto unterminated = readAll("a,b\n\"c\nd\",e");
        REQUIRE(unterminated.size() == 2);
        CHECK(unterminated[1].line == 2);
        CHECK(unterminated[1].endLine == 3);
    }
    SECTION("blank lines are skipped but counted")
    {
        const auto records = readAll("a,b\r\n\r\n\r\nc,d\n\n");
        REQUIRE(records.size() == 2);
        CHECK(records[1].fields == list({"c", "d"}));
        CHECK(records[1].line == 4);
    }
    SECTION("an empty input has no records")
    {
        CHECK(readAll("").isEmpty());
        CHECK(readAll("\xEF\xBB\xBF").isEmpty());
    }
    SECTION("text after a closing quote and quotes inside a field are kept")
    {
        const auto records = readAll("\"ab\"cd,e\"f\"g\n");
        REQUIRE(records.size() == 1);
        CHECK(records[0].fields == list({"abcd", "e\"f\"g"}));
    }
}

TEST_CASE("The CSV reader detects the delimiter from the header line", "[csv]")
{
    QChar delimiter;
    auto records = readAll("name;city;\"a,b,c,d\"\nAcme;Chicago;x\n", nullptr, &delimiter);
    CHECK(delimiter == QLatin1Char(';'));
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == list({"Acme", "Chicago", "x"}));

    records = readAll("name\tcity\tnote, more\nAcme\tChicago, IL\tx\n", nullptr, &delimiter);
    CHECK(delimiter == QLatin1Char('\t'));
    CHECK(records[1].fields == list({"Acme", "Chicago, IL", "x"}));
    // A tie goes to the comma.
    readAll("name\tcity, state\n", nullptr, &delimiter);
    CHECK(delimiter == QLatin1Char(','));

    records = readAll("single\nvalue\n", nullptr, &delimiter);
    CHECK(delimiter == QLatin1Char(','));
    CHECK(records[1].fields == list({"value"}));

    // A header whose first line is longer than one read block.
    const QByteArray wide = QByteArray(300 * 1024, 'x') + ";y\n1;2\n";
    records = readAll(wide, nullptr, &delimiter);
    CHECK(delimiter == QLatin1Char(';'));
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == list({"1", "2"}));
}

TEST_CASE("The CSV reader names the line of malformed input", "[csv]")
{
    QString error;
    auto records = readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n", &error);
    CHECK(records.size() == 2);
    CHECK(error.contains(QStringLiteral("Line 3")));
    CHECK(error.contains(QStringLiteral("quote")));

    error.clear();
    records = readAll("a,b\n1,2\n3,4\n\xFF\xFE,3\n", &error);
    CHECK(records.size() == 3);
    CHECK(error.contains(QStringLiteral("Line 4")));
    CHECK(error.contains(QStringLiteral("UTF-8")));

    // A Latin-1 file whose last character is not followed by a line end.
    error.clear();
    records = readAll("a,b\nCaf\xE9,1\nCaf\xE9", &error);
    CHECK(records.size() == 1);
    CHECK(error.contains(QStringLiteral("Line 2")));
    CHECK(error.contains(QStringLiteral("UTF-8")));
    error.clear();
    records = readAll("a,b\n1,Caf\xC3", &error);
    CHECK(records.size() == 1);
    CHECK(error.contains(QStringLiteral("UTF-8")));

    // The cut-off character starts in one block of the reader and ends the file in the next.
    error.clear();
    QByteArray split = "a\n";
    split += QByteArray(256 * 1024 - 1 - split.size(), 'x');
    split += "\xE2\x82";
    records = readAll(split, &error);
    CHECK(error.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("The CSV reader streams a large input", "[csv]")
{
    QByteArray csv = "id,text\n";
    for (int i = 0; i < 100000; ++i)
        csv += QByteArray::number(i) + ",\"row " + QByteArray::number(i) + ", quoted\"\n";
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    REQUIRE(reader.readRecord(fields).value());
    REQUIRE(reader.readRecord(fields).value());
    CHECK(reader.bytesRead() < csv.size() / 4); // read ahead by blocks, not the whole input
    qint64 count = 1;
    QStringList last;
    while (reader.readRecord(fields).value()) {
        ++count;
        last = fields;
    }
    CHECK(count == 100000);
    CHECK(last == list({"99999", "row 99999, quoted"}));
    CHECK(reader.recordLine() == 100001);
    CHECK(reader.bytesRead() == csv.size());
}

TEST_CASE("The CSV writer escapes formulas", "[csv][security]")
{
    for (const char* dangerous : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://evil\")", "=cmd|' /C calc'!A0"}) {
        const QString cell = QString::fromUtf8(dangerous);
        CHECK(CsvWriter::escapeFormula(cell) == QLatin1Char('\'') + cell);
        CHECK(CsvWriter::unescapeFormula(CsvWriter::escapeFormula(cell)) == cell);
    }
    // Already apostrophe-prefixed text keeps its apostrophe through escape and unescape.
    CHECK(CsvWriter::escapeFormula(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(CsvWriter::unescapeFormula(QStringLiteral("''=1")) == QStringLiteral("'=1"));
    CHECK(CsvWriter::unescapeFormula(QStringLiteral("'+14155550199")) ==
          QStringLiteral("+14155550199"));
    for (const char* harmless : {"", "Acme", "a=b", "1+1", " =1", "'quoted", "'"}) {
        const QString cell = QString::fromUtf8(harmless);
        CHECK(CsvWriter::escapeFormula(cell) == cell);
        CHECK(CsvWriter::unescapeFormula(cell) == cell);
    }
}

TEST_CASE("The CSV writer quotes when needed and ends lines with CRLF", "[csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, true);
    REQUIRE(writer.writeRecord(list({"name", "note"})));
    REQUIRE(writer.writeRecord(list({"Acme, Inc.", "He said \"hi\""})));
    REQUIRE(writer.writeRecord(list({"two\nlines", " padded", "=1+2", "caf\xC3\xA9"})));
    buffer.close();
    CHECK(bytes == QByteArray("\xEF\xBB\xBFname,note\r\n"
                              "\"Acme, Inc.\",\"He said \"\"hi\"\"\"\r\n"
                              "\"two\nlines\",\" padded\",'=1+2,caf\xC3\xA9\r\n"));
    CHECK(CsvWriter::quoted(QStringLiteral("a;b"), QLatin1Char(';')) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::quoted(QStringLiteral("a;b")) == QStringLiteral("a;b"));
}

TEST_CASE("What the CSV writer writes the reader reads back", "[csv]")
{
    QRandomGenerator random(42);
    const QString alphabet = QStringLiteral("ab ,;\"\r\n\t=+-@'\u00e9\u20ac");
    QList<QStringList> records;
    for (int r = 0; r < 300; ++r) {
        QStringList record;
        const int cells = 1 + random.bounded(5);
        for (int c = 0; c < cells; ++c) {
            QString cell;
            const int length = random.bounded(12);
            for (int i = 0; i < length; ++i)
                cell += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
            record << cell;
        }
        if (record.size() == 1 && record.first().isEmpty())
            record.first() = QStringLiteral("x"); // a lone empty cell is a blank line
        records << record;
    }
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        QByteArray bytes;
        QBuffer out(&bytes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CsvWriter writer(&out, delimiter == QLatin1Char(','));
        writer.setDelimiter(delimiter);
        for (const QStringList& record : std::as_const(records))
            REQUIRE(writer.writeRecord(record));
        out.close();

        QBuffer in(&bytes);
        REQUIRE(in.open(QIODevice::ReadOnly));
        CsvReader reader(&in);
        reader.setDelimiter(delimiter);
        QStringList fields;
        for (const QStringList& record : std::as_const(records)) {
            REQUIRE(reader.readRecord(fields).value());
            QStringList unescaped;
            for (const QString& field : std::as_const(fields))
                unescaped << CsvWriter::unescapeFormula(field);
            CHECK(unescaped == record);
        }
        CHECK_FALSE(reader.readRecord(fields).value());
    }
}
