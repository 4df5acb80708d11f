#include "AccessibilityAudit.h"
#include "AccessibleTree.h"
#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/DisplayFormat.h"
#include "demo/DemoWorkspace.h"
#include "partners/AddPartnerAccountPage.h"
#include "partners/AddPartnerAgreementPage.h"
#include "partners/AddPartnerMarketplacesPage.h"
#include "partners/AddPartnerSyndicationPage.h"
#include "partners/AddPartnerWizard.h"
#include "partners/AgreementForm.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTextEdit>

namespace {

template <typename T> T* find(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

/// The wizard's step list as shown: "1  Partner details", …; current is the highlighted one.
QStringList steps(const QWizard& wizard, QString* current = nullptr)
{
    auto* list = wizard.findChild<QListWidget*>(QStringLiteral("wizardSteps"));
    REQUIRE(list);
    REQUIRE(list->isVisible());
    CHECK(list->accessibleName() == QStringLiteral("Steps"));
    QStringList texts;
    for (int row = 0; row < list->count(); ++row) {
        texts << list->item(row)->text();
        if (current && list->item(row)->isSelected()) {
            CHECK(list->item(row)->font().bold());
            *current = list->item(row)->text();
        }
    }
    return texts;
}

void clickButton(QWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    INFO("button " << int(which));
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void check(QListWidget* list, const QString& prefix)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->text().startsWith(prefix)) {
            REQUIRE((item->flags() & Qt::ItemIsUserCheckable));
            item->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no item " << prefix.toStdString());
}

void choose(QListWidget* list, const QString& prefix)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && !list->currentItem()->text().startsWith(prefix); ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem()->text().startsWith(prefix));
}

/// A screen reader hears the partner's ID and every link of the summary; Tab reaches each link
/// and Enter opens it.
void requireSpokenLinks(AddPartnerWizard& wizard, const PartnerCreation& result)
{
    const QList<AccessibleNode> spoken = accessibleTree(wizard.currentPage());
    CHECK(accessibleNameContains(spoken, result.accountId));
    QList<std::pair<QString, QString>> links = {
        {wizard.draft().name.trimmed(), QStringLiteral("account:") + result.accountId}};
    for (const auto& item : result.agreements)
        links.append({item.name, QStringLiteral("agreement:") + item.id});
    for (const auto& item : result.contracts)
        links.append({item.id, QStringLiteral("contract:") + item.id});
    QSignalSpy opened(&wizard, &AddPartnerWizard::objectLinkActivated);
    requireLinksOpenByKeyboard(spoken, opened, links);
}

struct WizardFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    AddPartnerWizard wizard{workspace, home};

    WizardFixture()
    {
        wizard.show();
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
    }
    QString title() const { return wizard.currentPage()->title(); }
    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
};

} // namespace

