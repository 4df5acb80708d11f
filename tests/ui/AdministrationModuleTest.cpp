#include "CatalogFixture.h"
#include "WhenModal.h"

#include "catalog/AdministrationModule.h"
#include "catalog/ListingRequestDialog.h"
#include "catalog/ListingsTab.h"
#include "catalog/MarketplaceDialog.h"
#include "catalog/MarketplacesTab.h"
#include "catalog/ProductDialog.h"
#include "catalog/ProductGroupDialog.h"
#include "catalog/ProductGroupsTab.h"
#include "catalog/ProductsTab.h"
#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "main/MainWindow.h"
#include "storage/WorkspaceSetup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QStringList tabLabels(const AdministrationModule& module)
{
    QStringList labels;
    for (int i = 0; i < module.tabs()->count(); ++i)
        labels << module.tabs()->tabText(i);
    return labels;
}

/// Selects the row of id in tab's table.
void selectRow(CatalogTab& tab, const QString& id)
{
    tab.select(id);
    REQUIRE(tab.currentId() == id);
}

/// Clicks New… and returns the editor it opened.
template <typename Dialog> Dialog* openNew(CatalogTab& tab, const char* dialogName)
{
    REQUIRE(tab.newButton()->isVisibleTo(&tab));
    tab.newButton()->click();
    return child<Dialog>(tab, dialogName);
}

/// Whether the dialog was closed and deleted (a closed dialog is deleted later).
template <typename Dialog> bool isGone(const QPointer<Dialog>& dialog)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return dialog.isNull();
}

} // namespace

TEST_CASE("Administration shows the tabs of the acting account's role", "[ui][catalog]")
{
    CatalogFixture f;
    AdministrationModule module;
    REQUIRE(module.load(f.workspace, f.distributorAdmin()));
    CHECK(tabLabels(module) == QStringList{QStringLiteral("Marketplaces"),
                                           QStringLiteral("Product groups"),
                                           QStringLiteral("Listings"), QStringLiteral("API keys"),
                                           QStringLiteral("Web forms")});
    REQUIRE(module.load(f.workspace, f.vendorAdmin()));
    CHECK(tabLabels(module) == QStringList{QStringLiteral("Products"), QStringLiteral("Listings"),
                                           QStringLiteral("API keys")});
    auto* extra = new QWidget;
    extra->setObjectName(QStringLiteral("usersTab"));
    module.addTab(extra, QStringLiteral("Users"));
    REQUIRE(module.load(f.workspace, f.distributorViewer()));
    CHECK(tabLabels(module).constLast() == QStringLiteral("Users"));
    CHECK(tabLabels(module).size() == 4);
}

TEST_CASE("A viewer sees the lists without New, Edit or Delete", "[ui][catalog]")
{
    CatalogFixture f;
    REQUIRE(MarketplaceService::create(
        f.workspace, f.distributorAdmin(),
        MarketplaceInput{QStringLiteral("Shop"), {QStringLiteral("DE")}, QStringLiteral("EUR")}));
    AdministrationModule module;
    REQUIRE(module.load(f.workspace, f.distributorViewer()));
    module.show();
    MarketplacesTab& tab = *module.marketplacesTab();
    CHECK(tab.view()->table()->model()->rowCount() == 1);
    CHECK_FALSE(tab.newButton()->isVisible());
    CHECK_FALSE(tab.editButton()->isVisible());
    CHECK_FALSE(tab.deleteButton()->isVisible());
    CHECK(tab.openEditor({}) == nullptr);
    CHECK_FALSE(module.listingsTab()->listButton()->isVisible());
    REQUIRE(module.load(f.workspace, f.vendorViewer()));
    CHECK_FALSE(module.productsTab()->newButton()->isVisible());
    CHECK_FALSE(module.listingsTab()->newButton()->isVisible());
}

