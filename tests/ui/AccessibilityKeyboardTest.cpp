#include "AccessibilityAudit.h"
#include "AccessibilityDemo.h"
#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "admin/MemberDialog.h"
#include "admin/ReferenceNameDialog.h"
#include "catalog/ListingRequestDialog.h"
#include "catalog/MarketplaceDialog.h"
#include "catalog/ProductDialog.h"
#include "catalog/ProductGroupDialog.h"
#include "demo/DemoWorkspace.h"
#include "intake/WebFormPublications.h"
#include "integrations/ApiKeyService.h"
#include "integrations/NewApiKeyDialog.h"
#include "integrations/PublishWebFormDialog.h"
#include "leads/CreateLeadWizard.h"
#include "leads/DisqualifyDialog.h"
#include "leads/EditLeadDialog.h"
#include "leads/LeadFormEditorDialog.h"
#include "main/NewWorkspaceDialog.h"
#include "main/ServerConnectDialog.h"
#include "partners/AcceptInvitationDialog.h"
#include "partners/AccountProfileDialog.h"
#include "partners/AddPartnerWizard.h"
#include "partners/AgreementEditorDialog.h"
#include "partners/AgreementVersionsDialog.h"
#include "partners/InvitationLinkDialog.h"
#include "partners/NewContractDialog.h"
#include "partners/NewsEditorDialog.h"
#include "partners/PartnerLifecycle.h"
#include "partners/RemovePartnerDialog.h"
#include "transfer/ImportDialog.h"
#include "views/SavedViewNameDialog.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWizard>

#include <functional>
#include <memory>

namespace {

/// The button Enter presses in dialog: its default button (Next or Finish in a wizard).
QPushButton* enterButton(QDialog* dialog)
{
    const auto buttons = dialog->findChildren<QPushButton*>();
    for (QPushButton* button : buttons)
        if (button->isDefault() && button->isVisible())
            return button;
    return nullptr;
}

/// Whether the button Enter presses accepts the dialog or advances the wizard.
bool enterAcceptsOrAdvances(QDialog* dialog)
{
    QPushButton* button = enterButton(dialog);
    if (!button)
        return false;
    if (auto* wizard = qobject_cast<QWizard*>(dialog))
        return button == wizard->button(QWizard::NextButton) ||
               button == wizard->button(QWizard::CommitButton) ||
               button == wizard->button(QWizard::FinishButton);
    auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget());
    if (!box)
        return false;
    const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
    return role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole ||
           role == QDialogButtonBox::ApplyRole;
}

/// Shows dialog, audits it, checks that Tab reaches every input and button, that Enter
/// accepts (or advances) it and that Escape cancels it.
void requireKeyboardOnly(QDialog* dialog)
{
    INFO("dialog " << dialog->objectName().toStdString());
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(AccessibilityAudit::newProblems(dialog) == QStringList());

    // Tab, pressed for real, reaches every input and button.
    QList<QWidget*> reached;
    QWidget* start = QApplication::focusWidget();
    if (!start || start->window() != dialog) {
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        if (const QList<QWidget*> stops = AccessibilityAudit::tabStops(dialog); !stops.isEmpty())
            stops.first()->setFocus(Qt::TabFocusReason);
        start = QApplication::focusWidget();
    }
    REQUIRE(start);
    for (int i = 0; i < 200; ++i) {
        QWidget* current = QApplication::focusWidget();
        if (!current || (i > 0 && current == start))
            break;
        reached << current;
        QTest::keyClick(current, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget* stop : AccessibilityAudit::tabStops(dialog))
        if (!reached.contains(stop))
            missing << QString::fromLatin1(stop->metaObject()->className()) + QLatin1Char(' ') +
                           stop->objectName();
    CHECK(missing == QStringList());

    // Not to accept with Enter: two viewers whose only button is Close, and the confirmation of
    // a destructive action (removing a partner), where Enter must not remove.
    static const QStringList enterGaps = {QStringLiteral("agreementVersionsDialog"),
                                          QStringLiteral("invitationLinkDialog"),
                                          QStringLiteral("removePartnerDialog")};
    CHECK((enterAcceptsOrAdvances(dialog) || enterGaps.contains(dialog->objectName())));

    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Rejected);
}

} // namespace

