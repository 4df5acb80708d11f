#include "DemoPartners.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "partners/AccountProfileService.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerLifecycle.h"

namespace {

const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(64, 'x');

} // namespace

TEST_CASE("Edit profile: own users with a publishing role and the managing partner while the "
          "account has no users",
          "[partners][profile]")
{
    DemoPartners f;
    // Own account.
    CHECK(AccountProfileService::checkEditable(f.db, f.apexAdmin, f.apex));
    CHECK(AccountProfileService::checkEditable(f.db, f.as(f.apexAdmin, UserRole::CrmMarketeer),
                                               f.apex));
    for (UserRole role : {UserRole::Viewer, UserRole::CrmSales}) {
        auto refused = AccountProfileService::checkEditable(f.db, f.as(f.apexAdmin, role), f.apex);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    // Apex has users of its own: its distributor may not edit it.
    auto hasUsers = AccountProfileService::checkEditable(f.db, f.home, f.apex);
    REQUIRE_FALSE(hasUsers);
    CHECK(hasUsers.error().code == ErrorCode::PermissionDenied);
    // Front Street has none: the distributor that manages it may, with the role.
    CHECK(AccountProfileService::checkEditable(f.db, f.home, f.frontStreet));
    auto viewer =
        AccountProfileService::checkEditable(f.db, f.as(f.home, UserRole::Viewer), f.frontStreet);
    REQUIRE_FALSE(viewer);
    CHECK(viewer.error().code == ErrorCode::PermissionDenied);
    // A stranger learns nothing.
    auto stranger = AccountProfileService::checkEditable(f.db, f.apexAdmin, f.frontStreet);
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().code == ErrorCode::NotFound);
    // A removed partner is not edited.
    REQUIRE(PartnerLifecycle::remove(f.db, f.home, f.frontStreet));
    CHECK_FALSE(AccountProfileService::checkEditable(f.db, f.home, f.frontStreet));

    // Refused saves change nothing.
    const QString before = TestWorkspace::dump(*f.workspace);
    AccountProfileDraft draft;
    draft.overview = QStringLiteral("Hello");
    auto viewerSave =
        AccountProfileService::save(f.db, f.as(f.apexAdmin, UserRole::Viewer), f.apex, draft);
    REQUIRE_FALSE(viewerSave);
    CHECK(viewerSave.error().code == ErrorCode::PermissionDenied);
    // Also with bad input: the role is checked first.
    AccountProfileDraft bad = draft;
    bad.websites = QStringLiteral("ftp://files.example");
    CHECK(AccountProfileService::save(f.db, f.as(f.apexAdmin, UserRole::Viewer), f.apex, bad)
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK_FALSE(AccountProfileService::save(f.db, f.home, f.apex, draft));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Edit profile: fields with websites and contacts and media are saved with an event",
          "[partners][profile]")
{
    DemoPartners f;
    auto draft = AccountProfileService::load(f.db, f.home, f.frontStreet);
    REQUIRE(draft);
    draft->overview = QStringLiteral("We ship street food software.");
    draft->headquarters = QStringLiteral("Philadelphia, US");
    draft->countries = QStringLiteral("US; Canada,Mexico");
    draft->languages = QStringLiteral("English, Spanish");
    draft->industry = QStringLiteral("Food");
    draft->websites = QStringLiteral("frontstreet.example http://shop.frontstreet.example");
    draft->technicalContactName = QStringLiteral("Tina Tech");
    draft->technicalContactEmail = QStringLiteral("tina@frontstreet.example");
    draft->media = {MediaDraft{QStringLiteral("image"),
                               QStringLiteral("Logo"),
                               {},
                               0,
                               QStringLiteral("logo.png"),
                               png},
                    MediaDraft{QStringLiteral("video"),
                               QStringLiteral("Tour"),
                               QStringLiteral("video.example/tour"),
                               0,
                               {},
                               {}}};
    auto saved = AccountProfileService::save(f.db, f.home, f.frontStreet, draft.value());
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);

    auto profile = PartnerDetails::load(f.db, f.home, f.frontStreet);
    REQUIRE(profile);
    CHECK(profile->overview == QStringLiteral("We ship street food software."));
    CHECK(profile->overviewAuthor == f.home.userName);
    CHECK(profile->countries == QStringLiteral("US, Canada, Mexico"));
    CHECK(profile->websites ==
          QStringLiteral("https://frontstreet.example, http://shop.frontstreet.example"));
    CHECK(profile->technicalContact.email == QStringLiteral("tina@frontstreet.example"));
    REQUIRE(profile->media.size() == 2);
    CHECK(profile->media.at(0).mimeType == QStringLiteral("image/png"));
    CHECK(profile->media.at(0).fileSize == png.size());
    CHECK(profile->media.at(1).url == QStringLiteral("https://video.example/tour"));
    auto bytes =
        PartnerDetails::mediaFile(f.db, f.home, f.frontStreet, profile->media.at(0).fileId);
    REQUIRE(bytes);
    CHECK(bytes.value() == png);
    auto events = EventLog::forObject(f.db, f.frontStreet);
    REQUIRE(events);
    CHECK(events->last().action == QStringLiteral("profile_updated"));
    CHECK(events->last().changes.contains(QStringLiteral("overview")));

    // Dropping the image deletes its stored file; keeping the video keeps it.
    auto again = AccountProfileService::load(f.db, f.home, f.frontStreet);
    REQUIRE(again);
    const qint64 fileId = again->media.at(0).fileId;
    again->media.removeFirst();
    REQUIRE(AccountProfileService::save(f.db, f.home, f.frontStreet, again.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM stored_files WHERE id = ?"), {fileId}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM media WHERE account_id = ?"),
                  {f.frontStreet}) == 1);
}

