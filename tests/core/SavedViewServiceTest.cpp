#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "views/SavedViewService.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString leads = QStringLiteral("leads");
const QString partners = QStringLiteral("partners");

struct ViewFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext michael = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                  id(DemoWorkspace::homeDistributorId));
    ActingContext sarah = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                id(DemoWorkspace::demoVendorId));

    /// A new viewer of the home distributor.
    ActingContext viewer() const
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO users(id, name, email, created_at) "
            "VALUES ('UR-900-900-900', 'Vic Viewer', 'vic@mightymicks.example', 1)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                          "VALUES ('UR-900-900-900', '%1', 'viewer')")
                               .arg(id(DemoWorkspace::homeDistributorId))));
        return TestWorkspace::acting(*workspace, QStringLiteral("UR-900-900-900"),
                                     id(DemoWorkspace::homeDistributorId));
    }

    int viewCount() const
    {
        return TestWorkspace::count(*workspace, QStringLiteral("SELECT count(*) FROM saved_views"));
    }

    QList<Event> events(qint64 viewId) const
    {
        auto events = EventLog::forObject(db, QString::number(viewId));
        REQUIRE(events);
        return events.value();
    }

    /// A view stored as it is, without the service's checks (as an older version wrote it).
    qint64 storeRaw(const QString& name, const QString& definition) const
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral(
            "INSERT INTO saved_views(user_id, directory, name, definition, created_at, "
            "updated_at) VALUES (?, 'leads', ?, ?, 1, 1)")));
        query.addBindValue(michael.userId);
        query.addBindValue(name);
        query.addBindValue(definition);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
        return query.lastInsertId().toLongLong();
    }
};

/// Search, a filter, a range, a sort and three columns in a chosen order.
DirectoryState hotLeads()
{
    DirectoryState state;
    state.query.search = QStringLiteral("  umbrella ");
    state.query.filters.insert(QStringLiteral("status"), QStringLiteral("new"));
    state.query.ranges.insert(
        QStringLiteral("created"),
        DirectoryRange{QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")});
    state.query.sortColumn = QStringLiteral("name");
    state.query.descending = true;
    state.columns = {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("status")};
    state.widths = {{QStringLiteral("name"), 240}, {QStringLiteral("id"), 120}};
    return state;
}

bool execFails(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return !query.exec(sql);
}

} // namespace

TEST_CASE("A directory state survives JSON, ranges included", "[views]")
{
    DirectoryState state = hotLeads();
    state.query.ranges.insert(QStringLiteral("updated"),
                              DirectoryRange{{}, QStringLiteral("2026-02-01")});
    QStringList notes;
    CHECK(DirectoryState::fromJson(state.toJson(), &notes) == state);
    CHECK(notes.isEmpty());

    // Parts of the wrong shape are left out and named; the rest is kept.
    const QByteArray damaged = R"({"query":{"sort":7,"search":"x","filters":{"status":["new"]},
        "ranges":{"created":"2026"}},"columns":["id",3,"name"]})";
    const DirectoryState read = DirectoryState::fromJson(damaged, &notes);
    CHECK(read.query.search == QStringLiteral("x"));
    CHECK(read.query.sortColumn.isEmpty());
    CHECK(read.query.filters.isEmpty());
    CHECK(read.query.ranges.isEmpty());
    CHECK(read.columns == QStringList{QStringLiteral("id"), QStringLiteral("name")});
    CHECK(notes.size() == 4);

    notes.clear();
    CHECK(DirectoryState::fromJson("not json", &notes) == DirectoryState());
    CHECK(notes.size() == 1);
}

