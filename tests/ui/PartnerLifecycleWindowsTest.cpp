#include "DemoPartners.h"
#include "WhenModal.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "partners/AccountProfileDialog.h"
#include "partners/ContractListModel.h"
#include "partners/ContractWindow.h"
#include "partners/ContractsTab.h"
#include "partners/NewContractDialog.h"
#include "partners/NewsEditorDialog.h"
#include "partners/OwnCompanyWindow.h"
#include "partners/PartnerDetailsWindow.h"
#include "partners/RemovePartnerDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {

template <typename T> T* child(const QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

QByteArray pngBytes()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0x1d, 0x4e, 0xd8));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

template <typename T> T* topLevel()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows)
        if (auto* found = qobject_cast<T*>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

struct WindowsFixture : DemoPartners {
    QList<QPointer<QWidget>> windows;

    ~WindowsFixture()
    {
        // Windows hold the workspace's connection: they go before it.
        for (const QPointer<QWidget>& window : std::as_const(windows))
            delete window.data();
        const auto all = QApplication::topLevelWidgets();
        for (QWidget* widget : all)
            if (qobject_cast<ContractWindow*>(widget))
                delete widget;
    }
    template <typename T> T* keep(T* window)
    {
        windows << window;
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        return window;
    }
    ContractsTab* contractsTab(const ActingContext& acting)
    {
        auto* tab = new ContractsTab;
        REQUIRE(tab->load(workspace, acting));
        tab->resize(1100, 520);
        return keep(tab);
    }
    PartnerDetailsWindow* details(const ActingContext& acting, const QString& accountId)
    {
        return keep(new PartnerDetailsWindow(workspace, acting, accountId));
    }
    static void select(ContractsTab* tab, const QString& contractId)
    {
        QTableView* table = tab->view()->table();
        QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ContractListModel::IdRole).toString() == contractId) {
                table->setCurrentIndex(model->index(row, 0));
                return;
            }
        FAIL("contract not listed: " << contractId.toStdString());
    }
};

} // namespace

TEST_CASE("New contract by keyboard only: a service contract for Bluebird from the Contracts tab",
          "[contracts][ui][keyboard]")
{
    WindowsFixture f;
    ContractsTab* tab = f.contractsTab(f.home);
    QPushButton* newContract = tab->newContractButton();
    REQUIRE(newContract->isVisible());
    newContract->setFocus();
    QTest::keyClick(newContract, Qt::Key_Space);
    auto* dialog = tab->findChild<NewContractDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* partner = child<QComboBox>(dialog, "newContractPartnerCombo");
    partner->setFocus(); // the dialog's first stop
    REQUIRE(QApplication::focusWidget() == partner);
    QTest::keyClicks(partner, QStringLiteral("Bluebird"));
    REQUIRE(partner->currentData().toString() == f.bluebird);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* type = child<QComboBox>(dialog, "newContractTypeCombo");
    REQUIRE(QApplication::focusWidget() == type);
    CHECK(type->currentText() == QStringLiteral("Service"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* agreement = child<QComboBox>(dialog, "newContractAgreementCombo");
    REQUIRE(QApplication::focusWidget() == agreement);
    CHECK(agreement->currentText().startsWith(QStringLiteral("Mighty Mick's Reseller Service")));
    CHECK_FALSE(child<QComboBox>(dialog, "newContractMarketplaceCombo")->isVisible());
    QPointer<NewContractDialog> open(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return open.isNull(); }));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE type = 'service' AND "
                                 "partner_account_id = ? AND status = 'pending'"),
                  {f.bluebird}) == 1);
    // The new contract is selected in the list; Enter opens its window.
    const QString created = f.scalar(QStringLiteral("SELECT id FROM contracts WHERE type = "
                                                    "'service' AND partner_account_id = ?"),
                                     {f.bluebird});
    QTableView* table = tab->view()->table();
    CHECK(table->currentIndex().siblingAtColumn(0).data(ContractListModel::IdRole).toString() ==
          created);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto* window = topLevel<ContractWindow>();
    REQUIRE(window);
    CHECK(window->contractId() == created);
    CHECK(
        child<QLabel>(window, "contractPartnerValue")->text().contains(QStringLiteral("Bluebird")));
    CHECK(child<QLabel>(window, "contractStatusValue")->text() == QStringLiteral("Pending"));
    // The issuer may delete it, not sign it; Esc closes the window.
    CHECK(window->actionButton(ContractAction::Delete));
    CHECK_FALSE(window->actionButton(ContractAction::Sign));
    QPointer<ContractWindow> contractWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return contractWindow.isNull(); }));
}

