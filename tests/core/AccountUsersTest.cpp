#include "TestWorkspace.h"

#include "accounts/AccountUsers.h"
#include "common/IdFormat.h"
#include "demo/DemoWorkspace.h"
#include "session/Memberships.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

struct UsersFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    QString userNamed(const char* name) const
    {
        return TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM users WHERE name = ?"), {id(name)});
    }
    ActingContext as(const QString& userId) const
    {
        return TestWorkspace::acting(*workspace, userId, admin.accountId);
    }
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    QString role(const QString& userId) const
    {
        return TestWorkspace::scalar(
            *workspace,
            QStringLiteral("SELECT role FROM memberships WHERE user_id = ? "
                           "AND account_id = ?"),
            {userId, admin.accountId});
    }
};

QString sqlError(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().text();
}

} // namespace

TEST_CASE("A CRM admin adds a new user with a UR- ID and a unique e-mail", "[accounts][users]")
{
    UsersFixture f;
    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
    auto added = AccountUsers::addNewUser(f.db, f.admin,
                                          {QStringLiteral("  Paulie  Pennino Jr "),
                                           QStringLiteral("paulie@mightymicks.example"),
                                           UserRole::CrmMarketeer});
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    CHECK(IdFormat::of(IdKind::User).matches(added.value()));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM issued_ids WHERE id = ?"),
                  {added.value()}) == 1);
    CHECK(f.role(added.value()) == QStringLiteral("crm_marketeer"));
    CHECK(TestWorkspace::scalar(*f.workspace, QStringLiteral("SELECT name FROM users WHERE id = ?"),
                                {added.value()}) == QStringLiteral("Paulie Pennino Jr"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events + 2); // user, membership
    // The Acting as box offers the new membership at once.
    auto all = Memberships::all(f.db);
    REQUIRE(all);
    CHECK(std::any_of(all->cbegin(), all->cend(), [&](const ActingContext& c) {
        return c.userId == added.value() && c.accountId == f.admin.accountId &&
               c.userRole == UserRole::CrmMarketeer;
    }));

    SECTION("the e-mail is unique in the workspace, regardless of case")
    {
        auto again = AccountUsers::addNewUser(f.db, f.admin,
                                              {QStringLiteral("Other"),
                                               QStringLiteral("PAULIE@mightymicks.example"),
                                               UserRole::Viewer});
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::AlreadyExists);
        CHECK(again.error().message.contains(QStringLiteral("add the existing user")));
    }
    SECTION("invalid input is refused with its reason and nothing is written")
    {
        const int users = f.count(QStringLiteral("SELECT count(*) FROM users"));
        CHECK(AccountUsers::addNewUser(f.db, f.admin,
                                       {QString(), QStringLiteral("a@b.example"), UserRole::Viewer})
                  .error()
                  .code == ErrorCode::Invalid);
        auto bad = AccountUsers::addNewUser(
            f.db, f.admin,
            {QStringLiteral("Name"), QStringLiteral("not an e-mail"), UserRole::Viewer});
        REQUIRE_FALSE(bad);
        CHECK(bad.error().message == AccountUsers::tr("This is not a valid e-mail address."));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM users")) == users);
    }
}

TEST_CASE("A CRM admin adds an existing user by e-mail, changes roles and removes memberships",
          "[accounts][users]")
{
    UsersFixture f;
    const QString drago = f.userNamed("Ivan Drago"); // CRM manager of Ingram Micro only
    REQUIRE_FALSE(drago.isEmpty());
    const QString email = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT email FROM users WHERE id = ?"), {drago});
    auto added =
        AccountUsers::addExistingUser(f.db, f.admin, {{}, email.toUpper(), UserRole::CrmSales});
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added);
    CHECK(added.value() == drago);
    CHECK(f.role(drago) == QStringLiteral("crm_sales"));
    auto members = AccountUsers::members(f.db, f.admin.accountId);
    REQUIRE(members);
    CHECK(std::any_of(members->cbegin(), members->cend(), [&](const AccountMember& m) {
        return m.userId == drago && m.accounts == 2;
    }));
    CHECK(
        AccountUsers::addExistingUser(f.db, f.admin, {{}, email, UserRole::Viewer}).error().code ==
        ErrorCode::AlreadyExists);
    CHECK(AccountUsers::addExistingUser(
              f.db, f.admin, {{}, QStringLiteral("nobody@nowhere.example"), UserRole::Viewer})
              .error()
              .code == ErrorCode::NotFound);

    REQUIRE(AccountUsers::changeRole(f.db, f.admin, drago, UserRole::CrmManager));
    CHECK(f.role(drago) == QStringLiteral("crm_manager"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events WHERE object_type = 'membership' "
                                 "AND object_id = ? AND action = 'role_changed'"),
                  {drago}) == 1);
    REQUIRE(AccountUsers::removeMember(f.db, f.admin, drago));
    CHECK(f.count(QStringLiteral(
                      "SELECT count(*) FROM memberships WHERE user_id = ? AND account_id = ?"),
                  {drago, f.admin.accountId}) == 0);
    // The user stays, with the other account.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM memberships WHERE user_id = ?"), {drago}) ==
          1);
    CHECK(AccountUsers::removeMember(f.db, f.admin, drago).error().code == ErrorCode::NotFound);
}

