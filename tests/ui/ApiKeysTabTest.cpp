// Administration → API keys (issue 14): crm_admins create a key (shown once, with Copy), see
// the account's keys and revoke them; nobody else sees the tab.
#include "AccessibilityAudit.h"
#include "CatalogFixture.h"
#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "catalog/AdministrationModule.h"
#include "common/DirectoryView.h"
#include "common/InlineMessage.h"
#include "demo/DemoWorkspace.h"
#include "integrations/ApiKeyListModel.h"
#include "integrations/ApiKeyService.h"
#include "integrations/ApiKeyToken.h"
#include "integrations/ApiKeysTab.h"
#include "integrations/NewApiKeyDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
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

struct KeysTabFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));
    ApiKeysTab tab;

    KeysTabFixture() { REQUIRE(tab.load(workspace, admin)); }

    QStringList column(int column) const
    {
        QStringList cells;
        const QAbstractItemModel* model = tab.view()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            cells << model->index(row, column).data().toString();
        return cells;
    }
    /// Creates a key named name through the dialog; returns the token it shows.
    QString createThroughDialog(const QString& name)
    {
        QPointer<NewApiKeyDialog> dialog = tab.openNewKeyDialog();
        REQUIRE(dialog);
        dialog->nameEdit()->setText(name);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        REQUIRE(dialog->isShowingKey());
        const QString token = dialog->tokenEdit()->text();
        dialog->buttons()->button(QDialogButtonBox::Close)->click();
        return token;
    }
};

QStringList tabLabels(const AdministrationModule& module)
{
    QStringList labels;
    for (int i = 0; i < module.tabs()->count(); ++i)
        labels << module.tabs()->tabText(i);
    return labels;
}

} // namespace

