#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "leads/CustomFieldListModel.h"
#include "leads/LeadFormEditorDialog.h"
#include "leads/LeadFormList.h"
#include "leads/LeadFormListModel.h"
#include "leads/LeadFormService.h"
#include "leads/LeadFormsTab.h"
#include "leads/LeadsModule.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QListWidgetItem* itemStartingWith(QListWidget* list, const QString& text)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(text))
            return list->item(row);
    FAIL("no item " << text.toStdString());
    return nullptr;
}

/// Ticks or unticks item as a user does: select it, then press Space.
void toggleWithKeyboard(QListWidget* list, QListWidgetItem* item)
{
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
}

/// Clicks the check box drawn at the left of item.
void clickCheckBox(QListWidget* list, QListWidgetItem* item)
{
    list->scrollToItem(item);
    const QRect rect = list->visualItemRect(item);
    const QPoint box(rect.left() + rect.height() / 2, rect.center().y());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box);
}

struct EditorFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));
    LeadFormEditorDialog dialog{workspace, vendor};

    QLineEdit* name = child<QLineEdit>(dialog, "formNameEdit");
    QCheckBox* active = child<QCheckBox>(dialog, "formActiveCheck");
    QListWidget* listings = child<QListWidget>(dialog, "formListingsList");
    QListWidget* defaults = child<QListWidget>(dialog, "formDefaultFieldsList");
    QTableView* custom = child<QTableView>(dialog, "customFieldsTable");

    QLineEdit* fieldId = child<QLineEdit>(dialog, "customFieldIdEdit");
    QLineEdit* fieldTitle = child<QLineEdit>(dialog, "customFieldTitleEdit");
    QComboBox* fieldType = child<QComboBox>(dialog, "customFieldTypeCombo");
    QCheckBox* fieldRequired = child<QCheckBox>(dialog, "customFieldRequiredCheck");
    QPlainTextEdit* fieldChoices = child<QPlainTextEdit>(dialog, "customFieldChoicesEdit");
    QPushButton* add = child<QPushButton>(dialog, "addCustomFieldButton");
    QPushButton* save =
        child<QDialogButtonBox>(dialog, "leadFormButtons")->button(QDialogButtonBox::Ok);

    QString customCell(int row, int column) const
    {
        return custom->model()->index(row, column).data().toString();
    }

    void open(const QString& formId = {})
    {
        auto loaded = dialog.load(formId);
        INFO((loaded ? QString() : loaded.error().message).toStdString());
        REQUIRE(loaded);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }

    QLabel* reason(const char* objectName) const { return child<QLabel>(dialog, objectName); }

    void chooseType(CustomFieldType type)
    {
        fieldType->setFocus();
        QTest::keyClick(fieldType, Qt::Key_Home);
        while (fieldType->currentData().toInt() != static_cast<int>(type)) {
            const int before = fieldType->currentIndex();
            QTest::keyClick(fieldType, Qt::Key_Down);
            REQUIRE(fieldType->currentIndex() != before);
        }
    }

    QString listingText(const char* product, const char* marketplace, const char* distributor)
    {
        return QStringLiteral("%1 \u2014 %2 (%3)")
            .arg(QString::fromUtf8(product), QString::fromUtf8(marketplace),
                 QString::fromUtf8(distributor));
    }
};

} // namespace