TEST_CASE("A saved view keeps search, filters, ranges, sort and columns for its user", "[views]")
{
    ViewFixture f;
    auto saved =
        SavedViewService::save(f.db, f.michael, leads, QStringLiteral("  Hot leads "), hotLeads());
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Hot leads"));
    CHECK(saved->directory == leads);
    CHECK(saved->state.query.search == QStringLiteral("umbrella"));

    DirectoryState expected = hotLeads();
    expected.query.search = QStringLiteral("umbrella");
    auto listed = SavedViewService::list(f.db, f.michael, leads);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    const SavedView& view = listed->first();
    CHECK(view.id == saved->id);
    CHECK(view.name == QStringLiteral("Hot leads"));
    CHECK(view.state == expected);
    CHECK(view.state.query.ranges.value(QStringLiteral("created")) ==
          DirectoryRange{QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")});
    CHECK(view.notes.isEmpty());
    CHECK(view.createdAt > 0);
    CHECK(view.updatedAt == view.createdAt);

    auto found = SavedViewService::find(f.db, f.michael, saved->id);
    REQUIRE(found);
    CHECK(found->state == expected);

    // Per directory and per user.
    CHECK(SavedViewService::list(f.db, f.michael, partners)->isEmpty());
    CHECK(SavedViewService::list(f.db, f.sarah, leads)->isEmpty());

    const QList<Event> events = f.events(saved->id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].objectType == QStringLiteral("saved_view"));
    CHECK(events[0].action == QStringLiteral("created"));
    CHECK(events[0].userId == f.michael.userId);
    CHECK(events[0].changes.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Hot leads"));
    CHECK(DirectoryState::fromJson(
              QJsonDocument(events[0].changes.value(QStringLiteral("definition")).toObject())
                  .toJson()) == expected);
}

TEST_CASE("A view name is required, at most 100 characters and unique per user and directory",
          "[views][errors]")
{
    ViewFixture f;
    const DirectoryState state = hotLeads();
    for (const QString& blank : {QString(), QStringLiteral("   \t ")}) {
        auto refused = SavedViewService::save(f.db, f.michael, leads, blank, state);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Invalid);
        CHECK(refused.error().message == QStringLiteral("Enter a name for the view."));
    }
    auto tooLong =
        SavedViewService::save(f.db, f.michael, leads, QString(101, QLatin1Char('x')), state);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("at most 100 characters")));
    // Characters, not UTF-16 units: 100 emoji are a valid name.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F525");
    CHECK(SavedViewService::save(f.db, f.michael, leads, emoji, state));
    CHECK(SavedViewService::save(f.db, f.michael, leads, QString(100, QLatin1Char('x')), state));

    REQUIRE(SavedViewService::save(f.db, f.michael, leads, QStringLiteral("Hot leads"), state));
    REQUIRE(SavedViewService::save(f.db, f.michael, leads, QStringLiteral("\u00c9tudes"), state));
    const int before = f.viewCount();
    for (const QString& same : {QStringLiteral("hot LEADS"), QStringLiteral(" Hot leads "),
                                QStringLiteral("\u00e9TUDES")}) {
        auto duplicate = SavedViewService::save(f.db, f.michael, leads, same, state);
        REQUIRE_FALSE(duplicate);
        CHECK(duplicate.error().code == ErrorCode::AlreadyExists);
        CHECK(duplicate.error().message.contains(QStringLiteral("already have a view")));
    }
    CHECK(f.viewCount() == before);
    // The same name is free in another directory and for another user.
    DirectoryState partnerState;
    partnerState.columns = {QStringLiteral("account")};
    CHECK(SavedViewService::save(f.db, f.michael, partners, QStringLiteral("Hot leads"),
                                 partnerState));
    CHECK(SavedViewService::save(f.db, f.sarah, leads, QStringLiteral("Hot leads"), state));
}

