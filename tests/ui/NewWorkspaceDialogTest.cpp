#include "CatchQt.h"

#include "main/NewWorkspaceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

TEST_CASE("New workspace dialog shows reasons and enables Create only when valid", "[ui][setup]")
{
    NewWorkspaceDialog dialog;
    dialog.show();
    auto* company = dialog.findChild<QLineEdit*>(QStringLiteral("accountNameEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("userNameEdit"));
    auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("userEmailEdit"));
    auto* emailReason = dialog.findChild<QLabel*>(QStringLiteral("userEmailEditReason"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("accountRoleCombo"));
    QPushButton* create = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE((company && name && email && emailReason && role && create));
    CHECK(create->text() == QStringLiteral("Create"));
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(emailReason->isVisible());

    QTest::keyClicks(company, QStringLiteral("Northwind"));
    QTest::keyClicks(name, QStringLiteral("Nancy Davolio"));
    QTest::keyClicks(email, QStringLiteral("nancy@"));
    CHECK(emailReason->isVisible());
    CHECK(emailReason->text().contains(QStringLiteral("e-mail")));
    CHECK_FALSE(create->isEnabled());

    QTest::keyClicks(email, QStringLiteral("northwind.test"));
    CHECK_FALSE(emailReason->isVisible());
    CHECK(create->isEnabled());
    role->setCurrentIndex(role->findText(QStringLiteral("Vendor")));
    const NewWorkspaceRequest request = dialog.request();
    CHECK(request.accountName == QStringLiteral("Northwind"));
    CHECK(request.accountRole == AccountRole::Vendor);
    CHECK(request.userEmail == QStringLiteral("nancy@northwind.test"));
}