TEST_CASE("A vendor creates a lead form in the editor", "[ui][leadforms]")
{
    EditorFixture f;
    f.open();
    CHECK(f.dialog.windowTitle() == QStringLiteral("New lead form"));
    CHECK(f.save->text() == QStringLiteral("&Save"));
    CHECK_FALSE(f.save->isEnabled());
    CHECK(f.active->isChecked());
    CHECK(f.name->hasFocus());

    QTest::keyClicks(f.name, QStringLiteral("Mail and UK trials"));
    CHECK_FALSE(f.save->isEnabled());
    CHECK_FALSE(f.reason("formNameEditReason")->isVisible());

    // The Backup listing in the US already has the active standard form: ticking it is refused.
    QListWidgetItem* backupUs = itemStartingWith(
        f.listings, f.listingText("Apex Backup", "Mighty Mick's US", "Mighty Mick's LLC"));
    CHECK(backupUs->text().contains(QStringLiteral("Apex Standard Lead Form")));
    toggleWithKeyboard(f.listings, backupUs);
    CHECK(backupUs->checkState() == Qt::Checked);
    QLabel* listingsReason = f.reason("formListingsListReason");
    CHECK(listingsReason->isVisible());
    CHECK(listingsReason->text().contains(QStringLiteral("Apex Standard Lead Form")));
    CHECK_FALSE(f.save->isEnabled());
    toggleWithKeyboard(f.listings, backupUs);
    CHECK(listingsReason->isVisible()); // now: no product chosen

    toggleWithKeyboard(
        f.listings,
        itemStartingWith(f.listings, f.listingText("Apex Mail Security", "Mighty Mick's US",
                                                   "Mighty Mick's LLC")));
    clickCheckBox(f.listings,
                  itemStartingWith(
                      f.listings, f.listingText("Apex Backup", "Ingram Micro UK", "Ingram Micro")));
    CHECK_FALSE(listingsReason->isVisible());
    CHECK(f.save->isEnabled());

    QListWidgetItem* city = itemStartingWith(f.defaults, QStringLiteral("City"));
    CHECK(city->checkState() == Qt::Checked);
    clickCheckBox(f.defaults, city);
    CHECK(city->checkState() == Qt::Unchecked);

    QTest::mouseClick(f.add, Qt::LeftButton);
    CHECK(f.custom->model()->rowCount() == 1);
    CHECK(f.fieldTitle->hasFocus());
    CHECK_FALSE(f.save->isEnabled()); // a field without a title
    CHECK(f.reason("customFieldsTableReason")->isVisible());
    QTest::keyClicks(f.fieldTitle, QStringLiteral("Number of seats"));
    CHECK(f.fieldId->text() == QStringLiteral("number_of_seats"));
    f.fieldId->selectAll();
    QTest::keyClicks(f.fieldId, QStringLiteral("seats"));
    f.chooseType(CustomFieldType::Number);
    CHECK_FALSE(f.fieldChoices->isEnabled());
    f.fieldRequired->setFocus();
    QTest::keyClick(f.fieldRequired, Qt::Key_Space);
    CHECK(f.fieldRequired->isChecked());
    CHECK(f.save->isEnabled());

    QTest::mouseClick(f.add, Qt::LeftButton);
    QTest::keyClicks(f.fieldTitle, QStringLiteral("Deployment"));
    f.chooseType(CustomFieldType::Choice);
    CHECK(f.fieldChoices->isEnabled());
    CHECK_FALSE(f.save->isEnabled()); // a choice field without choices
    CHECK(f.reason("customFieldsTableReason")->text().contains(QStringLiteral("Deployment")));
    f.fieldChoices->setFocus();
    QTest::keyClicks(f.fieldChoices, QStringLiteral("Cloud"));
    QTest::keyClick(f.fieldChoices, Qt::Key_Return);
    QTest::keyClicks(f.fieldChoices, QStringLiteral("On-premises"));
    CHECK_FALSE(f.reason("customFieldsTableReason")->isVisible());
    CHECK(f.customCell(1, 0) == QStringLiteral("Deployment"));
    CHECK(f.customCell(1, 1) == QStringLiteral("deployment"));
    REQUIRE(f.save->isEnabled());

    QTest::mouseClick(f.save, Qt::LeftButton);
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.dialog.isVisible());
    const QString formId = f.dialog.savedId();
    REQUIRE_FALSE(formId.isEmpty());

    auto stored = LeadFormService::load(f.workspace, f.vendor, formId);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Mail and UK trials"));
    CHECK(stored->active);
    CHECK(stored->listingIds.size() == 2);
    CHECK_FALSE(stored->schema.shows(LeadField::City));
    CHECK(stored->schema.shows(LeadField::Description));
    const QList<CustomField> fields = stored->schema.customFields();
    REQUIRE(fields.size() == 2);
    CHECK(fields.at(0).id == QStringLiteral("seats"));
    CHECK(fields.at(0).title == QStringLiteral("Number of seats"));
    CHECK(fields.at(0).type == CustomFieldType::Number);
    CHECK(fields.at(0).required);
    CHECK(fields.at(1).id == QStringLiteral("deployment"));
    CHECK(fields.at(1).type == CustomFieldType::Choice);
    CHECK_FALSE(fields.at(1).required);
    CHECK(fields.at(1).choices ==
          QStringList{QStringLiteral("Cloud"), QStringLiteral("On-premises")});
}