TEST_CASE("A view naming a column, filter, range or sort the directory lacks is refused",
          "[views][errors]")
{
    ViewFixture f;
    const auto refused = [&f](const QString& directory, const DirectoryState& state,
                              const QString& message) {
        const QString before = TestWorkspace::dump(*f.workspace);
        auto saved = SavedViewService::save(f.db, f.michael, directory, QStringLiteral("V"), state);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == ErrorCode::Invalid);
        INFO(saved.error().message.toStdString());
        CHECK(saved.error().message.contains(message));
        CHECK(TestWorkspace::dump(*f.workspace) == before);
    };
    DirectoryState state = hotLeads();
    state.columns << QStringLiteral("shoeSize");
    refused(leads, state, QStringLiteral("no column \u201cshoeSize\u201d"));
    state = hotLeads();
    state.columns << QStringLiteral("companyId"); // a related ID, not a column of the table
    refused(leads, state, QStringLiteral("no column \u201ccompanyId\u201d"));
    state = hotLeads();
    state.widths.insert(QStringLiteral("shoeSize"), 40);
    refused(leads, state, QStringLiteral("no column \u201cshoeSize\u201d"));
    state = hotLeads();
    state.query.filters.insert(QStringLiteral("company"), QStringLiteral("CO-111-111"));
    refused(
        leads, state,
        QStringLiteral("filters on \u201ccompany\u201d, which this directory has no filter for"));
    state = hotLeads();
    state.query.sortColumn = QStringLiteral("shoeSize");
    refused(
        leads, state,
        QStringLiteral("sorted by \u201cshoeSize\u201d, which this directory does not sort by"));
    state = hotLeads();
    state.query.ranges.insert(QStringLiteral("shoeSize"), DirectoryRange{QStringLiteral("1"), {}});
    refused(leads, state, QStringLiteral("range of \u201cshoeSize\u201d"));
    state = hotLeads();
    state.columns.clear();
    refused(leads, state, QStringLiteral("at least one column"));
    // Lead columns are not partner columns.
    refused(partners, hotLeads(), QStringLiteral("sorted by \u201cname\u201d"));
    state = DirectoryState();
    state.columns = {QStringLiteral("account"), QStringLiteral("company")};
    refused(partners, state,
            QStringLiteral("The Partners directory has no column \u201ccompany\u201d"));
    refused(QStringLiteral("contracts"), hotLeads(), QStringLiteral("no directory"));

    // Empty filters and ranges, duplicate columns and widths of hidden columns are no error:
    // they are left out.
    state = hotLeads();
    state.query.filters.insert(QStringLiteral("source"), QString());
    state.query.ranges.insert(QStringLiteral("name"), DirectoryRange{});
    state.columns << QStringLiteral("name");
    state.widths.insert(QStringLiteral("owner"), 90);
    auto saved = SavedViewService::save(f.db, f.michael, leads, QStringLiteral("V"), state);
    REQUIRE(saved);
    DirectoryState expected = hotLeads();
    expected.query.search = QStringLiteral("umbrella");
    CHECK(saved->state == expected);
}

TEST_CASE("A view read back after the directory changed leaves out what is gone, with a note",
          "[views]")
{
    ViewFixture f;
    const qint64 viewId =
        f.storeRaw(QStringLiteral("Old"),
                   QStringLiteral(R"({"version":1,"query":{"sort":"shoeSize","descending":true,
            "filters":{"status":"new","planet":"mars"},"ranges":{"created":{"from":"2026-01-01"},
            "orbit":{"to":"9"}},"search":"acme"},"columns":["id","shoeSize","name"],
            "widths":{"shoeSize":50,"name":200}})"));
    auto found = SavedViewService::find(f.db, f.michael, viewId);
    REQUIRE(found);
    const SavedView& view = found.value();
    CHECK(view.state.query.sortColumn.isEmpty());
    CHECK(view.state.query.filters ==
          QMap<QString, QString>{{QStringLiteral("status"), QStringLiteral("new")}});
    CHECK(view.state.query.ranges.keys() == QStringList{QStringLiteral("created")});
    CHECK(view.state.query.search == QStringLiteral("acme"));
    CHECK(view.state.columns == QStringList{QStringLiteral("id"), QStringLiteral("name")});
    CHECK(view.state.widths == QMap<QString, int>{{QStringLiteral("name"), 200}});
    INFO(view.notes.join(QLatin1Char('\n')).toStdString());
    CHECK(view.notes.size() == 4); // sort, filter, range, column (with its width)
    CHECK(view.notes.join(QLatin1Char(' ')).contains(QStringLiteral("\u201cplanet\u201d")));
    CHECK(view.notes.join(QLatin1Char(' ')).contains(QStringLiteral("left out")));

    // No column left: every column, and a note; a damaged definition reads as an empty state.
    const qint64 noColumns =
        f.storeRaw(QStringLiteral("Gone"), QStringLiteral(R"({"columns":["x"]})"));
    auto gone = SavedViewService::find(f.db, f.michael, noColumns);
    REQUIRE(gone);
    CHECK(gone->state.columns == SavedViewService::tableColumns(leads));
    CHECK(gone->notes.size() == 2);
    const qint64 damaged = f.storeRaw(QStringLiteral("Damaged"), QStringLiteral(R"({"query":[]})"));
    auto listed = SavedViewService::list(f.db, f.michael, leads);
    REQUIRE(listed);
    CHECK(listed->size() == 3);
    auto read = SavedViewService::find(f.db, f.michael, damaged);
    REQUIRE(read);
    CHECK(read->state.columns == SavedViewService::tableColumns(leads));

    // Saving it again stores only what is left.
    auto overwritten = SavedViewService::overwrite(f.db, f.michael, viewId, view.state);
    REQUIRE(overwritten);
    auto again = SavedViewService::find(f.db, f.michael, viewId);
    REQUIRE(again);
    CHECK(again->notes.isEmpty());
    CHECK(again->state == view.state);
}

