#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "partners/ActivationLinkRow.h"
#include "partners/InvitationLinkDialog.h"
#include "partners/InvitationService.h"
#include "partners/InvitationsTab.h"
#include "partners/PartnerService.h"
#include "partners/PartnersModule.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

struct InvitationsFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));
    PartnerCreation invited = invite();

    PartnerCreation invite() const
    {
        PartnerDraft draft;
        draft.type = AccountRole::Vendor;
        draft.name = QStringLiteral("Apollo Software");
        draft.createAgreement = false;
        draft.existingAgreementId = TestWorkspace::scalar(
            *workspace,
            QStringLiteral(
                "SELECT min(id) FROM agreements WHERE owner_account_id = ? AND type = 'program'"),
            {admin.accountId});
        draft.action = PartnerAction::GenerateInvitation;
        auto result = PartnerService::create(workspace, admin, draft);
        REQUIRE(result);
        return result.value();
    }
    int pending() const
    {
        auto list =
            InvitationService::pending(workspace, admin, QDateTime::currentMSecsSinceEpoch());
        REQUIRE(list);
        return int(list->size());
    }
};

QStringList partners(const InvitationsTab& tab)
{
    QStringList names;
    const QAbstractItemModel* model = tab.view()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

bool selectPartner(InvitationsTab& tab, const QString& name)
{
    QTableView* table = tab.view()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == name) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return true;
        }
    return false;
}

} // namespace

TEST_CASE("The Invitations tab lists pending invitations and Resend shows the new link",
          "[ui][invitations]")
{
    InvitationsFixture f;
    PartnersModule module;
    REQUIRE(module.load(f.workspace, f.admin));
    module.show();
    REQUIRE(module.tabs()->tabText(PartnersModule::InvitationsTabIndex) ==
            QStringLiteral("Invitations"));
    InvitationsTab* tab = module.invitationsTab();
    module.tabs()->setCurrentIndex(PartnersModule::InvitationsTabIndex);
    CHECK(tab->view()->table()->accessibleName() == QStringLiteral("Pending invitations"));
    CHECK(partners(*tab).contains(QStringLiteral("Apollo Software")));
    CHECK_FALSE(tab->resendButton()->isEnabled());
    REQUIRE(selectPartner(*tab, QStringLiteral("Apollo Software")));
    REQUIRE(tab->resendButton()->isEnabled());

    QTest::mouseClick(tab->resendButton(), Qt::LeftButton);
    QPointer<InvitationLinkDialog> dialog = tab->findChild<InvitationLinkDialog*>();
    REQUIRE(dialog);
    const QString link = dialog->linkRow()->linkEdit()->text();
    CHECK(link.startsWith(QStringLiteral("channeldesk://activate?token=")));
    CHECK(link != f.invited.activationLink);
    CHECK(dialog->linkRow()->expiryLabel()->text().contains(QStringLiteral("expires")));
    QTest::mouseClick(dialog->linkRow()->copyButton(), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == link);
    dialog->reject();
    // The old link no longer works, the new one does; still one pending invitation.
    CHECK_FALSE(InvitationService::inspect(f.workspace, f.invited.activationLink,
                                           QDateTime::currentMSecsSinceEpoch()));
    CHECK(InvitationService::inspect(f.workspace, link, QDateTime::currentMSecsSinceEpoch()));
    CHECK(partners(*tab).count(QStringLiteral("Apollo Software")) == 1);
}

TEST_CASE("Revoke takes the invitation off the list after a confirmation", "[ui][invitations]")
{
    InvitationsFixture f;
    InvitationsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    const int before = f.pending();
    REQUIRE(selectPartner(tab, QStringLiteral("Apollo Software")));
    // No: nothing changes.
    whenModal([](QWidget* box) {
        if (auto* message = qobject_cast<QMessageBox*>(box))
            message->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(tab.revokeButton(), Qt::LeftButton);
    CHECK(f.pending() == before);
    whenModal([](QWidget* box) {
        if (auto* message = qobject_cast<QMessageBox*>(box))
            message->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(tab.revokeButton(), Qt::LeftButton);
    CHECK(f.pending() == before - 1);
    CHECK_FALSE(partners(tab).contains(QStringLiteral("Apollo Software")));
    CHECK_FALSE(InvitationService::inspect(f.workspace, f.invited.activationLink,
                                           QDateTime::currentMSecsSinceEpoch()));
}

TEST_CASE("Sales and viewers see the invitations without Revoke and Resend",
          "[ui][invitations][permissions]")
{
    InvitationsFixture f;
    for (const char* role : {"crm_sales", "viewer"}) {
        INFO(role);
        const ActingContext other =
            TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, id(role));
        InvitationsTab tab;
        REQUIRE(tab.load(f.workspace, other));
        tab.show();
        CHECK(partners(tab).contains(QStringLiteral("Apollo Software")));
        CHECK_FALSE(tab.revokeButton()->isVisible());
        CHECK_FALSE(tab.resendButton()->isVisible());
        REQUIRE(selectPartner(tab, QStringLiteral("Apollo Software")));
        CHECK(tab.resendCurrent() == nullptr);
    }
}

TEST_CASE("Screenshots of the Invitations tab", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    InvitationsFixture f;
    PartnersModule module;
    REQUIRE(module.load(f.workspace, f.admin));
    module.resize(1300, 600);
    module.show();
    module.tabs()->setCurrentIndex(PartnersModule::InvitationsTabIndex);
    REQUIRE(selectPartner(*module.invitationsTab(), QStringLiteral("Apollo Software")));
    QTest::qWait(50);
    CHECK(module.grab().save(QDir(out).filePath(QStringLiteral("invitations-tab.png"))));
    InvitationLinkDialog* dialog = module.invitationsTab()->resendCurrent();
    REQUIRE(dialog);
    QTest::qWait(50);
    CHECK(dialog->grab().save(QDir(out).filePath(QStringLiteral("invitation-resent.png"))));
    dialog->reject();
}