TEST_CASE("Only the account's CRM admin manages its users", "[accounts][users][permissions]")
{
    UsersFixture f;
    const QString sales = f.userNamed("Tony Gazzo");
    const QString viewer =
        TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, QStringLiteral("viewer"))
            .userId;
    REQUIRE_FALSE(sales.isEmpty());
    const int events = f.count(QStringLiteral("SELECT count(*) FROM events"));
    for (const QString& userId : {sales, viewer}) {
        const ActingContext other = f.as(userId);
        CHECK_FALSE(AccountUsers::mayManage(other));
        CHECK(
            AccountUsers::addNewUser(
                f.db, other, {QStringLiteral("X"), QStringLiteral("x@x.example"), UserRole::Viewer})
                .error()
                .code == ErrorCode::PermissionDenied);
        CHECK(AccountUsers::changeRole(f.db, other, userId, UserRole::CrmAdmin).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(AccountUsers::removeMember(f.db, other, f.admin.userId).error().code ==
              ErrorCode::PermissionDenied);
    }
    // A context that says crm_admin is not believed: the database decides.
    ActingContext forged = f.as(viewer);
    forged.userRole = UserRole::CrmAdmin;
    CHECK(AccountUsers::changeRole(f.db, forged, viewer, UserRole::CrmAdmin).error().code ==
          ErrorCode::PermissionDenied);
    // An admin of another account cannot touch this one's users.
    ActingContext elsewhere = f.admin;
    elsewhere.accountId = id(DemoWorkspace::ingramMicroId);
    CHECK(AccountUsers::removeMember(f.db, elsewhere, sales).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM events")) == events);
}

TEST_CASE("The last CRM admin of an account can be neither removed nor demoted",
          "[accounts][users][invariants]")
{
    UsersFixture f;
    auto removed = AccountUsers::removeMember(f.db, f.admin, f.admin.userId);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().message.contains(QStringLiteral("last CRM admin")));
    CHECK(AccountUsers::changeRole(f.db, f.admin, f.admin.userId, UserRole::CrmManager)
              .error()
              .code == ErrorCode::Invalid);
    CHECK(f.role(f.admin.userId) == QStringLiteral("crm_admin"));

    SECTION("the database refuses it too")
    {
        CHECK(sqlError(f.db, QStringLiteral("DELETE FROM memberships WHERE user_id = '%1' AND "
                                            "account_id = '%2'")
                                 .arg(f.admin.userId, f.admin.accountId))
                  .contains(QStringLiteral("last CRM admin")));
        CHECK(sqlError(f.db, QStringLiteral("UPDATE memberships SET role = 'viewer' WHERE "
                                            "user_id = '%1' AND account_id = '%2'")
                                 .arg(f.admin.userId, f.admin.accountId))
                  .contains(QStringLiteral("last CRM admin")));
        CHECK(f.role(f.admin.userId) == QStringLiteral("crm_admin"));
    }
    SECTION("with a second admin, either may go")
    {
        const QString sales = f.userNamed("Tony Gazzo");
        REQUIRE(AccountUsers::changeRole(f.db, f.admin, sales, UserRole::CrmAdmin));
        REQUIRE(AccountUsers::changeRole(f.db, f.admin, f.admin.userId, UserRole::Viewer));
        // The former admin is a viewer now: the database says so, whatever the window thought.
        CHECK(AccountUsers::removeMember(f.db, f.admin, sales).error().code ==
              ErrorCode::PermissionDenied);
        const ActingContext newAdmin = f.as(sales);
        CHECK(AccountUsers::removeMember(f.db, newAdmin, sales).error().code == ErrorCode::Invalid);
        REQUIRE(AccountUsers::removeMember(f.db, newAdmin, f.admin.userId));
    }
    SECTION("deleting a whole account still takes its memberships with it")
    {
        CHECK(sqlError(f.db, QStringLiteral("DELETE FROM memberships WHERE account_id = '%1'")
                                 .arg(id(DemoWorkspace::ingramMicroId)))
                  .isEmpty()); // Ingram's only member is a manager
    }
}