TEST_CASE("Every dialog and wizard works with the keyboard alone", "[ui][accessibility][keyboard]")
{
    AccessibilityDemo f;
    const QString agreementId = f.scalar(
        QStringLiteral("SELECT id FROM agreements WHERE owner_account_id = ? ORDER BY id LIMIT 1"),
        {id(DemoWorkspace::homeDistributorId)});
    const QString leadId = f.scalar(
        QStringLiteral("SELECT id FROM leads WHERE distributor_account_id = ? ORDER BY id LIMIT 1"),
        {id(DemoWorkspace::homeDistributorId)});
    const auto noSubmit = [](const QString&) { return Result<void>(); };
    std::vector<std::pair<const char*, std::function<QDialog*()>>> dialogs = {
        {"MemberDialog",
         [&] { return new MemberDialog(MemberDialog::Mode::NewUser, f.workspace, f.home); }},
        {"ReferenceNameDialog",
         [&] { return new ReferenceNameDialog(QStringLiteral("Campaign"), {}, noSubmit); }},
        {"ProductDialog",
         [&] {
             auto* dialog = new ProductDialog(f.workspace, f.vendor);
             CHECK(dialog->load({}));
             return dialog;
         }},
        {"MarketplaceDialog",
         [&] {
             auto* dialog = new MarketplaceDialog(f.workspace, f.home);
             CHECK(dialog->load({}));
             return dialog;
         }},
        {"ProductGroupDialog",
         [&] {
             auto* dialog = new ProductGroupDialog(f.workspace, f.home);
             CHECK(dialog->load({}));
             return dialog;
         }},
        {"ListingRequestDialog",
         [&] {
             auto* dialog = new ListingRequestDialog(f.workspace, f.vendor);
             CHECK(dialog->load());
             return dialog;
         }},
        {"DisqualifyDialog", [&] { return new DisqualifyDialog(QStringLiteral("A lead")); }},
        {"EditLeadDialog", [&] { return new EditLeadDialog(f.workspace, f.home, leadId); }},
        {"LeadFormEditorDialog",
         [&] {
             auto* dialog = new LeadFormEditorDialog(f.workspace, f.vendor);
             CHECK(dialog->load({}));
             return dialog;
         }},
        {"NewWorkspaceDialog", [&] { return new NewWorkspaceDialog; }},
        {"ServerConnectDialog", [&] { return new ServerConnectDialog; }},
        {"AcceptInvitationDialog", [&] { return new AcceptInvitationDialog(f.workspace); }},
        {"AccountProfileDialog",
         [&] {
             return new AccountProfileDialog(f.workspace, f.home,
                                             id(DemoWorkspace::homeDistributorId),
                                             QStringLiteral("Mighty Mick's LLC"));
         }},
        {"AgreementEditorDialog",
         [&] {
             auto* dialog = new AgreementEditorDialog(f.workspace, f.home);
             CHECK(dialog->load({}));
             return dialog;
         }},
        {"AgreementVersionsDialog",
         [&] {
             auto* dialog = new AgreementVersionsDialog(f.workspace, f.home, agreementId);
             CHECK(dialog->load());
             return dialog;
         }},
        {"InvitationLinkDialog",
         [&] {
             return new InvitationLinkDialog(QStringLiteral("Bluebird"),
                                             QStringLiteral("channeldesk://invite/abc"),
                                             QDateTime::currentMSecsSinceEpoch() + 86400000);
         }},
        {"NewContractDialog",
         [&] {
             return new NewContractDialog(f.workspace, f.home, id(DemoWorkspace::ingramMicroId));
         }},
        {"NewsEditorDialog", [&] { return new NewsEditorDialog(f.workspace, f.home); }},
        {"RemovePartnerDialog",
         [&] {
             auto plan = PartnerLifecycle::removalPlan(f.workspace, f.home,
                                                       id(DemoWorkspace::ingramMicroId));
             REQUIRE(plan);
             return new RemovePartnerDialog(plan.value());
         }},
        {"ImportDialog",
         [&] { return new ImportDialog(TransferKind::Leads, f.workspace, f.home); }},
        {"SavedViewNameDialog",
         [&] {
             return new SavedViewNameDialog(QStringLiteral("Save view"), QStringLiteral("Name it"),
                                            QStringLiteral("Save"), {}, noSubmit);
         }},
        {"NewApiKeyDialog",
         [&] {
             return new NewApiKeyDialog([&](const QString& name) {
                 return ApiKeyService::create(f.workspace, f.home, name);
             });
         }},
        {"PublishWebFormDialog",
         [&] {
             auto pairs = WebFormPublications::list(f.workspace, f.home);
             REQUIRE(pairs);
             REQUIRE_FALSE(pairs->isEmpty());
             return new PublishWebFormDialog(
                 pairs->first(), QStringLiteral("http://127.0.0.1:8080"),
                 [](const QString&, const QStringList&) -> Result<WebFormPublication> {
                     return Error{ErrorCode::Invalid, QStringLiteral("Not in this test")};
                 });
         }},
        {"CreateLeadWizard", [&] { return new CreateLeadWizard(f.workspace, f.home); }},
        {"AddPartnerWizard", [&] { return new AddPartnerWizard(f.workspace, f.home); }},
    };
    for (const auto& [name, make] : dialogs) {
        DYNAMIC_SECTION(name)
        {
            std::unique_ptr<QDialog> dialog(make());
            REQUIRE(dialog);
            requireKeyboardOnly(dialog.get());
        }
    }
}

