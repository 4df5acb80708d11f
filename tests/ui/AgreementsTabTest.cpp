#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "partners/AgreementEditorDialog.h"
#include "partners/AgreementForm.h"
#include "partners/AgreementVersionsDialog.h"
#include "partners/AgreementsTab.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

namespace {

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

struct TabFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));

    QString agreementNamed(const QString& name) const
    {
        return TestWorkspace::scalar(
            *workspace, QStringLiteral("SELECT id FROM agreements WHERE name = ?"), {name});
    }
};

/// Clicks on the radio button's indicator (its centre may be empty space).
void clickRadio(QRadioButton* radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

AgreementEditorDialog* openNewAgreement(AgreementsTab& tab)
{
    auto* newButton = child<QPushButton>(tab, "newAgreementButton");
    REQUIRE(newButton->isVisible());
    QTest::mouseClick(newButton, Qt::LeftButton);
    return child<AgreementEditorDialog>(tab, "agreementEditorDialog");
}

} // namespace

TEST_CASE("A program agreement is created through the Agreements tab", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    auto* table = child<QTableView>(tab, "agreementListTable");
    const int before = table->model()->rowCount();
    CHECK(before > 0);

    QPointer<AgreementEditorDialog> dialog = openNewAgreement(tab);
    auto* save = child<QPushButton>(*dialog, "saveAgreementButton");
    auto* type = child<QComboBox>(*dialog, "agreementTypeCombo");
    CHECK(type->currentText() == QStringLiteral("Program"));
    CHECK_FALSE(child<QComboBox>(*dialog, "agreementParentCombo")->isVisible());
    CHECK_FALSE(save->isEnabled());

    auto* name = child<QLineEdit>(*dialog, "agreementNameEdit");
    QTest::keyClicks(name, QStringLiteral("Partner Terms 26"));
    CHECK(child<QLabel>(*dialog, "agreementNameCounter")->text() == QStringLiteral("16 / 100"));

    auto* description = child<QTextEdit>(*dialog, "agreementDescriptionEdit");
    auto* bold = child<QToolButton>(*dialog, "agreementBoldButton");
    CHECK(bold->shortcut() == QKeySequence(QKeySequence::Bold));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Plain "));
    QTest::mouseClick(bold, Qt::LeftButton);
    CHECK(bold->isChecked());
    QTest::keyClicks(description, QStringLiteral("strong"));
    QTest::mouseClick(bold, Qt::LeftButton);
    CHECK_FALSE(bold->isChecked());
    QTest::keyClicks(description, QStringLiteral(" words"));
    CHECK(child<QLabel>(*dialog, "agreementDescriptionCounter")->text() ==
          QStringLiteral("lines: 1 words: 3 18/10000"));
    REQUIRE(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    const QString created = f.agreementNamed(QStringLiteral("Partner Terms 26"));
    CHECK(created.startsWith(QStringLiteral("AGP-")));
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT description FROM agreement_versions WHERE "
                                               "agreement_id = ? AND active = 1"),
                                {created}) == QStringLiteral("<p>Plain <b>strong</b> words</p>"));
    CHECK(table->model()->rowCount() == before + 1);
    CHECK(tab.currentAgreementId() == created);
}

TEST_CASE("An invalid external address shows its reason and disables Save", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    AgreementEditorDialog* dialog = openNewAgreement(tab);
    QTest::keyClicks(child<QLineEdit>(*dialog, "agreementNameEdit"), QStringLiteral("Linked"));
    auto* description = child<QTextEdit>(*dialog, "agreementDescriptionEdit");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("See the document."));
    auto* save = child<QPushButton>(*dialog, "saveAgreementButton");
    REQUIRE(save->isEnabled());

    auto* url = child<QLineEdit>(*dialog, "agreementDocumentUrlEdit");
    CHECK_FALSE(url->isEnabled());
    clickRadio(child<QRadioButton>(*dialog, "agreementSourceExternal"));
    REQUIRE(url->isEnabled());
    QTest::keyClicks(url, QStringLiteral("ftp://example.com/terms.pdf"));
    auto* reason = child<QLabel>(*dialog, "agreementDocumentReason");
    CHECK(reason->isVisible());
    CHECK(reason->text().contains(QStringLiteral("http")));
    CHECK_FALSE(save->isEnabled());

    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://example.com/terms.pdf"));
    CHECK(reason->isHidden());
    CHECK(save->isEnabled());
    dialog->reject();
}

