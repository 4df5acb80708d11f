#include "DirectoryWait.h"
#include "TestWorkspace.h"
#include "WhenModal.h"

#include "common/DirectoryModel.h"
#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectoryModel.h"
#include "leads/LeadsModule.h"
#include "main/MainWindow.h"
#include "partners/PartnersModule.h"
#include "views/SavedViewNameDialog.h"
#include "views/SavedViewService.h"
#include "views/SavedViewsBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

/// Types name into the name dialog and presses Enter; returns the dialog's problem text.
void answerName(const QString& name, QString* problem = nullptr, bool cancelAfter = false)
{
    whenModal([name, problem, cancelAfter](QWidget* modal) {
        auto* dialog = qobject_cast<SavedViewNameDialog*>(modal);
        REQUIRE(dialog);
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), name);
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        if (problem)
            *problem = dialog->problemLabel()->text();
        if (cancelAfter && dialog->isVisible())
            QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
    });
}

struct ViewsWindow {
    TestWorkspace dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    LeadsModule* leads = nullptr;
    DirectoryView* view = nullptr;
    SavedViewsBar* bar = nullptr;
    QTableView* table = nullptr;
    DirectoryModel* model = nullptr;

    ViewsWindow()
    {
        QSettings().clear();
        dir.createDemo();
        path = dir.path(QStringLiteral("demo.channeldesk"));
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openWorkspace(path));
        window->resize(1400, 800);
        window->show();
        window->showModule(MainWindow::Module::Leads);
        leads = window->leadsModule();
        view = leads->directory();
        bar = leads->savedViews();
        table = view->table();
        model = view->directoryModel();
        REQUIRE(waitUntilLoaded(model));
    }

    QComboBox* filter(int column) const
    {
        auto* combo = view->findChild<QComboBox*>(view->objectName() +
                                                  QStringLiteral("Filter%1").arg(column));
        REQUIRE(combo);
        return combo;
    }

    QStringList viewNames() const
    {
        QStringList names;
        for (int i = 0; i < bar->combo()->count(); ++i)
            names << bar->combo()->itemText(i);
        return names;
    }

    QList<SavedView> stored() const
    {
        auto listed = SavedViewService::list(window->workspace()->database(), window->acting(),
                                             QStringLiteral("leads"));
        REQUIRE(listed);
        return listed.value();
    }
};

} // namespace