TEST_CASE("Custom fields of the editor can be reordered and removed", "[ui][leadforms]")
{
    EditorFixture f;
    f.open();
    for (const QString& title : {QStringLiteral("First"), QStringLiteral("Second")}) {
        QTest::mouseClick(f.add, Qt::LeftButton);
        QTest::keyClicks(f.fieldTitle, title);
    }
    auto* up = child<QPushButton>(f.dialog, "moveCustomFieldUpButton");
    auto* down = child<QPushButton>(f.dialog, "moveCustomFieldDownButton");
    auto* remove = child<QPushButton>(f.dialog, "removeCustomFieldButton");
    CHECK(f.custom->currentIndex().row() == 1);
    CHECK_FALSE(down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    CHECK(f.customCell(0, 0) == QStringLiteral("Second"));
    CHECK(f.custom->currentIndex().row() == 0);
    CHECK(f.fieldTitle->text() == QStringLiteral("Second"));
    CHECK_FALSE(up->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(f.custom->model()->rowCount() == 1);
    CHECK(f.fieldTitle->text() == QStringLiteral("First"));
    const QList<CustomField> fields = f.dialog.draft().schema.customFields();
    REQUIRE(fields.size() == 1);
    CHECK(fields.first().id == QStringLiteral("first"));
}

TEST_CASE("Editing a demo lead form shows and keeps its values", "[ui][leadforms]")
{
    EditorFixture f;
    const QString formId = LeadFormList::of(f.workspace, f.vendor)->at(0).id;
    auto before = LeadFormService::load(f.workspace, f.vendor, formId);
    REQUIRE(before);
    REQUIRE(before->name == QStringLiteral("Apex Standard Lead Form"));
    f.open(formId);
    CHECK(f.dialog.windowTitle() == QStringLiteral("Edit lead form"));
    CHECK(child<QLabel>(f.dialog, "formIdLabel")->text() == formId);
    CHECK(f.name->text() == QStringLiteral("Apex Standard Lead Form"));
    CHECK(f.active->isChecked());
    int ticked = 0;
    for (int row = 0; row < f.listings->count(); ++row)
        ticked += f.listings->item(row)->checkState() == Qt::Checked ? 1 : 0;
    CHECK(ticked == 2);
    CHECK(f.custom->model()->rowCount() == 4);
    CHECK(f.customCell(0, 0) == QStringLiteral("Number of seats"));
    CHECK(f.fieldTitle->text() == QStringLiteral("Number of seats"));
    CHECK(f.fieldRequired->isChecked());
    CHECK(f.save->isEnabled());
    CHECK(f.dialog.draft().schema == before->schema);
    CHECK(f.dialog.draft().listingIds == before->listingIds);

    f.name->selectAll();
    QTest::keyClicks(f.name, QStringLiteral("Apex Standard Form"));
    QTest::keyClick(f.name, Qt::Key_Return);
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.dialog.savedId() == formId);
    auto after = LeadFormService::load(f.workspace, f.vendor, formId);
    REQUIRE(after);
    CHECK(after->name == QStringLiteral("Apex Standard Form"));
    CHECK(after->schema == before->schema);
    CHECK(after->listingIds == before->listingIds);
    CHECK(after->active);
}

TEST_CASE("Mandatory default fields cannot be unticked in the editor", "[ui][leadforms]")
{
    EditorFixture f;
    f.open();
    CHECK(f.defaults->count() == 22);
    for (const QString& label :
         {QStringLiteral("Name"), QStringLiteral("Lead source"), QStringLiteral("Company TIN")}) {
        QListWidgetItem* item = itemStartingWith(f.defaults, label);
        CHECK(item->checkState() == Qt::Checked);
        CHECK(item->toolTip() == QStringLiteral("Mandatory: always shown"));
        CHECK_FALSE(item->flags().testFlag(Qt::ItemIsEnabled));
        clickCheckBox(f.defaults, item);
        toggleWithKeyboard(f.defaults, item);
        CHECK(item->checkState() == Qt::Checked);
    }
    CHECK(f.dialog.draft().schema.shows(LeadField::Source));
    QListWidgetItem* phone = itemStartingWith(f.defaults, QStringLiteral("Contact phone"));
    toggleWithKeyboard(f.defaults, phone);
    CHECK(phone->checkState() == Qt::Unchecked);
    CHECK_FALSE(f.dialog.draft().schema.shows(LeadField::ContactPhone));
}

TEST_CASE("A failed save keeps the editor open with everything typed", "[ui][leadforms]")
{
    EditorFixture f;
    f.open();
    QTest::keyClicks(f.name, QStringLiteral("Mail leads"));
    const QString mailUs =
        f.listingText("Apex Mail Security", "Mighty Mick's US", "Mighty Mick's LLC");
    toggleWithKeyboard(f.listings, itemStartingWith(f.listings, mailUs));
    REQUIRE(f.save->isEnabled());

    // Meanwhile someone else makes another form active for the same listing.
    LeadFormDraft other;
    other.name = QStringLiteral("Someone else's form");
    other.listingIds = f.dialog.draft().listingIds;
    REQUIRE(LeadFormService::save(f.workspace, f.vendor, other));

    QTest::mouseClick(f.save, Qt::LeftButton);
    CHECK(f.dialog.isVisible());
    CHECK(f.dialog.savedId().isEmpty());
    CHECK(f.name->text() == QStringLiteral("Mail leads"));
    CHECK(itemStartingWith(f.listings, mailUs)->checkState() == Qt::Checked);
    QLabel* saveReason = f.reason("formSaveReason");
    CHECK(saveReason->isVisible());
    CHECK(saveReason->text().contains(QStringLiteral("not saved")));
    CHECK(f.reason("formListingsListReason")->isVisible());
    CHECK(
        f.reason("formListingsListReason")->text().contains(QStringLiteral("Someone else's form")));
    CHECK_FALSE(f.save->isEnabled());

    // Making this one inactive resolves the conflict.
    QTest::mouseClick(f.active, Qt::LeftButton, {}, QPoint(8, f.active->height() / 2));
    CHECK_FALSE(f.active->isChecked());
    CHECK(f.save->isEnabled());
    QTest::mouseClick(f.save, Qt::LeftButton);
    CHECK(f.dialog.result() == QDialog::Accepted);
}

TEST_CASE("Escape closes the lead form editor without saving", "[ui][leadforms]")
{
    EditorFixture f;
    f.open();
    const QString before = TestWorkspace::dump(*f.workspace);
    QTest::keyClicks(f.name, QStringLiteral("Never saved"));
    QTest::keyClick(f.name, Qt::Key_Escape);
    CHECK(f.dialog.result() == QDialog::Rejected);
    CHECK_FALSE(f.dialog.isVisible());
    CHECK(TestWorkspace::dump(*f.workspace) == before);
}

TEST_CASE("Every input of the lead form editor has an accessible name", "[ui][accessibility]")
{
    EditorFixture f;
    f.open();
    QTest::mouseClick(f.add, Qt::LeftButton);
    for (QWidget* widget : f.dialog.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget) ||
                             qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QPlainTextEdit*>(widget);
        if (!control)
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->objectName().isEmpty());
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
    }
}