TEST_CASE("A CRM admin creates an API key in the app and sees it once, with Copy", "[ui][api-keys]")
{
    KeysTabFixture f;
    QTableView* table = f.tab.view()->table();
    CHECK(table->accessibleName() == QStringLiteral("API keys"));
    CHECK(table->model()->rowCount() == 0);
    REQUIRE(f.tab.newButton()->isVisibleTo(&f.tab));
    CHECK_FALSE(f.tab.revokeButton()->isEnabled());

    QPointer<NewApiKeyDialog> dialog = f.tab.openNewKeyDialog();
    REQUIRE(dialog);
    QPushButton* create = dialog->buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(create->isEnabled());
    auto* nameLabel = dialog->findChild<QLabel*>(QStringLiteral("newApiKeyNameLabel"));
    REQUIRE(nameLabel);
    CHECK(nameLabel->buddy() == dialog->nameEdit());
    CHECK(dialog->nameEdit()->maxLength() == ApiKeyService::maxNameLength);
    CHECK_FALSE(dialog->tokenEdit()->isVisibleTo(dialog));
    dialog->nameEdit()->setText(QStringLiteral("Website form"));
    CHECK(create->isEnabled());
    create->click();
    REQUIRE(dialog->isShowingKey());
    const QString token = dialog->tokenEdit()->text();
    CHECK(ApiKeyToken::isWellFormed(token));
    CHECK(dialog->tokenEdit()->isReadOnly());
    CHECK(dialog->tokenEdit()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->nameEdit()->isVisibleTo(dialog));
    CHECK(dialog->onceNote()->isVisibleTo(dialog));
    CHECK(dialog->onceNote()->text().contains(QStringLiteral("you will not see it again")));
    auto* tokenLabel = dialog->findChild<QLabel*>(QStringLiteral("newApiKeyTokenLabel"));
    REQUIRE(tokenLabel);
    CHECK(tokenLabel->buddy() == dialog->tokenEdit());
    // Only Close is left: the key exists, there is nothing to cancel.
    CHECK(dialog->buttons()->buttons().size() == 1);
    CHECK(dialog->buttons()->button(QDialogButtonBox::Close));

    QApplication::clipboard()->clear();
    dialog->copyButton()->click();
    CHECK(QApplication::clipboard()->text() == token);
    CHECK(dialog->copyButton()->text() == QStringLiteral("Copied"));

    // The list shows the new key at once, by its first characters only.
    CHECK(f.column(ApiKeyListModel::Name) == QStringList{QStringLiteral("Website form")});
    CHECK(f.column(ApiKeyListModel::Prefix) ==
          QStringList{token.left(12) + QStringLiteral("\u2026")});
    CHECK(f.column(ApiKeyListModel::LastUsed) == QStringList{QStringLiteral("Never")});
    CHECK(f.column(ApiKeyListModel::Status) == QStringList{QStringLiteral("Active")});
    for (int column = 0; column < table->model()->columnCount(); ++column)
        CHECK_FALSE(f.column(column).join(QLatin1Char(' ')).contains(token.mid(12)));
    CHECK(f.tab.currentKeyId() == f.column(ApiKeyListModel::Id).value(0));

    dialog->buttons()->button(QDialogButtonBox::Close)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
    auto identity =
        ApiKeyService::authenticate(f.workspace, token, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(identity);
    CHECK(identity->acting == f.admin);
    REQUIRE(f.tab.load(f.workspace, f.admin));
    CHECK(f.column(ApiKeyListModel::LastUsed) != QStringList{QStringLiteral("Never")});
}

TEST_CASE(
    "Revoke asks first, then the key stops working, and a revoked key cannot be revoked again",
    "[ui][api-keys]")
{
    KeysTabFixture f;
    const QString token = f.createThroughDialog(QStringLiteral("Mail gateway"));
    REQUIRE(f.tab.view()->selectId(f.column(ApiKeyListModel::Id).value(0)));
    REQUIRE(f.tab.revokeButton()->isEnabled());

    // No: nothing happens.
    whenModal([](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::No)->click();
    });
    f.tab.revokeButton()->click();
    CHECK(f.column(ApiKeyListModel::Status) == QStringList{QStringLiteral("Active")});

    QString question;
    whenModal([&question](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    f.tab.revokeButton()->click();
    CHECK(question.contains(QStringLiteral("Mail gateway")));
    CHECK(f.column(ApiKeyListModel::Status).value(0).startsWith(QStringLiteral("Revoked")));
    CHECK(f.tab.currentKeyId() == f.column(ApiKeyListModel::Id).value(0));
    CHECK_FALSE(f.tab.revokeButton()->isEnabled());
    auto refused =
        ApiKeyService::authenticate(f.workspace, token, QDateTime::currentMSecsSinceEpoch());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A refused key leaves the dialog open with the name typed and the reason shown",
          "[ui][api-keys]")
{
    KeysTabFixture f;
    // The window thinks the user is an admin; the database says otherwise.
    ActingContext claimed =
        TestWorkspace::memberWithRole(*f.workspace, f.admin.accountId, QStringLiteral("crm_sales"));
    claimed.userRole = UserRole::CrmAdmin;
    CHECK_FALSE(f.tab.load(f.workspace, claimed));
    NewApiKeyDialog* dialog = f.tab.openNewKeyDialog();
    REQUIRE(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Sneaky"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK_FALSE(dialog->isShowingKey());
    CHECK(dialog->nameEdit()->text() == QStringLiteral("Sneaky"));
    CHECK(dialog->problemLabel()->isVisibleTo(dialog));
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("Only a CRM admin")));
    CHECK(TestWorkspace::count(*f.workspace, QStringLiteral("SELECT count(*) FROM api_keys")) == 0);
    dialog->reject();
}

TEST_CASE("Only CRM admins see the API keys tab", "[ui][api-keys]")
{
    CatalogFixture f;
    AdministrationModule module;
    for (const ActingContext& acting :
         {f.distributorManager(), f.distributorSales(), f.distributorViewer(), f.vendorViewer()}) {
        REQUIRE(module.load(f.workspace, acting));
        INFO(acting.userName.toStdString());
        CHECK_FALSE(tabLabels(module).contains(QStringLiteral("API keys")));
        CHECK(module.tabs()->indexOf(module.apiKeysTab()) < 0);
    }
    REQUIRE(module.load(f.workspace, f.vendorAdmin()));
    CHECK(tabLabels(module).contains(QStringLiteral("API keys")));
    CHECK(module.apiKeysTab()->newButton()->isVisibleTo(module.apiKeysTab()));
}

TEST_CASE("Screenshots of the API keys tab and the New API key dialog", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    KeysTabFixture f;
    f.createThroughDialog(QStringLiteral("Website form (www.mightymicks.example)"));
    const QString revoked = f.createThroughDialog(QStringLiteral("Old mail gateway"));
    REQUIRE(ApiKeyService::authenticate(f.workspace, revoked, QDateTime::currentMSecsSinceEpoch()));
    REQUIRE(f.tab.view()->selectId(f.column(ApiKeyListModel::Id).value(0)));
    REQUIRE(ApiKeyService::revoke(f.workspace, f.admin, f.tab.currentKeyId()));
    REQUIRE(f.tab.load(f.workspace, f.admin));
    f.tab.resize(1100, 360);
    f.tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.tab));
    QTest::qWait(50);
    REQUIRE(f.tab.grab().save(QDir(out).filePath(QStringLiteral("api-keys-tab.png"))));

    QPointer<NewApiKeyDialog> dialog = f.tab.openNewKeyDialog();
    REQUIRE(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Website form"));
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(QDir(out).filePath(QStringLiteral("api-key-new.png"))));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(QDir(out).filePath(QStringLiteral("api-key-shown.png"))));
    dialog->reject();
}