TEST_CASE("A marketplace is added with the keyboard alone", "[ui][catalog][keyboard]")
{
    CatalogFixture f;
    AdministrationModule module;
    REQUIRE(module.load(f.workspace, f.distributorAdmin()));
    module.show();
    MarketplacesTab& tab = *module.marketplacesTab();
    auto* editor = qobject_cast<MarketplaceDialog*>(tab.openEditor({}));
    REQUIRE(editor);
    QPointer<MarketplaceDialog> dialog = editor;
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->activateWindow();
    editor->nameEdit()->setFocus();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Europe"));
    CHECK_FALSE(editor->saveButton()->isEnabled());
    CHECK(editor->reasonText(QStringLiteral("countries")) ==
          QStringLiteral("Pick at least one country."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(editor->countryCombo()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Germany"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(editor->isVisible()); // Enter in the country field adds, it does not save
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Austria"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(editor->countryList()->count() == 2);
    CHECK(editor->countryList()->item(0)->text() == QStringLiteral("Germany (DE)"));
    CHECK(editor->saveButton()->isEnabled());
    // The currency is the next field after the country list and its Remove button.
    for (int i = 0; i < 8 && QApplication::focusWidget() != editor->currencyCombo(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == editor->currencyCombo());
    QTest::keyClicks(editor->currencyCombo(), QStringLiteral("CHF"));
    CHECK(editor->currencyCombo()->currentData().toString() == QStringLiteral("CHF"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(isGone(dialog));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM marketplaces WHERE name = 'Europe' "
                                 "AND countries = 'DE,AT' AND currency = 'CHF'")) == 1);
    CHECK(tab.view()->table()->model()->rowCount() == 1);
    CHECK_FALSE(tab.currentId().isEmpty());

    // Esc leaves without saving.
    editor = qobject_cast<MarketplaceDialog*>(tab.openEditor({}));
    REQUIRE(editor);
    dialog = editor;
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Other"));
    QTest::keyClick(editor->nameEdit(), Qt::Key_Escape);
    REQUIRE(isGone(dialog));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM marketplaces")) == 1);
}

TEST_CASE("From a new marketplace to a listed product, through the Administration tabs",
          "[ui][catalog]")
{
    CatalogFixture f;
    AdministrationModule module;
    module.show();

    // The distributor adds a marketplace.
    REQUIRE(module.load(f.workspace, f.distributorAdmin()));
    auto* marketplaceDialog =
        openNew<MarketplaceDialog>(*module.marketplacesTab(), "marketplaceDialog");
    QTest::keyClicks(marketplaceDialog->nameEdit(), QStringLiteral("US store"));
    marketplaceDialog->addCountry(QStringLiteral("US"));
    marketplaceDialog->currencyCombo()->setCurrentIndex(
        marketplaceDialog->currencyCombo()->findData(QStringLiteral("USD")));
    QTest::mouseClick(marketplaceDialog->saveButton(), Qt::LeftButton);
    const QString marketplaceId = module.marketplacesTab()->currentId();
    REQUIRE(marketplaceId.startsWith(QStringLiteral("MP-")));
    f.addDistributionContract(marketplaceId, QStringLiteral("active"));

    // The vendor adds a draft product, then a duplicate name is refused next to the field.
    REQUIRE(module.load(f.workspace, f.vendorAdmin()));
    ProductsTab& products = *module.productsTab();
    ProductDialog* productEditor = openNew<ProductDialog>(products, "productDialog");
    QPointer<ProductDialog> productDialog = productEditor;
    QTest::keyClicks(productEditor->nameEdit(), QStringLiteral("Cloud Backup"));
    QTest::mouseClick(productEditor->saveButton(), Qt::LeftButton);
    REQUIRE(isGone(productDialog));
    const QString productId = products.currentId();
    REQUIRE(productId.startsWith(QStringLiteral("PRD-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM products WHERE status = 'draft'")) == 1);
    productEditor = openNew<ProductDialog>(products, "productDialog");
    QTest::keyClicks(productEditor->nameEdit(), QStringLiteral("cloud backup"));
    CHECK(
        productEditor->reasonText(QStringLiteral("name")).contains(QStringLiteral("already have")));
    CHECK_FALSE(productEditor->saveButton()->isEnabled());
    productDialog = productEditor;
    productEditor->reject();
    REQUIRE(isGone(productDialog));

    // A draft cannot be listed: the request dialog says so.
    ListingRequestDialog* requestEditor =
        openNew<ListingRequestDialog>(*module.listingsTab(), "listingRequestDialog");
    CHECK(requestEditor->reasonText(QStringLiteral("product")).contains(QStringLiteral("publish")));
    CHECK_FALSE(requestEditor->saveButton()->isEnabled());
    QPointer<ListingRequestDialog> request = requestEditor;
    requestEditor->reject();
    REQUIRE(isGone(request));

    // Publish it (Edit…), then request its listing.
    selectRow(products, productId);
    REQUIRE(products.editButton()->isEnabled());
    QTest::mouseClick(products.editButton(), Qt::LeftButton);
    productEditor = child<ProductDialog>(products, "productDialog");
    productDialog = productEditor;
    productEditor->statusCombo()->setCurrentIndex(
        productEditor->statusCombo()->findText(QStringLiteral("Published")));
    QTest::mouseClick(productEditor->saveButton(), Qt::LeftButton);
    REQUIRE(isGone(productDialog));
    auto events = EventLog::forObject(f.workspace, productId);
    REQUIRE(events);
    CHECK(events->constLast().action == QStringLiteral("published"));

    requestEditor = openNew<ListingRequestDialog>(*module.listingsTab(), "listingRequestDialog");
    request = requestEditor;
    CHECK(requestEditor->productCombo()->currentText() == QStringLiteral("Cloud Backup"));
    CHECK(requestEditor->marketplaceCombo()->currentText().startsWith(QStringLiteral("US store")));
    REQUIRE(requestEditor->saveButton()->isEnabled());
    QTest::mouseClick(requestEditor->saveButton(), Qt::LeftButton);
    REQUIRE(isGone(request));
    const QString listingId = module.listingsTab()->currentId();
    REQUIRE(listingId.startsWith(QStringLiteral("LST-")));
    CHECK(module.listingsTab()->view()->table()->model()->rowCount() == 1);
    CHECK_FALSE(module.listingsTab()->listButton()->isVisible());
    CHECK(module.productsTab()->deleteButton()->toolTip().contains(QStringLiteral("listing")));

    // The distributor lists it; Create Lead then offers the product.
    REQUIRE(module.load(f.workspace, f.distributorAdmin()));
    ListingsTab& listings = *module.listingsTab();
    selectRow(listings, listingId);
    REQUIRE(listings.listButton()->isEnabled());
    CHECK_FALSE(listings.unlistButton()->isEnabled());
    QTest::mouseClick(listings.listButton(), Qt::LeftButton);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM listings WHERE status = 'listed'")) == 1);
    CHECK(listings.unlistButton()->isEnabled());
    auto offered = LeadCatalog::products(f.workspace, f.distributorSales());
    REQUIRE(offered);
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().label == QStringLiteral("Cloud Backup"));
    // The marketplace is in use now: Delete is disabled and says why.
    selectRow(*module.marketplacesTab(), marketplaceId);
    CHECK_FALSE(module.marketplacesTab()->deleteButton()->isEnabled());
    CHECK(module.marketplacesTab()->deleteButton()->toolTip().contains(
        QStringLiteral("cannot be deleted")));
}

TEST_CASE("A product group is created with its products and deleted after a confirmation",
          "[ui][catalog]")
{
    CatalogFixture f;
    auto product =
        ProductService::create(f.workspace, f.vendorAdmin(),
                               ProductInput{QStringLiteral("Mail"), {}, ProductStatus::Published});
    REQUIRE(product);
    AdministrationModule module;
    REQUIRE(module.load(f.workspace, f.distributorManager()));
    module.show();
    ProductGroupsTab& tab = *module.productGroupsTab();
    ProductGroupDialog* editor = openNew<ProductGroupDialog>(tab, "productGroupDialog");
    QPointer<ProductGroupDialog> dialog = editor;
    REQUIRE(editor->productBoxes().size() == 1);
    // Alt+P (the Products label) reaches the first product.
    editor->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(editor));
    editor->nameEdit()->setFocus();
    QTest::keyClick(editor->nameEdit(), Qt::Key_P, Qt::AltModifier);
    CHECK(editor->productBoxes().first()->hasFocus());
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Office"));
    auto* box =
        child<QCheckBox>(*editor, qPrintable(QStringLiteral("groupProduct_") + product.value()));
    box->setChecked(true);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    REQUIRE(isGone(dialog));
    const QString groupId = tab.currentId();
    REQUIRE(groupId.startsWith(QStringLiteral("PG-")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM product_group_products WHERE group_id = ?"),
                  {groupId}) == 1);

    REQUIRE(tab.deleteButton()->isEnabled());
    whenModal([](QWidget* modal) {
        auto* question = qobject_cast<QMessageBox*>(modal);
        REQUIRE(question);
        CHECK(question->text().contains(QStringLiteral("Office")));
        question->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(tab.deleteButton(), Qt::LeftButton);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM product_groups")) == 0);
    CHECK(tab.view()->table()->model()->rowCount() == 0);
}

TEST_CASE("Ctrl+3 shows Administration and the window remembers it", "[ui][main][catalog]")
{
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    {
        MainWindow window;
        REQUIRE(window.openWorkspace(path));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        CHECK(window.currentModule() == MainWindow::Module::Administration);
        AdministrationModule* module = window.administrationModule();
        CHECK(module->isVisible());
        CHECK(tabLabels(*module).contains(QStringLiteral("Marketplaces")));
        CHECK(module->marketplacesTab()->view()->table()->model()->rowCount() > 0);
        // Acting as the vendor reloads the module with the vendor's tabs.
        REQUIRE(
            window.setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
        CHECK(tabLabels(*module).contains(QStringLiteral("Products")));
        CHECK(module->productsTab()->view()->table()->model()->rowCount() > 0);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        CHECK(window.currentModule() == MainWindow::Module::Leads);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        window.close();
    }
    MainWindow again;
    REQUIRE(again.openWorkspace(path));
    CHECK(again.currentModule() == MainWindow::Module::Administration);
}

TEST_CASE("Screenshots of the Administration module", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    QSettings().clear();
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.resize(1400, 800);
    window.show();
    window.showModule(MainWindow::Module::Administration);
    AdministrationModule& module = *window.administrationModule();
    const auto shoot = [&](QWidget& widget, const char* name) {
        QTest::qWait(50);
        REQUIRE(widget.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    for (int i = 0; i < module.tabs()->count(); ++i) {
        module.tabs()->setCurrentIndex(i);
        shoot(window, qPrintable(QStringLiteral("admin-distributor-%1.png").arg(i)));
    }
    CatalogDialog* dialog = module.marketplacesTab()->openEditor({});
    REQUIRE(dialog);
    auto* marketplace = qobject_cast<MarketplaceDialog*>(dialog);
    REQUIRE(marketplace);
    marketplace->nameEdit()->setText(QStringLiteral("Mighty Mick's US"));
    marketplace->addCountry(QStringLiteral("US"));
    marketplace->addCountry(QStringLiteral("CA"));
    shoot(*dialog, "admin-marketplace-dialog.png");
    dialog->reject();
    dialog = module.productGroupsTab()->openEditor({});
    REQUIRE(dialog);
    shoot(*dialog, "admin-product-group-dialog.png");
    dialog->reject();
    REQUIRE(window.setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
    for (int i = 0; i < module.tabs()->count(); ++i) {
        module.tabs()->setCurrentIndex(i);
        shoot(window, qPrintable(QStringLiteral("admin-vendor-%1.png").arg(i)));
    }
    dialog = module.productsTab()->openEditor({});
    REQUIRE(dialog);
    shoot(*dialog, "admin-product-dialog.png");
    dialog->reject();
    dialog = module.listingsTab()->openEditor({});
    REQUIRE(dialog);
    shoot(*dialog, "admin-listing-request-dialog.png");
    dialog->reject();
}

TEST_CASE("In a new workspace the Administration module takes a company to its first listed "
          "product",
          "[ui][main][catalog]")
{
    QSettings().clear();
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("new.channeldesk"));
    NewWorkspaceRequest request;
    request.accountName = QStringLiteral("North Distribution");
    request.accountRole = AccountRole::Distributor;
    request.userName = QStringLiteral("Nora North");
    request.userEmail = QStringLiteral("nora@north.example");
    auto created = WorkspaceSetup::createBlank(path, request);
    REQUIRE(created);
    const QString distributorId = created->accountId;
    const QString userId = created->userId;

    QString marketplaceId;
    {
        MainWindow window;
        REQUIRE(window.openWorkspace(path));
        window.show();
        window.showModule(MainWindow::Module::Administration);
        AdministrationModule& module = *window.administrationModule();
        CHECK(module.marketplacesTab()->view()->table()->model()->rowCount() == 0);
        auto* dialog = openNew<MarketplaceDialog>(*module.marketplacesTab(), "marketplaceDialog");
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("North Store"));
        dialog->addCountry(QStringLiteral("NO"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        marketplaceId = module.marketplacesTab()->currentId();
        REQUIRE(marketplaceId.startsWith(QStringLiteral("MP-")));
        window.close();
    }

    // What the partners' screens write (a vendor partner whose user is the same person, with an
    // approved distribution contract for the marketplace), here by SQL.
    {
        auto workspace = Workspace::open(path);
        REQUIRE(workspace);
        QSqlQuery query(workspace.value()->database());
        const QStringList statements = {
            QStringLiteral("INSERT INTO accounts(id, name, role, created_at, updated_at) "
                           "VALUES ('VA-555-555', 'Fjord Software', 'vendor', 1, 1)"),
            QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                           "VALUES ('%1', 'VA-555-555', 'crm_admin')")
                .arg(userId),
            QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, status, "
                           "created_at, updated_at) VALUES ('%1', 'VA-555-555', 'active', 1, 1)")
                .arg(distributorId),
            QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, created_at, "
                           "updated_at) VALUES ('AGP-555-555-555', 'program', '%1', 'P', 1, 1)")
                .arg(distributorId),
            QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, "
                           "parent_agreement_id, marketplace_id, created_at, updated_at) VALUES "
                           "('AGD-555-555-555', 'distribution', '%1', 'D', 'AGP-555-555-555', "
                           "'%2', 1, 1)")
                .arg(distributorId, marketplaceId),
            QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, description, "
                           "active, created_at) VALUES ('AGD-555-555-555', 1, 'terms', 1, 1)"),
            QStringLiteral("INSERT INTO contracts(id, type, agreement_id, agreement_version_id, "
                           "issuer_account_id, partner_account_id, marketplace_id, status, "
                           "created_at, updated_at) VALUES ('CRD-55555-55555-55555', "
                           "'distribution', 'AGD-555-555-555', (SELECT id FROM agreement_versions "
                           "WHERE agreement_id = 'AGD-555-555-555'), '%1', 'VA-555-555', '%2', "
                           "'active', 1, 1)")
                .arg(distributorId, marketplaceId),
        };
        for (const QString& sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
    }

    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    window.show();
    window.showModule(MainWindow::Module::Administration);
    AdministrationModule& module = *window.administrationModule();
    // The vendor adds and publishes a product and requests its listing.
    REQUIRE(window.setActing(userId, QStringLiteral("VA-555-555")));
    auto* product = openNew<ProductDialog>(*module.productsTab(), "productDialog");
    QTest::keyClicks(product->nameEdit(), QStringLiteral("Fjord Backup"));
    product->statusCombo()->setCurrentIndex(
        product->statusCombo()->findText(QStringLiteral("Published")));
    QTest::mouseClick(product->saveButton(), Qt::LeftButton);
    REQUIRE(module.productsTab()->currentId().startsWith(QStringLiteral("PRD-")));
    auto* listingRequest =
        openNew<ListingRequestDialog>(*module.listingsTab(), "listingRequestDialog");
    REQUIRE(listingRequest->saveButton()->isEnabled());
    QTest::mouseClick(listingRequest->saveButton(), Qt::LeftButton);
    const QString listingId = module.listingsTab()->currentId();
    REQUIRE(listingId.startsWith(QStringLiteral("LST-")));
    // The distributor lists it; Create Lead then offers the product.
    REQUIRE(window.setActing(userId, distributorId));
    module.listingsTab()->select(listingId);
    REQUIRE(module.listingsTab()->listButton()->isEnabled());
    QTest::mouseClick(module.listingsTab()->listButton(), Qt::LeftButton);
    auto offered = LeadCatalog::products(window.workspace()->database(), window.acting());
    REQUIRE(offered);
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().label == QStringLiteral("Fjord Backup"));
}