TEST_CASE("New contract: an error keeps the dialog open with the reason", "[contracts][ui]")
{
    WindowsFixture f;
    PartnerDetailsWindow* window = f.details(f.home, f.apex);
    NewContractDialog* dialog = window->newContract();
    REQUIRE(dialog);
    CHECK_FALSE(child<QComboBox>(dialog, "newContractPartnerCombo")->isEnabled());
    auto* type = child<QComboBox>(dialog, "newContractTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Program")));
    // Apex has its program contract already.
    child<QPushButton>(dialog, "newContractCreateButton")->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "newContractProblem")->text().contains(QStringLiteral("already")));
    // A distribution contract for a marketplace without one creates it.
    type->setCurrentIndex(type->findText(QStringLiteral("Distribution")));
    auto* marketplace = child<QComboBox>(dialog, "newContractMarketplaceCombo");
    REQUIRE(marketplace->isVisible());
    marketplace->setCurrentIndex(marketplace->findData(f.scalar(
        QStringLiteral("SELECT id FROM marketplaces WHERE name = 'Mighty Mick''s APAC'"))));
    CHECK(child<QLabel>(dialog, "newContractHint")
              ->text()
              .contains(QStringLiteral("new distribution")));
    QPointer<NewContractDialog> open(dialog);
    child<QPushButton>(dialog, "newContractCreateButton")->click();
    REQUIRE(QTest::qWaitFor([&] { return open.isNull(); }));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE type = 'distribution' AND "
                                 "partner_account_id = ? AND status = 'enrolling'"),
                  {f.apex}) == 1);
    REQUIRE(window->profile());
    CHECK(window->tabs()->currentIndex() == 2);
    auto* contracts = window->findChild<QTableView*>(QStringLiteral("partnerContractsTable"));
    REQUIRE(contracts);
    CHECK(contracts->model()->rowCount() == int(window->profile()->contracts.size()));
}

TEST_CASE("Contract window: the partner signs from it and history grows", "[contracts][ui]")
{
    WindowsFixture f;
    const QString referral = f.scalar(QStringLiteral("SELECT id FROM contracts WHERE type = "
                                                     "'referral' AND partner_account_id = ?"),
                                      {f.bluebird});
    ActingContext bluebird = TestWorkspace::actingIn(*f.workspace, f.bluebird);
    auto* window = f.keep(new ContractWindow(
        f.workspace, WindowsFixture::as(bluebird, UserRole::CrmAdmin), referral));
    REQUIRE(window->record());
    QPushButton* sign = window->actionButton(ContractAction::Sign);
    REQUIRE(sign);
    const int before = child<QTableWidget>(window, "contractHistoryTable")->rowCount();
    sign->click();
    CHECK(f.scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {referral}) ==
          QStringLiteral("active"));
    CHECK(child<QLabel>(window, "contractStatusValue")->text() == QStringLiteral("Active"));
    CHECK(child<QTableWidget>(window, "contractHistoryTable")->rowCount() == before + 1);
    CHECK(window->actionButton(ContractAction::Terminate));

    // A viewer sees the contract and no action.
    auto* viewer = f.keep(
        new ContractWindow(f.workspace, WindowsFixture::as(f.home, UserRole::Viewer), referral));
    REQUIRE(viewer->record());
    CHECK_FALSE(viewer->actionButton(ContractAction::Terminate));
    CHECK(viewer->findChildren<QPushButton*>().size() == 1); // Close
}

TEST_CASE("Remove partner asks with the list of contracts and Restore brings it back",
          "[partners][ui]")
{
    WindowsFixture f;
    PartnerDetailsWindow* window = f.details(f.home, f.apex);
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("restorePartnerButton")));
    // Cancel changes nothing.
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RemovePartnerDialog*>(modal);
        REQUIRE(dialog);
        CHECK(dialog->contractList()->count() == 3);
        CHECK(dialog->contractList()->item(0)->text().contains(QStringLiteral("terminated")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    child<QPushButton>(window, "removePartnerButton")->click();
    CHECK(child<QLabel>(window, "partnerStatusLabel")->text() == QStringLiteral("Active"));
    whenModal([](QWidget* modal) { child<QPushButton>(modal, "removePartnerOkButton")->click(); });
    child<QPushButton>(window, "removePartnerButton")->click();
    CHECK(child<QLabel>(window, "partnerStatusLabel")->text() == QStringLiteral("Removed"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM contracts WHERE issuer_account_id = ? AND "
                                 "partner_account_id = ? AND status = 'active'"),
                  {f.mm, f.apex}) == 0);
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("removePartnerButton")));
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("partnerNewContractButton")));
    child<QPushButton>(window, "restorePartnerButton")->click();
    CHECK(child<QLabel>(window, "partnerStatusLabel")->text() == QStringLiteral("Active"));
}