TEST_CASE("Enter accepts a dialog and advances a wizard", "[ui][accessibility][keyboard]")
{
    SECTION("a name dialog")
    {
        QString submitted;
        SavedViewNameDialog dialog(QStringLiteral("Save view"), QStringLiteral("Name it"),
                                   QStringLiteral("Save"), {}, [&](const QString& name) {
                                       submitted = name;
                                       return Result<void>();
                                   });
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("savedViewNameEdit"));
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("My leads"));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(submitted == QStringLiteral("My leads"));
        CHECK(dialog.result() == QDialog::Accepted);
    }
    SECTION("New API key: Enter creates the key, then the key can be copied, Escape closes")
    {
        AccessibilityDemo f;
        NewApiKeyDialog dialog(
            [&](const QString& name) { return ApiKeyService::create(f.workspace, f.home, name); });
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("newApiKeyNameEdit"));
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Keyboard form"));
        QTest::keyClick(edit, Qt::Key_Return);
        REQUIRE(dialog.isShowingKey());
        CHECK(dialog.isVisible());
        // The key page passes the audit and its inputs are reached with Tab from Copy.
        CHECK(AccessibilityAudit::newProblems(&dialog) == QStringList());
        CHECK(QApplication::focusWidget() == dialog.copyButton());
        QTest::keyClick(dialog.copyButton(), Qt::Key_Space);
        CHECK(QApplication::clipboard()->text() == dialog.tokenEdit()->text());
        QList<QWidget*> reached;
        for (int i = 0; i < 10 && !reached.contains(QApplication::focusWidget()); ++i) {
            reached << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        CHECK(reached.contains(dialog.tokenEdit()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
    SECTION("the Add partner wizard")
    {
        AccessibilityDemo f;
        AddPartnerWizard wizard(f.workspace, f.home);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        const int first = wizard.currentId();
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("partnerNameEdit"));
        REQUIRE(name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Keyboard Ltd"));
        QTest::keyClick(name, Qt::Key_Return);
        CHECK(wizard.currentId() != first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK_FALSE(wizard.isVisible());
    }
}