TEST_CASE("A saved view brings back search, filter, sort and columns, and is renamed and deleted",
          "[ui][views]")
{
    ViewsWindow f;
    QHeaderView* header = f.table->horizontalHeader();
    SavedViewsBar* bar = f.bar;
    CHECK(bar->objectName() == QStringLiteral("leadDirectoryViews"));
    auto* label = bar->findChild<QLabel*>(QStringLiteral("leadDirectoryViewsLabel"));
    REQUIRE(label);
    CHECK(label->buddy() == bar->combo());
    CHECK(bar->combo()->accessibleName() == QStringLiteral("Saved views"));
    CHECK(bar->combo()->count() == 0);
    CHECK(bar->saveAsAction()->isEnabled());
    CHECK_FALSE(bar->renameAction()->isEnabled());

    // Search, a filter, a sort, a hidden column and a moved one.
    QTest::keyClicks(f.view->searchEdit(), QStringLiteral("a"));
    QComboBox* status = f.filter(LeadDirectoryModel::Status);
    status->setCurrentIndex(status->findText(QStringLiteral("New")));
    f.table->sortByColumn(LeadDirectoryModel::Name, Qt::DescendingOrder);
    header->setSectionHidden(LeadDirectoryModel::Owner, true);
    header->moveSection(header->visualIndex(LeadDirectoryModel::Status), 0);
    REQUIRE(QTest::qWaitFor([&] { return f.model->query().search == QStringLiteral("a"); }, 2000));
    REQUIRE(waitUntilLoaded(f.model));
    const DirectoryQuery hotQuery = f.model->query();
    CHECK(hotQuery.filters.value(QStringLiteral("status")) == QStringLiteral("new"));
    CHECK(hotQuery.sortColumn == QStringLiteral("name"));
    CHECK(hotQuery.descending);

    answerName(QStringLiteral("Hot leads"));
    bar->saveAsAction()->trigger();
    CHECK(f.viewNames() == QStringList{QStringLiteral("Hot leads")});
    CHECK(bar->combo()->currentText() == QStringLiteral("Hot leads"));
    CHECK_FALSE(bar->isModified());
    REQUIRE(f.stored().size() == 1);
    const SavedView hot = f.stored().first();
    CHECK(hot.state.query == hotQuery);
    CHECK(hot.state.columns.first() == QStringLiteral("status"));
    CHECK_FALSE(hot.state.columns.contains(QStringLiteral("owner")));
    CHECK(hot.state.columns.size() == LeadDirectoryModel::Created); // all but Owner

    // Change everything: the view shows as modified.
    f.view->searchEdit()->clear();
    CHECK(bar->isModified());
    CHECK(bar->combo()->currentText() == QStringLiteral("Hot leads (modified)"));
    CHECK(bar->saveAction()->isEnabled());
    status->setCurrentIndex(0);
    f.table->sortByColumn(LeadDirectoryModel::Created, Qt::AscendingOrder);
    header->setSectionHidden(LeadDirectoryModel::Owner, false);
    header->moveSection(header->visualIndex(LeadDirectoryModel::Status),
                        LeadDirectoryModel::Status);
    header->setSectionHidden(LeadDirectoryModel::Source, true);
    REQUIRE(QTest::qWaitFor([&] { return f.model->query().search.isEmpty(); }, 2000));
    REQUIRE(waitUntilLoaded(f.model));
    CHECK(f.model->rowCount() == 12);

    // Saved as a second view, which becomes the chosen one.
    answerName(QStringLiteral("Everything"));
    bar->saveAsAction()->trigger();
    CHECK(f.viewNames() == QStringList{QStringLiteral("Everything"), QStringLiteral("Hot leads")});
    CHECK(bar->combo()->currentText() == QStringLiteral("Everything"));

    // Picking "Hot leads" with the keyboard applies it at once: one read of the rows.
    QSignalSpy resets(f.model, &QAbstractItemModel::modelReset);
    bar->combo()->setFocus();
    QTest::keyClick(bar->combo(), Qt::Key_Down);
    CHECK(bar->combo()->currentText() == QStringLiteral("Hot leads"));
    CHECK(resets.count() == 1);
    REQUIRE(waitUntilLoaded(f.model));
    CHECK(f.model->query() == hotQuery);
    CHECK(f.view->searchEdit()->text() == QStringLiteral("a"));
    CHECK(status->currentText() == QStringLiteral("New"));
    CHECK(header->sortIndicatorSection() == LeadDirectoryModel::Name);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(header->isSectionHidden(LeadDirectoryModel::Owner));
    CHECK_FALSE(header->isSectionHidden(LeadDirectoryModel::Source));
    CHECK(header->visualIndex(LeadDirectoryModel::Status) == 0);
    CHECK(f.view->state().columns == hot.state.columns);
    QTest::qWait(DirectoryView::searchDelayMs + 50); // no late search read follows
    CHECK(resets.count() == 1);
    CHECK_FALSE(bar->isModified());
    CHECK(bar->currentViewId() == hot.id);

    // Rename: a taken name is refused in the dialog, which keeps what was typed.
    QString problem;
    answerName(QStringLiteral("everything"), &problem, true);
    bar->renameAction()->trigger();
    CHECK(problem.contains(QStringLiteral("already have a view")));
    CHECK(f.viewNames() == QStringList{QStringLiteral("Everything"), QStringLiteral("Hot leads")});
    answerName(QStringLiteral("Hottest leads"));
    bar->renameAction()->trigger();
    CHECK(f.viewNames() ==
          QStringList{QStringLiteral("Everything"), QStringLiteral("Hottest leads")});
    CHECK(bar->combo()->currentText() == QStringLiteral("Hottest leads"));
    CHECK(f.stored().at(1).name == QStringLiteral("Hottest leads"));

    // Save overwrites the chosen view with what the directory shows now.
    QTest::keyClicks(f.view->searchEdit(), QStringLiteral("c"));
    CHECK(bar->isModified());
    bar->saveAction()->trigger();
    CHECK_FALSE(bar->isModified());
    CHECK(f.stored().at(1).state.query.search == QStringLiteral("ac"));

    // Delete asks first; Cancel keeps the view.
    whenModal([](QWidget* modal) {
        REQUIRE(modal->objectName() == QStringLiteral("savedViewDeleteConfirm"));
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    bar->deleteAction()->trigger();
    CHECK(f.stored().size() == 2);
    whenModal([](QWidget* modal) {
        auto* remove = modal->findChild<QPushButton*>(QStringLiteral("savedViewDeleteButton"));
        REQUIRE(remove);
        remove->click();
    });
    bar->deleteAction()->trigger();
    CHECK(f.viewNames() == QStringList{QStringLiteral("Everything")});
    CHECK(bar->combo()->currentIndex() == -1);
    CHECK(bar->currentViewId() == 0);
    CHECK_FALSE(bar->deleteAction()->isEnabled());
    REQUIRE(f.stored().size() == 1);
    CHECK(f.stored().first().name == QStringLiteral("Everything"));
}

TEST_CASE("Each user sees their own saved views, in both directories", "[ui][views]")
{
    ViewsWindow f;
    const QSqlDatabase db = f.window->workspace()->database();
    const ActingContext sarah =
        TestWorkspace::acting(*f.window->workspace(), id(DemoWorkspace::demoVendorUserId),
                              id(DemoWorkspace::demoVendorId));
    DirectoryState state;
    state.columns = {QStringLiteral("name"), QStringLiteral("status")};
    REQUIRE(SavedViewService::save(db, sarah, QStringLiteral("leads"), QStringLiteral("Sarah's"),
                                   state));
    answerName(QStringLiteral("Michael's"));
    f.bar->saveAsAction()->trigger();
    CHECK(f.viewNames() == QStringList{QStringLiteral("Michael's")});

    REQUIRE(
        f.window->setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
    CHECK(f.viewNames() == QStringList{QStringLiteral("Sarah's")});
    CHECK(f.bar->currentViewId() == 0);
    f.bar->combo()->setFocus();
    QTest::keyClick(f.bar->combo(), Qt::Key_Down);
    REQUIRE(waitUntilLoaded(f.model));
    CHECK(f.view->state().columns == state.columns);

    REQUIRE(
        f.window->setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId)));
    CHECK(f.viewNames() == QStringList{QStringLiteral("Michael's")});

    // The Partners directory has its own views.
    PartnersModule* partners = f.window->partnersModule();
    SavedViewsBar* partnerBar = partners->savedViews();
    CHECK(partnerBar->objectName() == QStringLiteral("partnerDirectoryViews"));
    CHECK(partnerBar->combo()->count() == 0);
    f.window->showModule(MainWindow::Module::Partners);
    REQUIRE(waitUntilLoaded(partners->directory()->directoryModel()));
    partners->directory()->table()->horizontalHeader()->setSectionHidden(1, true);
    answerName(QStringLiteral("Partners without type"));
    partnerBar->saveAsAction()->trigger();
    CHECK(partnerBar->combo()->currentText() == QStringLiteral("Partners without type"));
    auto stored = SavedViewService::list(db, f.window->acting(), QStringLiteral("partners"));
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK_FALSE(stored->first().state.columns.contains(QStringLiteral("type")));
}

TEST_CASE("Screenshots of saved views", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    ViewsWindow f;
    const auto save = [&out](QWidget* widget, const char* name) {
        REQUIRE(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    QComboBox* status = f.filter(LeadDirectoryModel::Status);
    status->setCurrentIndex(status->findText(QStringLiteral("New")));
    REQUIRE(waitUntilLoaded(f.model));
    answerName(QStringLiteral("New leads"));
    f.bar->saveAsAction()->trigger();
    QTest::keyClicks(f.view->searchEdit(), QStringLiteral("acme"));
    QTest::qWait(DirectoryView::searchDelayMs + 50);
    REQUIRE(waitUntilLoaded(f.model));
    save(f.window.get(), "views-leads-modified.png");

    whenModal([&save](QWidget* modal) {
        auto* dialog = qobject_cast<SavedViewNameDialog*>(modal);
        REQUIRE(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("new LEADS"));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
        save(dialog, "views-save-dialog-refused.png");
        dialog->reject();
    });
    f.bar->saveAsAction()->trigger();
    whenModal([&save](QWidget* modal) {
        save(modal, "views-rename-dialog.png");
        static_cast<QDialog*>(modal)->reject();
    });
    f.bar->renameAction()->trigger();
    whenModal([&save](QWidget* modal) {
        save(modal, "views-delete-confirm.png");
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    f.bar->deleteAction()->trigger();
    f.bar->manageButton()->menu()->popup(f.bar->manageButton()->mapToGlobal(QPoint(0, 30)));
    QTest::qWait(50);
    save(f.bar->manageButton()->menu(), "views-menu.png");
    f.bar->manageButton()->menu()->close();
}