TEST_CASE("Edit profile of a managed partner: reasons next to the fields and media saved",
          "[partners][ui]")
{
    WindowsFixture f;
    // Apex has users of its own: no Edit profile for its distributor.
    PartnerDetailsWindow* apex = f.details(f.home, f.apex);
    CHECK_FALSE(apex->findChild<QPushButton*>(QStringLiteral("partnerEditProfileButton")));
    PartnerDetailsWindow* window = f.details(f.home, f.frontStreet);
    child<QPushButton>(window, "partnerEditProfileButton")->click();
    auto* dialog = window->findChild<AccountProfileDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isLoaded());
    QTest::keyClicks(dialog->textEdit(QStringLiteral("overview")),
                     QStringLiteral("Street food software for every corner."));
    QLineEdit* email = dialog->lineEdit(QStringLiteral("technical_contact_email"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    auto* problem = child<QLabel>(dialog, "profileTechnicalEmailEditProblem");
    CHECK(problem->isVisible());
    CHECK(email->accessibleDescription() == problem->text());
    auto* save = child<QPushButton>(dialog, "profileSaveButton");
    CHECK_FALSE(save->isEnabled());
    email->setText(QStringLiteral("tech@frontstreet.example"));
    CHECK_FALSE(problem->isVisible());
    CHECK(save->isEnabled());
    // A file that is no image is refused with the reason; a PNG is taken.
    CHECK_FALSE(dialog->addImage(QStringLiteral("notes.txt"), QByteArrayLiteral("hello")));
    CHECK(child<QLabel>(dialog, "profileMediaProblem")->text().contains(QStringLiteral("PNG")));
    CHECK(dialog->addImage(QStringLiteral("storefront.png"), pngBytes()));
    child<QLineEdit>(dialog, "profileVideoTitleEdit")->setText(QStringLiteral("Tour"));
    child<QLineEdit>(dialog, "profileVideoUrlEdit")->setText(QStringLiteral("video.example/tour"));
    CHECK(dialog->addVideo());
    CHECK(dialog->mediaList()->count() == 2);
    QPointer<AccountProfileDialog> open(dialog);
    save->click();
    REQUIRE(QTest::qWaitFor([&] { return open.isNull(); }));
    REQUIRE(window->profile());
    CHECK(window->profile()->overview == QStringLiteral("Street food software for every corner."));
    REQUIRE(window->profile()->media.size() == 2);
    auto* image = child<QLabel>(window, "partnerMediaImage0");
    CHECK_FALSE(image->pixmap().isNull());
}

TEST_CASE("Our company: news is written edited and deleted - partners read it", "[partners][ui]")
{
    WindowsFixture f;
    auto* own = f.keep(new OwnCompanyWindow(f.workspace, f.apexAdmin));
    QAbstractItemModelTester tester(own->newsView()->proxy()->sourceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(own->editProfileButton()->isEnabled());
    NewsEditorDialog* editor = own->newArticle();
    REQUIRE(editor);
    auto* save = child<QPushButton>(editor, "newsSaveButton");
    CHECK_FALSE(save->isEnabled()); // no title yet
    QTest::keyClicks(child<QLineEdit>(editor, "newsTitleEdit"), QStringLiteral("Backup 3.0"));
    child<QDateEdit>(editor, "newsDateEdit")->setDate(QDate(2026, 11, 20));
    QTest::keyClicks(child<QPlainTextEdit>(editor, "newsBodyEdit"),
                     QStringLiteral("Restores in minutes."));
    REQUIRE(save->isEnabled());
    save->click();
    const QString article =
        f.scalar(QStringLiteral("SELECT id FROM news WHERE title = 'Backup 3.0'"));
    CHECK(own->newsView()->currentSourceRow() >= 0);
    // Partners see it, newest first.
    PartnerDetailsWindow* partner = f.details(f.home, f.apex);
    REQUIRE(partner->profile());
    REQUIRE_FALSE(partner->profile()->news.isEmpty());

    // Edit it.
    own->newsView()->selectId(article);
    NewsEditorDialog* edit = own->editArticle();
    REQUIRE(edit);
    auto* title = child<QLineEdit>(edit, "newsTitleEdit");
    CHECK(title->text() == QStringLiteral("Backup 3.0"));
    title->setText(QStringLiteral("Backup 3.1"));
    child<QPushButton>(edit, "newsSaveButton")->click();
    CHECK(f.scalar(QStringLiteral("SELECT title FROM news WHERE id = ?"), {article}) ==
          QStringLiteral("Backup 3.1"));

    // Delete it, after the question.
    own->newsView()->selectId(article);
    whenModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    own->deleteArticleButton()->click();
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM news WHERE id = ?"), {article}) == 0);
}

TEST_CASE("A viewer gets no New contract or Remove or Edit profile or news buttons",
          "[partners][ui]")
{
    WindowsFixture f;
    const ActingContext viewer = WindowsFixture::as(f.home, UserRole::Viewer);
    ContractsTab* tab = f.contractsTab(viewer);
    CHECK_FALSE(tab->newContractButton()->isVisible());
    CHECK_FALSE(tab->newContract());
    PartnerDetailsWindow* window = f.details(viewer, f.frontStreet);
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("removePartnerButton")));
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("partnerNewContractButton")));
    CHECK_FALSE(window->findChild<QPushButton*>(QStringLiteral("partnerEditProfileButton")));
    CHECK_FALSE(window->editProfile());
    auto* own = f.keep(new OwnCompanyWindow(f.workspace, viewer));
    CHECK_FALSE(own->editProfileButton()->isEnabled());
    CHECK_FALSE(own->newArticleButton()->isVisible());
}