TEST_CASE("Edit profile: clear reasons for bad input and nothing written", "[partners][profile]")
{
    DemoPartners f;
    const QString before = TestWorkspace::dump(*f.workspace);
    AccountProfileDraft draft;
    draft.websites = QStringLiteral("ftp://files.example");
    draft.businessContactEmail = QStringLiteral("not an address");
    draft.headquarters = QString(AccountProfileService::maxLineLength + 1, QLatin1Char('x'));
    draft.media = {
        MediaDraft{QStringLiteral("image"),
                   {},
                   {},
                   0,
                   QStringLiteral("a.exe"),
                   QByteArrayLiteral("MZ\x90\x00")},
        MediaDraft{QStringLiteral("image"),
                   {},
                   {},
                   0,
                   QStringLiteral("big.png"),
                   QByteArrayLiteral("\x89PNG\r\n\x1a\n") +
                       QByteArray(int(AccountProfileService::maxImageBytes), 'x')},
        MediaDraft{QStringLiteral("video"), QStringLiteral("No link"), {}, 0, {}, {}},
        MediaDraft{QStringLiteral("video"), {}, QStringLiteral("javascript:alert(1)"), 0, {}, {}},
    };
    const auto reasons = AccountProfileService::validate(draft);
    CHECK(reasons.value(QStringLiteral("websites")).contains(QStringLiteral("http")));
    CHECK(reasons.contains(QStringLiteral("business_contact_email")));
    CHECK(reasons.contains(QStringLiteral("headquarters")));
    CHECK(reasons.value(QStringLiteral("media.0")).contains(QStringLiteral("PNG, JPEG")));
    CHECK(reasons.value(QStringLiteral("media.1")).contains(QStringLiteral("MB")));
    CHECK(reasons.value(QStringLiteral("media.2")).contains(QStringLiteral("link")));
    CHECK(reasons.contains(QStringLiteral("media.3")));
    auto saved = AccountProfileService::save(f.db, f.home, f.frontStreet, draft);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    // An image of another account cannot be borrowed.
    AccountProfileDraft borrowing;
    const qint64 foreignFile =
        TestWorkspace::scalar(*f.workspace,
                              QStringLiteral("SELECT coalesce(max(file_id), 0) FROM media WHERE "
                                             "account_id <> ? AND file_id IS NOT NULL"),
                              {f.frontStreet})
            .toLongLong();
    if (foreignFile > 0) {
        borrowing.media = {MediaDraft{QStringLiteral("image"), {}, {}, foreignFile, {}, {}}};
        CHECK_FALSE(AccountProfileService::save(f.db, f.home, f.frontStreet, borrowing));
    }
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}