TEST_CASE("A distribution agreement's taken marketplaces cannot be picked", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    AgreementEditorDialog* dialog = openNewAgreement(tab);
    auto* type = child<QComboBox>(*dialog, "agreementTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Distribution")));
    auto* marketplace = child<QComboBox>(*dialog, "agreementMarketplaceCombo");
    CHECK(marketplace->isVisible());
    CHECK(child<QComboBox>(*dialog, "agreementParentCombo")->isVisible());
    CHECK_FALSE(child<QComboBox>(*dialog, "agreementSourcingCombo")->isVisible());
    const int eu = marketplace->findData(TestWorkspace::scalar(
        *f.workspace,
        QStringLiteral("SELECT id FROM marketplaces WHERE name = 'Mighty Mick''s EU'")));
    REQUIRE(eu > 0);
    CHECK(marketplace->itemText(eu).contains(QStringLiteral("Already has a distribution")));
    auto* items = qobject_cast<QStandardItemModel*>(marketplace->model());
    REQUIRE(items);
    CHECK_FALSE(items->item(eu)->isEnabled());
    type->setCurrentIndex(type->findText(QStringLiteral("Service")));
    CHECK(child<QComboBox>(*dialog, "agreementSourcingCombo")->isVisible());
    CHECK_FALSE(child<QComboBox>(*dialog, "agreementParentCombo")->isVisible());
    dialog->reject();
}

TEST_CASE("Only a CRM admin or manager sees New agreement and Edit", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    const QString salesId = TestWorkspace::scalar(
        *f.workspace, QStringLiteral("SELECT id FROM users WHERE name = 'Tony Gazzo'"));
    REQUIRE(tab.load(f.workspace, TestWorkspace::acting(*f.workspace, salesId,
                                                        id(DemoWorkspace::homeDistributorId))));
    tab.show();
    CHECK(child<QPushButton>(tab, "newAgreementButton")->isHidden());
    CHECK(child<QPushButton>(tab, "editAgreementButton")->isHidden());
    CHECK(child<QPushButton>(tab, "agreementVersionsButton")->isVisible());
}

