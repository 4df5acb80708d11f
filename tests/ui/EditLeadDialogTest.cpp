#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"
#include "leads/EditLeadDialog.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadFormWidget.h"
#include "leads/LeadService.h"
#include "reference/ReferenceListService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

/// The home distributor's first New lead in an edit dialog.
struct HomeLeadInDialog {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    QString leadId = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' "
                       "ORDER BY id LIMIT 1"),
        {home.accountId});
    EditLeadDialog dialog{workspace, home, leadId};
};

} // namespace

TEST_CASE("The distributor edits a New lead in the edit dialog", "[ui][leads][edit]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString leadId = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' "
                       "AND form_id IS NOT NULL ORDER BY id LIMIT 1"),
        {home.accountId});

    EditLeadDialog dialog(workspace, home, leadId);
    REQUIRE(dialog.isReady());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("leadNameEdit"));
    auto* seats = dialog.findChild<QLineEdit*>(QStringLiteral("custom_seats"));
    REQUIRE((name && seats));
    const QString before = name->text();
    CHECK_FALSE(before.isEmpty());
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    CHECK(save->isEnabled());

    // An invalid value disables Save and shows why.
    seats->setFocus();
    seats->selectAll();
    QTest::keyClicks(seats, QStringLiteral("many"));
    QTest::keyClick(seats, Qt::Key_Tab);
    CHECK_FALSE(save->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("custom_seatsReason"))->isVisible());

    seats->selectAll();
    QTest::keyClicks(seats, QStringLiteral("55"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed in the dialog"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(TestWorkspace::scalar(*workspace,
                                QStringLiteral("SELECT name || '|' || json_extract(custom_values, "
                                               "'$.seats') FROM leads WHERE id = ?"),
                                {leadId}) == QStringLiteral("Renamed in the dialog|55"));
}

TEST_CASE("A refused edit keeps the dialog open with what was typed", "[ui][leads][edit]")
{
    HomeLeadInDialog f;
    const auto& workspace = f.workspace;
    const QString& leadId = f.leadId;
    EditLeadDialog& dialog = f.dialog;
    REQUIRE(dialog.isReady());
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("leadNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Typed but not saved"));

    // The vendor decides the lead meanwhile: the distributor may no longer edit it.
    const ActingContext vendor = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    REQUIRE(LeadService::disqualify(workspace, vendor, leadId, QStringLiteral("Duplicate")));
    const QString before = TestWorkspace::dump(*workspace);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(name->text() == QStringLiteral("Typed but not saved"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("editLeadErrorLabel"));
    CHECK(error->isVisible());
    // It says who decided it, and that it can no longer be edited.
    CHECK(error->text().contains(QStringLiteral("meanwhile")));
    CHECK(error->text().contains(TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT name FROM users WHERE id = ?"), {vendor.userId})));
    CHECK(error->text().contains(QStringLiteral("can no longer be edited")));
    CHECK_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    CHECK(TestWorkspace::dump(*workspace) == before);

    // Other accounts cannot even open it.
    const ActingContext telefonica =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::telefonicaId));
    EditLeadDialog stranger(workspace, telefonica, leadId);
    CHECK_FALSE(stranger.isReady());
}

TEST_CASE("A lead keeps its retired selling direction in the edit dialog",
          "[ui][leads][edit][reference]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString leadId = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' "
                       "AND form_id IS NOT NULL ORDER BY id LIMIT 1"),
        {home.accountId});
    const QString direction = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT selling_direction_id FROM leads WHERE id = ?"),
        {leadId});
    const QString name = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT name FROM selling_directions WHERE id = ?"),
        {direction});
    REQUIRE(ReferenceListService::setRetired(workspace, home, ReferenceKind::SellingDirections,
                                             direction, true));

    EditLeadDialog dialog(workspace, home, leadId);
    REQUIRE(dialog.isReady());
    dialog.show();
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("sellingDirectionCombo"));
    REQUIRE(combo);
    CHECK(combo->currentData().toString() == direction);
    CHECK(combo->currentText() == QStringLiteral("%1 (retired)").arg(name));
    // The other entries are still offered; the retired one only because the lead has it.
    CHECK(combo->count() == 3);
    // Saved with the retired value kept.
    auto* lead = dialog.findChild<QLineEdit*>(QStringLiteral("leadNameEdit"));
    lead->selectAll();
    QTest::keyClicks(lead, QStringLiteral("Still the same direction"));
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(TestWorkspace::scalar(
              *workspace, QStringLiteral("SELECT selling_direction_id FROM leads WHERE id = ?"),
              {leadId}) == direction);
}

TEST_CASE("A lead changed by another user meanwhile: the dialog says who, shows their change and "
          "keeps what was typed",
          "[ui][leads][edit][concurrency]")
{
    HomeLeadInDialog f;
    const auto& workspace = f.workspace;
    const ActingContext& home = f.home;
    const QString& leadId = f.leadId;
    EditLeadDialog& dialog = f.dialog;
    REQUIRE(dialog.isReady());
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("leadNameEdit"));
    auto* city = dialog.findChild<QLineEdit*>(QStringLiteral("cityEdit"));
    REQUIRE((name && city));
    const QString storedName = name->text();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed by me"));

    // A colleague changes the city through a connection of their own, meanwhile.
    auto other = Workspace::open(workspace->path());
    REQUIRE(other);
    const ActingContext colleague =
        TestWorkspace::memberWithRole(*other.value(), home.accountId, QStringLiteral("crm_sales"));
    auto theirs = LeadCatalog::leadForEdit(other.value()->database(), colleague, leadId);
    REQUIRE(theirs);
    LeadDraft changed = theirs->draft;
    changed.city = QStringLiteral("Elsewhere");
    REQUIRE(LeadService::update(other.value()->database(), colleague, leadId, changed, nullptr,
                                theirs->rowVersion));

    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.sawConflict());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("editLeadErrorLabel"));
    CHECK(error->isVisible());
    INFO(error->text().toStdString());
    CHECK(error->text().contains(TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT name FROM users WHERE id = ?"), {colleague.userId})));
    CHECK(error->text().contains(QStringLiteral("meanwhile")));
    // Their change is shown, what was typed is kept, and nothing of it was written.
    CHECK(city->text() == QStringLiteral("Elsewhere"));
    CHECK(name->text() == QStringLiteral("Renamed by me"));
    CHECK(TestWorkspace::scalar(*workspace, QStringLiteral("SELECT name FROM leads WHERE id = ?"),
                                {leadId}) == storedName);

    // Saving again keeps both changes.
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(TestWorkspace::scalar(
              *workspace, QStringLiteral("SELECT name || '|' || city FROM leads WHERE id = ?"),
              {leadId}) == QStringLiteral("Renamed by me|Elsewhere"));
}