TEST_CASE("Add partner: vendor, new agreement, two marketplaces, create account",
          "[ui][partners][wizard]")
{
    // Every page as it is shown: named elements, labels read as they are shown.
    AccessibilityAudit::Watch audit;
    WizardFixture f;
    CHECK(f.wizard.windowTitle() == QStringLiteral("Add partner"));
    CHECK(f.title() == QStringLiteral("Partner details"));
    CHECK(find<QRadioButton>(f.wizard, "partnerTypeVendorRadio")->isChecked());
    CHECK_FALSE(f.wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"), QStringLiteral("Champions LLC"));
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerExternalIdEdit"),
                     QStringLiteral("champ 001"));
    CHECK(find<QCheckBox>(f.wizard, "createAgreementCheck")->isChecked());
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Agreement"));
    AgreementForm* form = f.wizard.findChild<AddPartnerAgreementPage*>()->form();
    CHECK(form->nameEdit()->text() == QStringLiteral("Champions LLC Agreement"));
    form->descriptionEdit()->setFocus();
    QTest::keyClicks(form->descriptionEdit(),
                     QStringLiteral("This is agreement created for Champions LLC"));
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Marketplaces"));
    QListWidget* marketplaces = f.wizard.findChild<AddPartnerMarketplacesPage*>()->list();
    // A marketplace that already has a distribution agreement is shown, with the reason, and
    // cannot be ticked.
    bool sawTaken = false;
    for (int row = 0; row < marketplaces->count(); ++row) {
        QListWidgetItem* item = marketplaces->item(row);
        if (item->text().startsWith(QStringLiteral("Mighty Mick's US"))) {
            sawTaken = true;
            CHECK(item->text().contains(QStringLiteral("already has")));
            CHECK_FALSE((item->flags() & Qt::ItemIsUserCheckable));
            // A screen reader hears it too: a check box that is unavailable.
            QAccessibleInterface* spoken =
                QAccessible::queryAccessibleInterface(marketplaces)->child(row);
            REQUIRE(spoken);
            CHECK(spoken->state().checkable);
            CHECK(spoken->state().disabled);
            CHECK_FALSE(spoken->state().checked);
        }
    }
    CHECK(sawTaken);
    check(marketplaces, QStringLiteral("Mighty Mick's APAC"));
    check(marketplaces, QStringLiteral("Mighty Mick's Nordics"));
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Action")); // no product groups / syndication for vendors
    CHECK(find<QRadioButton>(f.wizard, "createAccountRadio")->isChecked());
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Account details"));
    QAbstractButton* add = f.wizard.button(QWizard::CommitButton);
    CHECK(add->text().remove(QLatin1Char('&')) == QStringLiteral("Add"));
    CHECK_FALSE(add->isEnabled());
    QTest::mouseClick(find<QCheckBox>(f.wizard, "selectAllUsersCheck"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QListWidget* users = f.wizard.findChild<AddPartnerAccountPage*>()->list();
    for (int row = 0; row < users->count(); ++row)
        CHECK(users->item(row)->checkState() == Qt::Checked);
    QSignalSpy created(&f.wizard, &AddPartnerWizard::partnerCreated);
    clickButton(f.wizard, QWizard::CommitButton);

    REQUIRE(f.title() == QStringLiteral("Summary"));
    REQUIRE(created.count() == 1);
    const PartnerCreation& result = f.wizard.creation();
    CHECK(result.agreements.size() == 3);
    CHECK(result.contracts.size() == 3);
    QString summary;
    for (const QLabel* label : find<QWidget>(f.wizard, "partnerSummary")->findChildren<QLabel*>())
        summary += label->text();
    CHECK(summary.contains(QStringLiteral("account:") + result.accountId));
    for (const auto& item : result.agreements)
        CHECK(summary.contains(QStringLiteral("agreement:") + item.id));
    for (const auto& item : result.contracts)
        CHECK(summary.contains(QStringLiteral("contract:") + item.id));
    requireSpokenLinks(f.wizard, result);
    CHECK_FALSE(find<QLineEdit>(f.wizard, "activationLinkEdit")->isVisible());
    CHECK_FALSE(f.wizard.button(QWizard::CancelButton)->isVisible());

    CHECK(
        f.scalar(QStringLiteral(
                     "SELECT name || '|' || external_id || '|' || role FROM accounts WHERE id = ?"),
                 {result.accountId}) == QStringLiteral("Champions LLC|champ 001|vendor"));
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM contracts WHERE "
                                              "partner_account_id = ? AND type = 'distribution' "
                                              "AND status = 'enrolling'"),
                               {result.accountId}) == 2);
    CHECK(TestWorkspace::count(
              *f.workspace, QStringLiteral("SELECT count(*) FROM memberships WHERE account_id = ?"),
              {result.accountId}) == users->count());
}

