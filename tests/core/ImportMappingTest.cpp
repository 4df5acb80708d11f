#include "CatchQt.h"

#include "transfer/ImportMapping.h"
#include "transfer/NameIndex.h"

namespace {

QList<ImportField> sampleFields()
{
    return {
        {QStringLiteral("name"),
         QStringLiteral("Name"),
         true,
         {},
         {},
         {QStringLiteral("Lead name")}},
        {QStringLiteral("existing_company"),
         QStringLiteral("Existing company"),
         false,
         {},
         {},
         {QStringLiteral("Company ID")}},
        {QStringLiteral("company_name"),
         QStringLiteral("Company name"),
         true,
         QStringLiteral("existing_company"),
         {},
         {}},
        {QStringLiteral("company_tin"),
         QStringLiteral("Company TIN"),
         true,
         QStringLiteral("existing_company"),
         {},
         {}},
        {QStringLiteral("city"), QStringLiteral("City"), false, {}, {}, {}},
    };
}

} // namespace

TEST_CASE("Headers map to fields by key label or alias ignoring case and punctuation",
          "[import][mapping]")
{
    const QList<ImportField> fields = sampleFields();
    const ImportMapping mapping = ImportMapping::fromHeader(
        {QStringLiteral("  COMPANY NAME "), QStringLiteral("company_tin"), QStringLiteral("Notes"),
         QStringLiteral("lead-name"), QStringLiteral("City"), QStringLiteral("city")},
        fields);
    CHECK(mapping.field(0) == QStringLiteral("company_name"));
    CHECK(mapping.field(1) == QStringLiteral("company_tin"));
    CHECK(mapping.field(2).isEmpty());
    CHECK(mapping.field(3) == QStringLiteral("name"));
    CHECK(mapping.field(4) == QStringLiteral("city"));
    CHECK(mapping.field(5).isEmpty()); // a field goes to the first column that names it
    CHECK(mapping.column(QStringLiteral("city")) == 4);
    CHECK(mapping.column(QStringLiteral("existing_company")) == -1);
    CHECK(mapping.problems(fields).isEmpty());
}

TEST_CASE("A mapping names what is missing or chosen twice", "[import][mapping]")
{
    const QList<ImportField> fields = sampleFields();
    ImportMapping mapping;
    QStringList problems = mapping.problems(fields);
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0) == QStringLiteral("Choose the column of Name."));
    CHECK(problems.at(1) ==
          QStringLiteral("Choose the column of Company name, or of Existing company."));

    mapping.setField(0, QStringLiteral("name"));
    mapping.setField(1, QStringLiteral("existing_company")); // replaces the new company's fields
    CHECK(mapping.problems(fields).isEmpty());

    mapping.setField(2, QStringLiteral("name"));
    problems = mapping.problems(fields);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Name is chosen for 2 columns")));
    mapping.setField(2, QString());
    mapping.setField(3, QStringLiteral("bogus"));
    CHECK(mapping.problems(fields).size() == 1);
}

TEST_CASE("A name index finds IDs and unique names", "[import]")
{
    NameIndex index;
    index.add(QStringLiteral("SD-001"), {QStringLiteral("SMB")});
    index.add(QStringLiteral("SD-002"), {QStringLiteral("Enterprise"), QStringLiteral("Large")});
    index.add(QStringLiteral("SD-003"), {QStringLiteral("Large")});
    CHECK(index.find(QStringLiteral(" smb ")).id == QStringLiteral("SD-001"));
    CHECK(index.find(QStringLiteral("sd-002")).id == QStringLiteral("SD-002"));
    CHECK(index.find(QStringLiteral("large")).match == NameIndex::Match::Ambiguous);
    CHECK(index.find(QStringLiteral("Mid-market")).match == NameIndex::Match::Missing);
}

TEST_CASE("A column left out by its header says why: no such field, or a duplicate",
          "[import][mapping]")
{
    const QStringList header{QStringLiteral("Lead name"), QStringLiteral("City"),
                             QStringLiteral("Notes"),     QStringLiteral("name"),
                             QStringLiteral("CITY"),      QString()};
    const QList<ImportMapping::IgnoredColumn> ignored =
        ImportMapping::ignoredColumns(header, sampleFields());
    REQUIRE(ignored.size() == 4);
    CHECK(ignored.at(0).column == 2);
    CHECK(ignored.at(0).duplicateOf == -1);
    CHECK(ignored.at(0).reason ==
          QStringLiteral("Column 3 \u201cNotes\u201d: no field has this name."));
    CHECK(ignored.at(1).column == 3);
    CHECK(ignored.at(1).duplicateOf == 0);
    CHECK(ignored.at(1).reason ==
          QStringLiteral(
              "Column 4 \u201cname\u201d is a duplicate: column 1 \u201cLead name\u201d is "
              "imported into Name already."));
    CHECK(ignored.at(2).duplicateOf == 1);
    CHECK(ignored.at(2).reason ==
          QStringLiteral("Column 5 \u201cCITY\u201d is a duplicate: column 2 \u201cCity\u201d is "
                         "imported into City already."));
    CHECK(ignored.at(3).reason == QStringLiteral("Column 6 has no header."));
}
