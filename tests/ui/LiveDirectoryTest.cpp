// Live updates in the ui: a directory reads the rows again when another program changes the
// workspace (here a second connection to the same file: ChangeFeed's data_version path), keeping
// the scroll position and the current record; windows wait while the user edits.
#include "DirectoryWait.h"
#include "TestWorkspace.h"

#include "common/DirectoryView.h"
#include "common/LiveRefresh.h"
#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectoryModel.h"
#include "storage/SqlError.h"
#include "storage/WorkspaceHandle.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

TEST_CASE("A directory shows what another program added and keeps its scroll position and "
          "current record",
          "[ui][directory][live]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo(QStringLiteral("live.channeldesk"));
    REQUIRE(DemoVolume::add(workspace, 3000, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    DirectoryView view(QStringLiteral("liveLeadDirectory"), QStringLiteral("Leads"));
    LeadDirectoryModel model;
    view.setDirectoryModel(&model);
    model.open(workspace, home);
    view.resize(900, 500);
    view.show();
    REQUIRE(waitUntilLoaded(&model));
    const qint64 before = model.totalCount();

    QTableView* table = view.table();
    const int chosen = 1000;
    table->scrollTo(model.index(chosen, 0), QAbstractItemView::PositionAtTop);
    REQUIRE(QTest::qWaitFor(
        [&] {
            model.index(chosen, 0).data(); // asks for its window, as painting it would
            return model.isRowLoaded(chosen);
        },
        5000));
    table->setCurrentIndex(model.index(chosen, LeadDirectoryModel::Name));
    const QString chosenId = model.idAt(chosen);
    REQUIRE_FALSE(chosenId.isEmpty());
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // Another program (its own connection) adds leads, some of them this account's.
    int refreshes = 0;
    QObject::connect(&model, &DirectoryModel::refreshed, &view, [&refreshes] { ++refreshes; });
    {
        auto other = Workspace::open(workspace->path());
        REQUIRE(other);
        REQUIRE(DemoVolume::add(other.value()->connection(), 40, 0));
    }
    REQUIRE(QTest::qWaitFor([&] { return refreshes > 0; }, 10000));
    CHECK(model.totalCount() > before);
    REQUIRE(QTest::qWaitFor(
        [&] {
            table->currentIndex().data(); // asks for the current row's window
            return table->currentIndex().data(DirectoryModel::IdRole).toString() == chosenId;
        },
        10000));
    CHECK(table->verticalScrollBar()->value() == scrolled);
    CHECK(table->currentIndex().column() == LeadDirectoryModel::Name);
    CHECK(table->selectionModel()->selectedRows().size() == 1);
    // The rows shown are read again, not left "Loading…".
    REQUIRE(QTest::qWaitFor(
        [&] {
            model.index(table->rowAt(0), 0).data();
            return model.isRowLoaded(table->rowAt(0));
        },
        5000));
}

TEST_CASE("A window waits with a live reload until the user's edit is over", "[ui][live]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo(QStringLiteral("wait.channeldesk"));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* edit = new QLineEdit(&window);
    auto* other = new QTableView(&window);
    layout->addWidget(edit);
    layout->addWidget(other);
    int reloads = 0;
    auto* live = new LiveRefresh(&window, workspace, {QStringLiteral("companies")},
                                 [&reloads] { ++reloads; });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    edit->setFocus();
    REQUIRE(window.focusWidget() == edit);
    CHECK(LiveRefresh::isEditing(&window));

    auto theirs = Workspace::open(workspace->path());
    REQUIRE(theirs);
    REQUIRE(SqlError::run(theirs.value()->connection(),
                          QStringLiteral("UPDATE companies SET name = name || '.'"), {}));
    REQUIRE(QTest::qWaitFor([&] { return live->isPending(); }, 10000));
    CHECK(reloads == 0);
    // The edit ends: the change shows.
    other->setFocus();
    REQUIRE(window.focusWidget() == other);
    CHECK_FALSE(LiveRefresh::isEditing(&window));
    REQUIRE(QTest::qWaitFor([&] { return reloads == 1; }, 10000));
    CHECK_FALSE(live->isPending());
}