TEST_CASE("Add partner: reseller, existing agreement, invitation link", "[ui][partners][wizard]")
{
    // Every page as it is shown: named elements, labels read as they are shown.
    AccessibilityAudit::Watch audit;
    WizardFixture f;
    QTest::mouseClick(find<QRadioButton>(f.wizard, "partnerTypeResellerRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"),
                     QStringLiteral("Rocky Resellers"));
    QTest::mouseClick(find<QCheckBox>(f.wizard, "createAgreementCheck"), Qt::LeftButton, {},
                      QPoint(5, 5));
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Agreement"));
    QListWidget* existing = f.wizard.findChild<AddPartnerAgreementPage*>()->existingList();
    choose(existing, QStringLiteral("Mighty Mick's Reseller Service Agreement"));
    clickButton(f.wizard, QWizard::NextButton);

    REQUIRE(f.title() == QStringLiteral("Action")); // an existing agreement skips steps 3-5
    QTest::mouseClick(find<QRadioButton>(f.wizard, "generateInvitationRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QAbstractButton* generate = f.wizard.button(QWizard::CommitButton);
    REQUIRE(generate->isVisible());
    CHECK(generate->text().remove(QLatin1Char('&')) == QStringLiteral("Generate"));
    clickButton(f.wizard, QWizard::CommitButton);

    REQUIRE(f.title() == QStringLiteral("Summary"));
    const PartnerCreation& result = f.wizard.creation();
    QLineEdit* link = find<QLineEdit>(f.wizard, "activationLinkEdit");
    CHECK(link->isVisible());
    CHECK(link->text() == result.activationLink);
    CHECK(link->text().startsWith(QStringLiteral("channeldesk://activate?token=")));
    // The link's expiry date shows under it.
    auto* expiry = find<QLabel>(f.wizard, "activationLinkExpiryLabel");
    CHECK(expiry->isVisible());
    CHECK(expiry->text().contains(DisplayFormat::date(result.invitationExpiresAt)));
    QTest::mouseClick(find<QAbstractButton>(f.wizard, "copyActivationLinkButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == result.activationLink);
    requireSpokenLinks(f.wizard, result);
    // The activation link and Copy are spoken and reached by Tab too; Enter on Copy copies.
    const QList<AccessibleNode> spoken = accessibleTree(f.wizard.currentPage());
    bool linkSpoken = false;
    for (const AccessibleNode& node : spoken)
        linkSpoken = linkSpoken || (node.object == link &&
                                    node.name.contains(QStringLiteral("Activation link")) &&
                                    node.text == result.activationLink);
    CHECK(linkSpoken);
    auto* copy = find<QAbstractButton>(f.wizard, "copyActivationLinkButton");
    bool copySpoken = false;
    for (const AccessibleNode& node : spoken)
        copySpoken = copySpoken || (node.object == copy && node.role == QAccessible::PushButton &&
                                    node.name == copy->text().remove(QLatin1Char('&')));
    CHECK(copySpoken);
    QGuiApplication::clipboard()->clear();
    REQUIRE(tabTo(copy));
    QTest::keyClick(copy, Qt::Key_Space);
    CHECK(QGuiApplication::clipboard()->text() == result.activationLink);
    REQUIRE(result.contracts.size() == 1);
    CHECK(result.contracts.first().statusKey == QStringLiteral("pending"));
    CHECK_FALSE(result.agreements.first().created);
    CHECK(f.scalar(QStringLiteral("SELECT status FROM partnerships WHERE partner_account_id = ?"),
                   {result.accountId}) == QStringLiteral("invited"));
    CHECK(f.scalar(QStringLiteral("SELECT role FROM accounts WHERE id = ?"), {result.accountId}) ==
          QStringLiteral("reseller"));
}

TEST_CASE("Add partner: a reseller with a new agreement needs a syndication agreement",
          "[ui][partners][wizard]")
{
    WizardFixture f;
    // Without any syndication agreement the step says so and cannot be passed.
    QSqlQuery query(f.workspace);
    REQUIRE(query.prepare(
        QStringLiteral("UPDATE agreements SET owner_account_id = ? WHERE type = 'syndication'")));
    query.addBindValue(id(DemoWorkspace::ingramMicroId));
    REQUIRE(query.exec());
    QTest::mouseClick(find<QRadioButton>(f.wizard, "partnerTypeResellerRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"),
                     QStringLiteral("Rocky Resellers"));
    clickButton(f.wizard, QWizard::NextButton);
    AgreementForm* form = f.wizard.findChild<AddPartnerAgreementPage*>()->form();
    form->descriptionEdit()->setFocus();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Services"));
    clickButton(f.wizard, QWizard::NextButton);
    REQUIRE(f.title() == QStringLiteral("Marketplaces"));
    choose(f.wizard.findChild<AddPartnerMarketplacesPage*>()->list(),
           QStringLiteral("Mighty Mick's US"));
    clickButton(f.wizard, QWizard::NextButton);
    REQUIRE(f.title() == QStringLiteral("Product groups"));
    clickButton(f.wizard, QWizard::NextButton);
    REQUIRE(f.title() == QStringLiteral("Syndication"));
    CHECK(f.wizard.findChild<AddPartnerSyndicationPage*>()->emptyLabel()->isVisible());
    CHECK(f.wizard.findChild<AddPartnerSyndicationPage*>()->emptyLabel()->text().contains(
        QStringLiteral("Agreements")));
    CHECK_FALSE(f.wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("Add partner: Back and Next keep what was entered, Cancel writes nothing",
          "[ui][partners][wizard]")
{
    WizardFixture f;
    const QString before = TestWorkspace::dump(*f.workspace);
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"), QStringLiteral("Kept Vendor"));
    QTest::keyClicks(find<QLineEdit>(f.wizard, "technicalContactEmailEdit"),
                     QStringLiteral("tech@kept.example"));
    clickButton(f.wizard, QWizard::NextButton);
    AgreementForm* form = f.wizard.findChild<AddPartnerAgreementPage*>()->form();
    form->descriptionEdit()->setFocus();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Kept terms"));
    clickButton(f.wizard, QWizard::NextButton);
    check(f.wizard.findChild<AddPartnerMarketplacesPage*>()->list(),
          QStringLiteral("Mighty Mick's APAC"));

    clickButton(f.wizard, QWizard::BackButton);
    clickButton(f.wizard, QWizard::BackButton);
    REQUIRE(f.title() == QStringLiteral("Partner details"));
    CHECK(find<QLineEdit>(f.wizard, "partnerNameEdit")->text() == QStringLiteral("Kept Vendor"));
    CHECK(find<QLineEdit>(f.wizard, "technicalContactEmailEdit")->text() ==
          QStringLiteral("tech@kept.example"));
    clickButton(f.wizard, QWizard::NextButton);
    CHECK(form->descriptionEdit()->toPlainText() == QStringLiteral("Kept terms"));
    clickButton(f.wizard, QWizard::NextButton);
    QListWidget* marketplaces = f.wizard.findChild<AddPartnerMarketplacesPage*>()->list();
    int checked = 0;
    for (int row = 0; row < marketplaces->count(); ++row)
        if (marketplaces->item(row)->checkState() == Qt::Checked) {
            ++checked;
            CHECK(marketplaces->item(row)->text().startsWith(QStringLiteral("Mighty Mick's APAC")));
        }
    CHECK(checked == 1);

    QTest::mouseClick(f.wizard.button(QWizard::CancelButton), Qt::LeftButton);
    CHECK_FALSE(f.wizard.isVisible());
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Add partner shows its steps as a numbered list beside the page",
          "[ui][partners][wizard]")
{
    WizardFixture f;
    QString current;
    // As the seed's "Add partner – Step 1 … 6": a vendor with a new agreement.
    CHECK(steps(f.wizard, &current) ==
          QStringList({QStringLiteral("1  Partner details"), QStringLiteral("2  Agreement"),
                       QStringLiteral("3  Marketplaces"), QStringLiteral("4  Action"),
                       QStringLiteral("5  Account details"), QStringLiteral("6  Summary")}));
    CHECK(current == QStringLiteral("1  Partner details"));
    auto* list = f.wizard.findChild<QListWidget*>(QStringLiteral("wizardSteps"));
    CHECK(list->focusPolicy() == Qt::NoFocus); // Tab goes to the page, not to the steps
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(list);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == QStringLiteral("Steps"));

    // A reseller with an existing agreement skips the marketplace steps.
    QTest::mouseClick(find<QRadioButton>(f.wizard, "partnerTypeResellerRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"),
                     QStringLiteral("Rocky Resellers"));
    QTest::mouseClick(find<QCheckBox>(f.wizard, "createAgreementCheck"), Qt::LeftButton, {},
                      QPoint(5, 5));
    clickButton(f.wizard, QWizard::NextButton);
    REQUIRE(f.title() == QStringLiteral("Agreement"));
    CHECK(steps(f.wizard, &current).mid(0, 3) ==
          QStringList({QStringLiteral("1  Partner details"), QStringLiteral("2  Agreement"),
                       QStringLiteral("3  Action")}));
    CHECK(current == QStringLiteral("2  Agreement"));
    clickButton(f.wizard, QWizard::BackButton);
    CHECK(f.title() == QStringLiteral("Partner details"));
    steps(f.wizard, &current);
    CHECK(current == QStringLiteral("1  Partner details"));
}

TEST_CASE("The Add partner step list follows the Action chosen at once", "[ui][partners][wizard]")
{
    WizardFixture f;
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"), QStringLiteral("Champions LLC"));
    clickButton(f.wizard, QWizard::NextButton);
    AgreementForm* form = f.wizard.findChild<AddPartnerAgreementPage*>()->form();
    form->descriptionEdit()->setFocus();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Agreement for Champions LLC"));
    clickButton(f.wizard, QWizard::NextButton);
    check(f.wizard.findChild<AddPartnerMarketplacesPage*>()->list(),
          QStringLiteral("Mighty Mick's APAC"));
    clickButton(f.wizard, QWizard::NextButton);
    REQUIRE(f.title() == QStringLiteral("Action"));
    const QStringList withAccount = {
        QStringLiteral("1  Partner details"), QStringLiteral("2  Agreement"),
        QStringLiteral("3  Marketplaces"),    QStringLiteral("4  Action"),
        QStringLiteral("5  Account details"), QStringLiteral("6  Summary")};
    CHECK(steps(f.wizard) == withAccount);

    // An invitation link has no account details to enter: the step goes while the page shows.
    QTest::mouseClick(find<QRadioButton>(f.wizard, "generateInvitationRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    QString current;
    CHECK(steps(f.wizard, &current) ==
          QStringList({QStringLiteral("1  Partner details"), QStringLiteral("2  Agreement"),
                       QStringLiteral("3  Marketplaces"), QStringLiteral("4  Action"),
                       QStringLiteral("5  Summary")}));
    CHECK(current == QStringLiteral("4  Action"));
    QTest::mouseClick(find<QRadioButton>(f.wizard, "createAccountRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    CHECK(steps(f.wizard) == withAccount);
}

TEST_CASE("Screenshots of the Add partner wizard", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    WizardFixture f;
    auto shoot = [&](const char* name) {
        QTest::qWait(50);
        REQUIRE(f.wizard.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    QTest::keyClicks(find<QLineEdit>(f.wizard, "partnerNameEdit"), QStringLiteral("Champions LLC"));
    shoot("partner-1-details.png");
    clickButton(f.wizard, QWizard::NextButton);
    AgreementForm* form = f.wizard.findChild<AddPartnerAgreementPage*>()->form();
    form->descriptionEdit()->setFocus();
    QTest::keyClicks(form->descriptionEdit(),
                     QStringLiteral("This is agreement created for Champions LLC"));
    shoot("partner-2-agreement.png");
    clickButton(f.wizard, QWizard::NextButton);
    check(f.wizard.findChild<AddPartnerMarketplacesPage*>()->list(),
          QStringLiteral("Mighty Mick's APAC"));
    shoot("partner-3-marketplaces.png");
    clickButton(f.wizard, QWizard::NextButton);
    QTest::mouseClick(find<QRadioButton>(f.wizard, "generateInvitationRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    shoot("partner-6-action.png");
    clickButton(f.wizard, QWizard::CommitButton);
    shoot("partner-8-summary.png");
}