TEST_CASE("Screenshots of the partner lifecycle windows", "[.screenshots]")
{
    WindowsFixture f;
    const QString out =
        qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("/tmp/partners-shots"));
    QDir().mkpath(out);
    const auto shoot = [&](QWidget* widget, const char* name) {
        QTest::qWait(30);
        REQUIRE(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    // A second program agreement: its marketplaces with a distribution agreement of the first
    // program are shown but cannot be picked.
    f.addProgramAgreement(id("AGP-900-900-900"), QStringLiteral("Cloud Partner Program"));

    PartnerDetailsWindow* window = f.details(f.home, f.apex);
    shoot(window, "partner-details-actions.png");
    NewContractDialog* dialog = window->newContract();
    REQUIRE(dialog);
    auto* type = child<QComboBox>(dialog, "newContractTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Distribution")));
    auto* agreement = child<QComboBox>(dialog, "newContractAgreementCombo");
    agreement->setCurrentIndex(agreement->findData(QStringLiteral("AGP-900-900-900")));
    shoot(dialog, "new-contract-distribution.png");
    child<QComboBox>(dialog, "newContractMarketplaceCombo")->showPopup();
    QTest::qWait(50);
    if (QWidget* popup = QApplication::activePopupWidget())
        shoot(popup, "new-contract-marketplaces.png");
    child<QComboBox>(dialog, "newContractMarketplaceCombo")->hidePopup();
    dialog->close();

    const QString program = f.scalar(QStringLiteral("SELECT id FROM contracts WHERE type = "
                                                    "'program' AND partner_account_id = ? AND "
                                                    "issuer_account_id = ?"),
                                     {f.apex, f.mm});
    ContractWindow* contract = window->openContract(program);
    shoot(contract, "contract-window.png");
    contract->close();

    whenModal([&](QWidget* modal) {
        shoot(modal, "remove-partner.png");
        child<QPushButton>(modal, "removePartnerCancelButton")->click();
    });
    child<QPushButton>(window, "removePartnerButton")->click();

    PartnerDetailsWindow* frontStreet = f.details(f.home, f.frontStreet);
    AccountProfileDialog* profile = frontStreet->editProfile();
    REQUIRE(profile);
    profile->textEdit(QStringLiteral("overview"))
        ->setPlainText(QStringLiteral("Street food software for every corner."));
    profile->lineEdit(QStringLiteral("websites"))
        ->setText(QStringLiteral("frontstreet.example ftp://x"));
    REQUIRE(profile->addImage(QStringLiteral("storefront.png"), pngBytes()));
    shoot(profile, "edit-profile.png");
    profile->close();

    auto* own = f.keep(new OwnCompanyWindow(f.workspace, f.apexAdmin));
    NewsEditorDialog* editor = own->newArticle();
    child<QLineEdit>(editor, "newsTitleEdit")->setText(QStringLiteral("Backup 3.0 is out"));
    child<QPlainTextEdit>(editor, "newsBodyEdit")
        ->setPlainText(QStringLiteral("Restores in minutes, for every marketplace."));
    shoot(editor, "news-editor.png");
    child<QPushButton>(editor, "newsSaveButton")->click();
    shoot(own, "our-company.png");
}
