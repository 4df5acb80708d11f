#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"
#include "leads/EditLeadDialog.h"
#include "main/NewWorkspaceDialog.h"
#include "partners/AcceptInvitationDialog.h"
#include "partners/PartnerService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

/// Invites a new vendor with the home distributor's program agreement.
PartnerCreation invite(const Workspace& workspace, const ActingContext& home)
{
    PartnerDraft draft;
    draft.type = AccountRole::Vendor;
    draft.name = QStringLiteral("Invited Vendor");
    draft.createAgreement = false;
    draft.existingAgreementId = TestWorkspace::scalar(
        workspace,
        QStringLiteral(
            "SELECT min(id) FROM agreements WHERE type = 'program' AND owner_account_id = ?"),
        {home.accountId});
    draft.action = PartnerAction::GenerateInvitation;
    auto created = PartnerService::create(workspace.database(), home, draft);
    REQUIRE(created);
    return created.value();
}

} // namespace

TEST_CASE("A partner accepts an invitation through the dialog", "[ui][partners][invitations]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const auto created = invite(*workspace, home);

    AcceptInvitationDialog dialog(workspace, created.activationLink);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("invitationStatusLabel"))
              ->text()
              .contains(QStringLiteral("Invited Vendor")));
    CHECK_FALSE(
        dialog.findChild<QLabel*>(QStringLiteral("invitationAgreementLabel"))->text().isEmpty());
    QPushButton* accept = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(accept->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("invitationEmailEdit")),
                     QStringLiteral("ceo@invited.example"));
    CHECK_FALSE(accept->isEnabled()); // not yet accepted the agreement
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("acceptAgreementCheck")),
                      Qt::LeftButton, {}, QPoint(5, 5));
    REQUIRE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(TestWorkspace::scalar(
              *workspace,
              QStringLiteral("SELECT status FROM partnerships WHERE partner_account_id = ?"),
              {created.accountId}) == QStringLiteral("active"));

    // The same link again: a clear error, and Accept stays disabled.
    AcceptInvitationDialog again(workspace, created.activationLink);
    CHECK(again.findChild<QLabel*>(QStringLiteral("invitationStatusLabel"))
              ->text()
              .contains(QStringLiteral("already been used")));
    CHECK_FALSE(again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("Screenshots of the invitation and edit lead and new workspace dialogs", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                     id(DemoWorkspace::homeDistributorId));
    const auto created = invite(*workspace, home);
    AcceptInvitationDialog invitation(workspace, created.activationLink);
    invitation.show();
    QTest::qWait(50);
    REQUIRE(invitation.grab().save(out + QStringLiteral("/accept-invitation.png")));

    const QString leadId =
        TestWorkspace::scalar(*workspace,
                              QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = "
                                             "? AND status = 'new' AND form_id IS NOT NULL "
                                             "ORDER BY id LIMIT 1"),
                              {home.accountId});
    EditLeadDialog edit(workspace, home, leadId);
    edit.show();
    QTest::qWait(50);
    REQUIRE(edit.grab().save(out + QStringLiteral("/edit-lead.png")));

    NewWorkspaceDialog setup;
    setup.show();
    QTest::keyClicks(setup.findChild<QLineEdit*>(QStringLiteral("userEmailEdit")),
                     QStringLiteral("nancy@"));
    QTest::qWait(50);
    REQUIRE(setup.grab().save(out + QStringLiteral("/new-workspace.png")));
}