TEST_CASE("Overwrite, rename and delete a view, each with its event", "[views]")
{
    ViewFixture f;
    auto saved =
        SavedViewService::save(f.db, f.michael, leads, QStringLiteral("Hot leads"), hotLeads());
    REQUIRE(saved);
    auto other = SavedViewService::save(f.db, f.michael, leads, QStringLiteral("Cold"), hotLeads());
    REQUIRE(other);

    DirectoryState changed = hotLeads();
    changed.query.search = QStringLiteral("atlas");
    changed.query.filters.clear();
    changed.query.ranges.clear();
    changed.query.descending = false;
    changed.columns = {QStringLiteral("id")};
    changed.widths.clear();
    auto overwritten = SavedViewService::overwrite(f.db, f.michael, saved->id, changed);
    REQUIRE(overwritten);
    CHECK(overwritten->state == changed);
    CHECK(overwritten->name == QStringLiteral("Hot leads"));
    CHECK(SavedViewService::find(f.db, f.michael, saved->id)->state == changed);
    // Saving the same state again writes nothing.
    REQUIRE(SavedViewService::overwrite(f.db, f.michael, saved->id, changed));
    CHECK(f.events(saved->id).size() == 2);
    DirectoryState bad = changed;
    bad.columns = {QStringLiteral("shoeSize")};
    CHECK_FALSE(SavedViewService::overwrite(f.db, f.michael, saved->id, bad));
    CHECK(SavedViewService::find(f.db, f.michael, saved->id)->state == changed);

    // A rename may change the case of the view's own name, not take another view's name.
    auto recased =
        SavedViewService::rename(f.db, f.michael, saved->id, QStringLiteral("HOT leads"));
    REQUIRE(recased);
    CHECK(recased->name == QStringLiteral("HOT leads"));
    auto taken = SavedViewService::rename(f.db, f.michael, saved->id, QStringLiteral("cold"));
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == ErrorCode::AlreadyExists);
    CHECK_FALSE(SavedViewService::rename(f.db, f.michael, saved->id, QStringLiteral(" ")));
    auto renamed = SavedViewService::rename(f.db, f.michael, saved->id, QStringLiteral(" Warm "));
    REQUIRE(renamed);
    CHECK(renamed->name == QStringLiteral("Warm"));
    CHECK(SavedViewService::find(f.db, f.michael, saved->id)->name == QStringLiteral("Warm"));
    auto names = SavedViewService::list(f.db, f.michael, leads);
    REQUIRE(names);
    REQUIRE(names->size() == 2);
    CHECK(names->at(0).name == QStringLiteral("Cold"));
    CHECK(names->at(1).name == QStringLiteral("Warm"));

    REQUIRE(SavedViewService::remove(f.db, f.michael, saved->id));
    CHECK(SavedViewService::list(f.db, f.michael, leads)->size() == 1);
    auto removedAgain = SavedViewService::remove(f.db, f.michael, saved->id);
    REQUIRE_FALSE(removedAgain);
    CHECK(removedAgain.error().code == ErrorCode::NotFound);

    QStringList actions;
    for (const Event& event : f.events(saved->id))
        actions << event.action;
    CHECK(actions == QStringList{QStringLiteral("created"), QStringLiteral("updated"),
                                 QStringLiteral("renamed"), QStringLiteral("renamed"),
                                 QStringLiteral("deleted")});
    CHECK(f.events(saved->id).last().changes.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Warm"));
}