TEST_CASE("The versions dialog adds and activates a version", "[agreements]")
{
    TabFixture f;
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    AgreementVersionsDialog dialog(f.workspace, f.admin, referral);
    REQUIRE(dialog.load());
    dialog.show();
    auto* table = child<QTableWidget>(dialog, "agreementVersionsTable");
    REQUIRE(table->rowCount() == 1);
    auto* activate = child<QPushButton>(dialog, "activateAgreementVersionButton");
    auto* remove = child<QPushButton>(dialog, "deleteAgreementVersionButton");
    CHECK_FALSE(activate->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    CHECK(child<QLabel>(dialog, "agreementVersionReason")
              ->text()
              .contains(QStringLiteral("only version")));

    QTest::mouseClick(child<QPushButton>(dialog, "addAgreementVersionButton"), Qt::LeftButton);
    QPointer<QDialog> editor = child<QDialog>(dialog, "agreementVersionEditorDialog");
    auto* form = child<AgreementForm>(*editor, "agreementForm");
    CHECK_FALSE(child<QLineEdit>(*form, "agreementNameEdit")->isVisible());
    auto* description = child<QTextEdit>(*form, "agreementDescriptionEdit");
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Referral terms, second edition."));
    auto* saveVersion = child<QPushButton>(*editor, "saveAgreementVersionButton");
    REQUIRE(saveVersion->isEnabled());
    QTest::mouseClick(saveVersion, Qt::LeftButton);
    CHECK(editor->result() == QDialog::Accepted);

    REQUIRE(table->rowCount() == 2);
    CHECK(dialog.currentVersion() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Inactive"));
    REQUIRE(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    CHECK(TestWorkspace::scalar(*f.workspace,
                                QStringLiteral("SELECT version FROM agreement_versions WHERE "
                                               "agreement_id = ? AND active = 1"),
                                {referral}) == QStringLiteral("2"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Active"));
    CHECK_FALSE(activate->isEnabled());
    dialog.selectVersion(1);
    CHECK_FALSE(remove->isEnabled()); // a pending referral contract uses version 1
    CHECK(child<QLabel>(dialog, "agreementVersionReason")
              ->text()
              .contains(QStringLiteral("contract")));
}

TEST_CASE("A failing save keeps the agreement dialog open with what was typed", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    QSqlQuery trigger(f.workspace);
    REQUIRE(trigger.exec(QStringLiteral(
        "CREATE TEMP TRIGGER no_agreement_history BEFORE INSERT ON events "
        "WHEN NEW.object_type = 'agreement' BEGIN SELECT RAISE(ABORT, 'no history'); END")));
    const QString before = TestWorkspace::dump(*f.workspace);
    QPointer<AgreementEditorDialog> dialog = openNewAgreement(tab);
    auto* name = child<QLineEdit>(*dialog, "agreementNameEdit");
    QTest::keyClicks(name, QStringLiteral("Doomed"));
    auto* description = child<QTextEdit>(*dialog, "agreementDescriptionEdit");
    QTest::keyClicks(description, QStringLiteral("Never stored"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveAgreementButton"), Qt::LeftButton);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "agreementSaveReason")->isVisible());
    CHECK(name->text() == QStringLiteral("Doomed"));
    CHECK(description->toPlainText() == QStringLiteral("Never stored"));
    CHECK(TestWorkspace::dump(*f.workspace) == before);
    dialog->reject();
}

TEST_CASE("Edit renames the selected agreement", "[agreements]")
{
    TabFixture f;
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.show();
    const QString referral = f.agreementNamed(QStringLiteral("Mighty Mick's Referral Agreement"));
    tab.select(referral);
    REQUIRE(tab.currentAgreementId() == referral);
    auto* edit = child<QPushButton>(tab, "editAgreementButton");
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QPointer<AgreementEditorDialog> dialog =
        child<AgreementEditorDialog>(tab, "agreementEditorDialog");
    CHECK_FALSE(child<QComboBox>(*dialog, "agreementTypeCombo")->isVisible());
    CHECK_FALSE(child<QTextEdit>(*dialog, "agreementDescriptionEdit")->isEnabled());
    auto* name = child<QLineEdit>(*dialog, "agreementNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Referral Program 2027"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveAgreementButton"), Qt::LeftButton);
    CHECK(f.agreementNamed(QStringLiteral("Referral Program 2027")) == referral);
    CHECK(tab.currentAgreementId() == referral);
}

TEST_CASE("Agreement screens render without clipping", "[.screenshots]")
{
    TabFixture f;
    QDir().mkpath(QStringLiteral("/tmp/agreements-shots"));
    AgreementsTab tab;
    REQUIRE(tab.load(f.workspace, f.admin));
    tab.resize(1100, 500);
    tab.show();
    QTest::qWait(50);
    CHECK(tab.grab().save(QStringLiteral("/tmp/agreements-shots/tab.png")));

    AgreementEditorDialog* dialog = openNewAgreement(tab);
    QTest::keyClicks(child<QLineEdit>(*dialog, "agreementNameEdit"),
                     QStringLiteral("Champions LLC Agreement"));
    auto* description = child<QTextEdit>(*dialog, "agreementDescriptionEdit");
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("This is agreement created for Champions LLC"));
    clickRadio(child<QRadioButton>(*dialog, "agreementSourceExternal"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "agreementDocumentUrlEdit"),
                     QStringLiteral("ftp://nope"));
    QTest::qWait(50);
    CHECK(dialog->grab().save(QStringLiteral("/tmp/agreements-shots/editor-program.png")));
    auto* type = child<QComboBox>(*dialog, "agreementTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Service")));
    QTest::qWait(50);
    CHECK(dialog->grab().save(QStringLiteral("/tmp/agreements-shots/editor-service.png")));
    dialog->reject();

    AgreementVersionsDialog versions(
        f.workspace, f.admin, f.agreementNamed(QStringLiteral("Mighty Mick's Vendor Program")));
    REQUIRE(versions.load());
    versions.show();
    QTest::qWait(50);
    CHECK(versions.grab().save(QStringLiteral("/tmp/agreements-shots/versions.png")));
}
