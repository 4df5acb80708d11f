#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"
#include "leads/EditLeadDialog.h"
#include "leads/LeadFormWidget.h"
#include "leads/LeadService.h"
#include "reference/ReferenceListService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

TEST_CASE("The distributor edits a New lead in the edit dialog", "[ui][leads][edit]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString leadId = TestWorkspace::scalar(*workspace, QStringLiteral(
        "SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' "
        "AND form_id IS NOT NULL ORDER BY id LIMIT 1"), {home.accountId});

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
    CHECK(TestWorkspace::scalar(*workspace, QStringLiteral(
              "SELECT name || '|' || json_extract(custom_values, '$.seats') FROM leads WHERE id = ?"),
              {leadId})
          == QStringLiteral("Renamed in the dialog|55"));
}

TEST_CASE("A refused edit keeps the dialog open with what was typed", "[ui][leads][edit]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString leadId = TestWorkspace::scalar(*workspace, QStringLiteral(
        "SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' ORDER BY id LIMIT 1"),
        {home.accountId});
    EditLeadDialog dialog(workspace, home, leadId);
    REQUIRE(dialog.isReady());
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("leadNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Typed but not saved"));

    // The vendor decides the lead meanwhile: the distributor may no longer edit it.
    const ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                       id(DemoWorkspace::demoVendorId));
    REQUIRE(LeadService::disqualify(workspace, vendor, leadId, QStringLiteral("Duplicate")));
    const QString before = TestWorkspace::dump(*workspace);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(name->text() == QStringLiteral("Typed but not saved"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("editLeadErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Only New leads")));
    CHECK(TestWorkspace::dump(*workspace) == before);

    // Other accounts cannot even open it.
    const ActingContext telefonica = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::telefonicaId));
    EditLeadDialog stranger(workspace, telefonica, leadId);
    CHECK_FALSE(stranger.isReady());
}

TEST_CASE("A lead keeps its retired selling direction in the edit dialog", "[ui][leads][edit][reference]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const QString leadId = TestWorkspace::scalar(*workspace, QStringLiteral(
        "SELECT id FROM leads WHERE distributor_account_id = ? AND status = 'new' "
        "AND form_id IS NOT NULL ORDER BY id LIMIT 1"), {home.accountId});
    const QString direction = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT selling_direction_id FROM leads WHERE id = ?"), {leadId});
    const QString name = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT name FROM selling_directions WHERE id = ?"), {direction});
    REQUIRE(ReferenceListService::setRetired(workspace, home,
                                             ReferenceKind::SellingDirections, direction, true));

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
    CHECK(TestWorkspace::scalar(*workspace, QStringLiteral("SELECT selling_direction_id FROM leads WHERE id = ?"),
                                {leadId})
          == direction);
}