TEST_CASE("A user sees and changes only their own views, and viewers save their own",
          "[views][permissions]")
{
    ViewFixture f;
    auto mine = SavedViewService::save(f.db, f.michael, leads, QStringLiteral("Mine"), hotLeads());
    REQUIRE(mine);
    const QString before = TestWorkspace::dump(*f.workspace);
    const auto notFound = [](const auto& result) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::NotFound);
    };
    notFound(SavedViewService::find(f.db, f.sarah, mine->id));
    notFound(SavedViewService::overwrite(f.db, f.sarah, mine->id, hotLeads()));
    notFound(SavedViewService::rename(f.db, f.sarah, mine->id, QStringLiteral("Theirs")));
    notFound(SavedViewService::remove(f.db, f.sarah, mine->id));
    notFound(SavedViewService::find(f.db, f.michael, mine->id + 1000));
    CHECK(TestWorkspace::dump(*f.workspace) == before);

    ActingContext vic = f.viewer();
    auto viewerView = SavedViewService::save(f.db, vic, leads, QStringLiteral("Mine"), hotLeads());
    REQUIRE(viewerView);
    CHECK(SavedViewService::rename(f.db, vic, viewerView->id, QStringLiteral("Vic's")));
    CHECK(SavedViewService::list(f.db, vic, leads)->size() == 1);
    CHECK(SavedViewService::remove(f.db, vic, viewerView->id));

    // A context that is no membership is refused.
    ActingContext stranger = f.michael;
    stranger.accountId = id(DemoWorkspace::demoVendorId);
    for (const Error& error :
         {SavedViewService::list(f.db, stranger, leads).error(),
          SavedViewService::save(f.db, stranger, leads, QStringLiteral("X"), hotLeads()).error(),
          SavedViewService::remove(f.db, stranger, mine->id).error()})
        CHECK(error.code == ErrorCode::PermissionDenied);
    CHECK(SavedViewService::list(f.db, f.michael, leads)->size() == 1);
}

TEST_CASE("The database refuses saved views that break the rules", "[views][errors]")
{
    ViewFixture f;
    const QString insert = QStringLiteral(
        "INSERT INTO saved_views(user_id, directory, name, definition, created_at, updated_at) "
        "VALUES ('%1', '%2', '%3', '%4', 1, 1)");
    const QString user = f.michael.userId;
    REQUIRE_FALSE(
        execFails(f.db, insert.arg(user, leads, QStringLiteral("Hot"), QStringLiteral("{}"))));
    CHECK(execFails(f.db, insert.arg(user, leads, QStringLiteral("HOT"), QStringLiteral("{}"))));
    CHECK(execFails(f.db, insert.arg(user, leads, QStringLiteral(" Cold"), QStringLiteral("{}"))));
    CHECK(execFails(f.db, insert.arg(user, leads, QString(), QStringLiteral("{}"))));
    CHECK(execFails(f.db,
                    insert.arg(user, leads, QString(101, QLatin1Char('x')), QStringLiteral("{}"))));
    CHECK(execFails(f.db, insert.arg(user, QStringLiteral("contracts"), QStringLiteral("C"),
                                     QStringLiteral("{}"))));
    CHECK(
        execFails(f.db, insert.arg(user, leads, QStringLiteral("C"), QStringLiteral("not json"))));
    CHECK(execFails(f.db, insert.arg(user, leads, QStringLiteral("C"), QStringLiteral("[1]"))));
    CHECK(execFails(f.db, insert.arg(QStringLiteral("UR-000-000-000"), leads, QStringLiteral("C"),
                                     QStringLiteral("{}"))));
    CHECK(f.viewCount() == 1);
    // Views go with their user (one without any event, which would keep the user).
    const ActingContext vic = f.viewer();
    REQUIRE_FALSE(execFails(
        f.db, insert.arg(vic.userId, leads, QStringLiteral("Vics"), QStringLiteral("{}"))));
    CHECK(f.viewCount() == 2);
    QSqlQuery query(f.db);
    REQUIRE(query.prepare(QStringLiteral("DELETE FROM users WHERE id = ?")));
    query.addBindValue(vic.userId);
    REQUIRE(query.exec());
    CHECK(f.viewCount() == 1);
}