namespace {

struct FormsWindow {
    TestWorkspace dir;
    QString path;
    QString viewerId = QStringLiteral("UR-900-900-900");
    std::unique_ptr<MainWindow> window;

    FormsWindow()
    {
        QSettings().clear();
        {
            WorkspaceHandle workspace = dir.createDemo();
            QSqlQuery query(workspace);
            REQUIRE(query.prepare(QStringLiteral(
                "INSERT INTO users(id, name, email, created_at) VALUES (?, 'Vera Viewer', "
                "'vera@apexcloud.example', 1)")));
            query.addBindValue(viewerId);
            REQUIRE(query.exec());
            REQUIRE(query.prepare(QStringLiteral(
                "INSERT INTO memberships(user_id, account_id, role) VALUES (?, ?, 'viewer')")));
            query.addBindValue(viewerId);
            query.addBindValue(id(DemoWorkspace::demoVendorId));
            REQUIRE(query.exec());
        }
        path = dir.path(QStringLiteral("demo.channeldesk"));
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openWorkspace(path));
        window->resize(1400, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    LeadFormsTab* showForms(const QString& userId)
    {
        REQUIRE(window->setActing(userId, id(DemoWorkspace::demoVendorId)));
        window->showModule(MainWindow::Module::Leads);
        LeadFormsTab* tab = window->leadsModule()->formsTab();
        window->leadsModule()->tabs()->setCurrentWidget(tab);
        return tab;
    }
};

} // namespace

TEST_CASE("The Forms tab lets the vendor's admin create and edit forms", "[ui][leadforms]")
{
    FormsWindow fixture;
    LeadFormsTab* tab = fixture.showForms(id(DemoWorkspace::demoVendorUserId));
    CHECK(tab->objectName() == QStringLiteral("leadFormsTab"));
    CHECK(fixture.window->leadsModule()->forms() == tab->view());
    auto* newButton = child<QPushButton>(*fixture.window, "newLeadFormButton");
    auto* editButton = child<QPushButton>(*fixture.window, "editLeadFormButton");
    CHECK(newButton->isVisible());
    CHECK(newButton->isEnabled());
    CHECK(editButton->isVisible());
    QTableView* table = child<QTableView>(*fixture.window, "leadFormsTable");
    CHECK(table->model()->rowCount() == 2);
    CHECK_FALSE(editButton->isEnabled());

    QTest::mouseClick(newButton, Qt::LeftButton);
    QPointer<LeadFormEditorDialog> dialog = fixture.window->findChild<LeadFormEditorDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
    CHECK(dialog->windowTitle() == QStringLiteral("New lead form"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "formNameEdit"), QStringLiteral("Analytics leads"));
    auto* listings = child<QListWidget>(*dialog, "formListingsList");
    toggleWithKeyboard(listings, itemStartingWith(listings, QStringLiteral("Apex Analytics")));
    QTest::mouseClick(
        child<QDialogButtonBox>(*dialog, "leadFormButtons")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    // The list shows the new form, selected.
    CHECK(table->model()->rowCount() == 3);
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.siblingAtColumn(LeadFormListModel::Name).data().toString() ==
          QStringLiteral("Analytics leads"));
    CHECK(editButton->isEnabled());

    // Enter on the row opens it for editing.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    dialog = fixture.window->findChild<LeadFormEditorDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Edit lead form"));
    CHECK(child<QLineEdit>(*dialog, "formNameEdit")->text() == QStringLiteral("Analytics leads"));
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("A viewer of the vendor sees the forms but cannot change them", "[ui][leadforms]")
{
    FormsWindow fixture;
    LeadFormsTab* tab = fixture.showForms(fixture.viewerId);
    CHECK(fixture.window->acting().userRole == UserRole::Viewer);
    CHECK(child<QTableView>(*fixture.window, "leadFormsTable")->model()->rowCount() == 2);
    auto* newButton = child<QPushButton>(*fixture.window, "newLeadFormButton");
    auto* editButton = child<QPushButton>(*fixture.window, "editLeadFormButton");
    CHECK_FALSE(newButton->isVisible());
    CHECK_FALSE(newButton->isEnabled());
    CHECK_FALSE(editButton->isVisible());
    CHECK_FALSE(editButton->isEnabled());
    QTableView* table = tab->view()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK_FALSE(fixture.window->findChild<LeadFormEditorDialog*>());
}

TEST_CASE("Screenshots of the lead form editor", "[.screenshots]")
{
    const QString out =
        qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("/tmp/forms-shots"));
    QDir().mkpath(out);
    const auto shoot = [&out](QWidget& widget, const char* name) {
        QTest::qWait(50);
        REQUIRE(widget.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    {
        EditorFixture f;
        f.open();
        shoot(f.dialog, "editor-new-empty.png");
        QTest::keyClicks(f.name, QStringLiteral("Trial requests"));
        toggleWithKeyboard(f.listings, itemStartingWith(f.listings, QStringLiteral("Apex Backup")));
        QTest::mouseClick(f.add, Qt::LeftButton);
        QTest::keyClicks(f.fieldTitle, QStringLiteral("Deployment"));
        f.chooseType(CustomFieldType::Choice);
        shoot(f.dialog, "editor-new-reasons.png");
        f.fieldChoices->setFocus();
        QTest::keyClicks(f.fieldChoices, QStringLiteral("Cloud"));
        shoot(f.dialog, "editor-new-valid.png");
        LeadFormDraft other;
        other.name = QStringLiteral("Someone else's form");
        other.listingIds = f.dialog.draft().listingIds;
        REQUIRE(LeadFormService::save(f.workspace, f.vendor, other));
        QTest::mouseClick(f.save, Qt::LeftButton);
        shoot(f.dialog, "editor-new-save-failed.png");
    }
    {
        EditorFixture f;
        f.open(LeadFormList::of(f.workspace, f.vendor)->at(0).id);
        shoot(f.dialog, "editor-edit-standard.png");
        f.dialog.resize(f.dialog.minimumSizeHint());
        shoot(f.dialog, "editor-edit-minimum.png");
    }
    {
        FormsWindow fixture;
        fixture.showForms(id(DemoWorkspace::demoVendorUserId));
        shoot(*fixture.window, "forms-tab.png");
    }
}

TEST_CASE("The custom field model moves, adds and removes rows as one table", "[ui][leadforms]")
{
    CustomFieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto field = [](const char* title, bool required) {
        CustomField made;
        made.title = QString::fromLatin1(title);
        made.id = made.title.toLower();
        made.required = required;
        return made;
    };
    model.setFields({field("Seats", true), field("Region", false)});
    CHECK(model.columnCount() == CustomFieldListModel::ColumnCount);
    CHECK(model.headerData(CustomFieldListModel::KeyColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Key"));
    CHECK(model.index(0, CustomFieldListModel::RequiredColumn).data().toString() ==
          QStringLiteral("Required"));
    CHECK(model.index(1, CustomFieldListModel::RequiredColumn).data().toString().isEmpty());
    CHECK(model.index(1, CustomFieldListModel::TypeColumn).data().toString() ==
          QStringLiteral("Text"));

    const QPersistentModelIndex seats = model.index(0, CustomFieldListModel::TitleColumn);
    CHECK(model.moveField(0, 1));
    CHECK(seats.row() == 1); // a view's current row follows the moved field
    CHECK(model.index(0, CustomFieldListModel::TitleColumn).data().toString() ==
          QStringLiteral("Region"));
    CHECK_FALSE(model.moveField(1, 1));
    CHECK_FALSE(model.moveField(0, -1));
    CHECK(model.moveField(1, -1));
    CHECK(seats.row() == 0);

    CHECK(model.appendField(field("Budget", false)) == 2);
    CustomField changed = model.field(2);
    changed.type = CustomFieldType::Number;
    model.setField(2, changed);
    CHECK(model.index(2, CustomFieldListModel::TypeColumn).data().toString() ==
          QStringLiteral("Number"));
    model.removeField(0);
    CHECK_FALSE(seats.isValid());
    CHECK(model.fields() == QList<CustomField>({field("Region", false), changed}));
}
