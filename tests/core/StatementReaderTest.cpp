#include "TestWorkspace.h"

#include "storage/StatementReader.h"

#include <QSqlQuery>

namespace {

/// Every value of every row, as StatementReader reads them and as QSqlQuery reads them.
struct BothReads {
    QList<QVariantList> reader;
    QList<QVariantList> query;
};

BothReads readBoth(const QSqlDatabase& database, const QString& sql,
                   const StatementReader::Bindings& bindings, int columns)
{
    BothReads both;
    auto read = StatementReader::read(database, sql, bindings, [&](const StatementRow& row) {
        QVariantList values;
        for (int i = 0; i < columns; ++i)
            values << row.value(i);
        both.reader << values;
    });
    REQUIRE(read);
    QSqlQuery query(database);
    REQUIRE(query.prepare(sql));
    for (const auto& [name, value] : bindings)
        query.bindValue(name, value);
    REQUIRE(query.exec());
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < columns; ++i)
            values << query.value(i);
        both.query << values;
    }
    return both;
}

} // namespace

TEST_CASE("The statement reader gives the values and types QSqlQuery gives", "[storage][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    const QSqlDatabase db = workspace->database();
    const QString sql =
        QStringLiteral("SELECT :number, :text, :real, NULL, x'00ff', :flag, :missing "
                       "UNION ALL SELECT 2, 'Łódź – naïve', 0.5, NULL, x'', 0, 'x'");
    const StatementReader::Bindings bindings{
        {QStringLiteral(":number"), qlonglong(9007199254740993)},
        {QStringLiteral(":text"), QStringLiteral("Mighty Mick\u2019s")},
        {QStringLiteral(":real"), 2.25},
        {QStringLiteral(":flag"), true},
        {QStringLiteral(":missing"), QVariant()},
        {QStringLiteral(":unused"), QStringLiteral("a value the SQL does not name")}};
    const BothReads both = readBoth(db, sql, bindings, 7);
    REQUIRE(both.reader.size() == 2);
    REQUIRE(both.query.size() == 2);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 7; ++column) {
            CAPTURE(row, column);
            const QVariant& ours = both.reader[row][column];
            const QVariant& qts = both.query[row][column];
            CHECK(ours.typeId() == qts.typeId());
            CHECK(ours.isNull() == qts.isNull());
            CHECK(ours == qts);
        }
    CHECK(both.reader[0][0].toLongLong() == 9007199254740993);
    CHECK(both.reader[0][1].toString() == QStringLiteral("Mighty Mick\u2019s"));
    CHECK(both.reader[1][1].toString() == QStringLiteral("Łódź – naïve"));
    CHECK(both.reader[0][4].toByteArray() == QByteArray("\x00\xff", 2));
    CHECK(both.reader[0][5].toLongLong() == 1);
}

TEST_CASE("The statement reader reports a bad statement and a failed read as errors",
          "[storage][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    const QSqlDatabase db = workspace->database();
    int rows = 0;
    const auto count = [&rows](const StatementRow&) { ++rows; };

    auto missing =
        StatementReader::read(db, QStringLiteral("SELECT * FROM no_such_table"), {}, count);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Storage);
    CHECK(missing.error().message.contains(QStringLiteral("no_such_table")));

    // An error raised while stepping, after rows were already handed out.
    auto broken = StatementReader::read(
        db,
        QStringLiteral("SELECT CASE WHEN value < 3 THEN value "
                       "ELSE json_extract('not json', '$') END "
                       "FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3)"),
        {}, count);
    REQUIRE_FALSE(broken);
    CHECK(rows == 2);
    CHECK(broken.error().message.contains(QStringLiteral("JSON")));
}
