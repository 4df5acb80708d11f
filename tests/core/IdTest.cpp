#include "TestWorkspace.h"

#include "common/IdFormat.h"
#include "common/IdGenerator.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

TEST_CASE("ID formats match the SPEC", "[ids]")
{
    const QList<std::pair<IdKind, QString>> patterns = {
        {IdKind::VendorAccount, QStringLiteral("VA-ddd-ddd")},
        {IdKind::PartnerAccount, QStringLiteral("PA-ddd-ddd")},
        {IdKind::User, QStringLiteral("UR-ddd-ddd-ddd")},
        {IdKind::Product, QStringLiteral("PRD-ddd-ddd-ddd")},
        {IdKind::Marketplace, QStringLiteral("MP-ddddd")},
        {IdKind::Listing, QStringLiteral("LST-ddd-ddd-ddd")},
        {IdKind::ProductGroup, QStringLiteral("PG-ddd-ddd")},
        {IdKind::Company, QStringLiteral("CO-ddd-ddd")},
        {IdKind::Contact, QStringLiteral("CT-ddd-ddd")},
        {IdKind::Lead, QStringLiteral("LDR-ddd-ddd-ddd")},
        {IdKind::Opportunity, QStringLiteral("OP-ddd-ddd-ddd")},
        {IdKind::LeadForm, QStringLiteral("LDF-ddd-ddd-ddd")},
        {IdKind::ProgramAgreement, QStringLiteral("AGP-ddd-ddd-ddd")},
        {IdKind::DistributionAgreement, QStringLiteral("AGD-ddd-ddd-ddd")},
        {IdKind::ServiceAgreement, QStringLiteral("AGS-ddd-ddd-ddd")},
        {IdKind::SyndicationAgreement, QStringLiteral("AGY-ddd-ddd-ddd")},
        {IdKind::ReferralAgreement, QStringLiteral("AGR-ddd-ddd-ddd")},
        {IdKind::ProgramContract, QStringLiteral("CRP-ddddd-ddddd-ddddd")},
        {IdKind::DistributionContract, QStringLiteral("CRD-ddddd-ddddd-ddddd")},
        {IdKind::ServiceContract, QStringLiteral("CRS-ddddd-ddddd-ddddd")},
        {IdKind::SyndicationContract, QStringLiteral("CRY-ddddd-ddddd-ddddd")},
        {IdKind::ReferralContract, QStringLiteral("CRR-ddddd-ddddd-ddddd")},
        {IdKind::ApiKey, QStringLiteral("KEY-ddd-ddd-ddd")},
        {IdKind::WebForm, QStringLiteral("WEB-ddd-ddd-ddd")},
    };
    for (const auto& [kind, pattern] : patterns)
        CHECK(IdFormat::of(kind).pattern() == pattern);
}

TEST_CASE("ID validation accepts the documented forms only", "[ids]")
{
    const IdFormat& vendor = IdFormat::of(IdKind::VendorAccount);
    CHECK(vendor.matches(QStringLiteral("VA-892-333")));
    CHECK(vendor.matches(QStringLiteral("VA-1234-1234")));
    CHECK_FALSE(vendor.matches(QStringLiteral("VA-1234-123")));
    CHECK_FALSE(vendor.matches(QStringLiteral("PA-892-333")));
    CHECK_FALSE(vendor.matches(QStringLiteral("VA-892-333 ")));
    CHECK_FALSE(vendor.matches(QStringLiteral("VA-89a-333")));
    CHECK_FALSE(vendor.matches(QStringLiteral("VA-892333")));
    CHECK(IdFormat::of(IdKind::PartnerAccount).matches(QStringLiteral("PA-1234-5678")));
    CHECK(IdFormat::of(IdKind::Marketplace).matches(QStringLiteral("MP-12345")));
    CHECK_FALSE(IdFormat::of(IdKind::Marketplace).matches(QStringLiteral("MP-1234")));
    CHECK(IdFormat::of(IdKind::ProgramContract).matches(QStringLiteral("CRP-12345-67890-12345")));
    CHECK_FALSE(IdFormat::of(IdKind::User).matches(QStringLiteral("UR-1234-1234")));
}

TEST_CASE("Generated IDs have their kind's form, are recorded and never reused", "[ids]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    QSet<QString> seen;
    for (IdKind kind : allIdKinds) {
        IdGenerator generator(workspace->database());
        for (int i = 0; i < 20; ++i) {
            auto id = generator.next(kind);
            REQUIRE(id);
            CHECK(IdFormat::of(kind).matches(id.value()));
            CHECK_FALSE(seen.contains(id.value()));
            seen.insert(id.value());
        }
    }
    CHECK(TestWorkspace::count(*workspace, QStringLiteral("SELECT count(*) FROM issued_ids")) ==
          seen.size());

    // Two generators with the same seed propose the same candidates: the second must skip the
    // IDs the first already issued instead of handing them out again.
    QRandomGenerator first(7);
    QRandomGenerator second(7);
    IdGenerator a(workspace->database(), &first);
    IdGenerator b(workspace->database(), &second);
    const auto fromA = a.next(IdKind::Lead);
    const auto fromB = b.next(IdKind::Lead);
    REQUIRE(fromA);
    REQUIRE(fromB);
    CHECK(fromA.value() != fromB.value());
}
