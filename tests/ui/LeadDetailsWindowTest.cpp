#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "common/ObjectWindow.h"
#include "demo/DemoWorkspace.h"
#include "leads/DisqualifyDialog.h"
#include "leads/LeadDetailsWindow.h"
#include "leads/LeadService.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

struct WindowFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));
    QList<QPointer<QWidget>> windows;

    ~WindowFixture()
    {
        // Windows hold the workspace's connection: they go before it.
        for (const QPointer<QWidget>& window : std::as_const(windows))
            delete window.data();
    }

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(workspace);
        REQUIRE(query.prepare(sql));
        for (const QVariant& value : values)
            query.addBindValue(value);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString();
    }
    QString leadNamed(const char* name) const
    {
        return scalar(QStringLiteral("SELECT id FROM leads WHERE name = ?"), {id(name)});
    }
    LeadDetailsWindow* open(const ActingContext& acting, const QString& leadId)
    {
        auto* window = new LeadDetailsWindow(workspace, acting, leadId);
        windows << window;
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        return window;
    }
};

template <typename T> T* child(const QWidget* window, const char* name)
{
    return window->findChild<T*>(QString::fromLatin1(name));
}

QString text(const QWidget* window, const char* name)
{
    auto* label = child<QLabel>(window, name);
    REQUIRE(label);
    return label->text();
}

/// Opens the link of a label with the keyboard: Tab to it (which selects the link), then Enter.
void activateLink(QLabel* label)
{
    REQUIRE(label);
    label->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(label->window()));
    label->clearFocus();
    label->setFocus(Qt::TabFocusReason);
    REQUIRE(label->hasSelectedText());
    QTest::keyClick(label, Qt::Key_Return);
}

QList<ObjectWindow*> objectWindows(const QString& type, const QString& objectId)
{
    QList<ObjectWindow*> found;
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets)
        if (auto* window = qobject_cast<ObjectWindow*>(widget); window && window->isVisible() &&
                                                                window->objectType() == type &&
                                                                window->objectId() == objectId)
            found << window;
    return found;
}

} // namespace

TEST_CASE("The vendor qualifies a New lead from its details window", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Archive backup for Northwind");
    LeadDetailsWindow* window = f.open(f.vendor, leadId);
    CHECK(window->objectName() == QStringLiteral("leadDetailsWindow"));
    CHECK(window->windowTitle() ==
          QStringLiteral("Archive backup for Northwind \u2014 Lead %1").arg(leadId));
    CHECK(window->testAttribute(Qt::WA_DeleteOnClose));
    CHECK(text(window, "leadStatusLabel") == QStringLiteral("New"));
    CHECK(text(window, "leadSourceValue") == QStringLiteral("Partner"));
    CHECK(text(window, "leadCompanyTinValue") == QStringLiteral("7736050003"));
    CHECK(text(window, "leadChannelValueLabel") == QStringLiteral("Content distribution channel:"));
    CHECK(text(window, "leadCustomValue_seatsLabel") == QStringLiteral("Number of seats:"));
    CHECK(text(window, "leadCustomValue_seats") == QStringLiteral("250"));
    CHECK(child<QPushButton>(window, "editLeadButton") == nullptr);
    auto* qualify = child<QPushButton>(window, "qualifyButton");
    REQUIRE(qualify);
    REQUIRE(qualify->isVisible());
    REQUIRE(child<QPushButton>(window, "disqualifyButton"));

    QSignalSpy changed(window, &LeadDetailsWindow::leadChanged);
    bool asked = false;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box)
            return;
        asked = box->text().contains(QStringLiteral("Archive backup for Northwind"));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(qualify, Qt::LeftButton);
    CHECK(asked);

    CHECK(f.scalar(QStringLiteral("SELECT status FROM leads WHERE id = ?"), {leadId}) ==
          QStringLiteral("qualified"));
    const QString opportunityId =
        f.scalar(QStringLiteral("SELECT id FROM opportunities WHERE lead_id = ?"), {leadId});
    CHECK(opportunityId.startsWith(QStringLiteral("OP-")));
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toString() == leadId);
    CHECK(text(window, "leadStatusLabel") == QStringLiteral("Qualified"));
    CHECK(child<QPushButton>(window, "qualifyButton") == nullptr);
    CHECK(child<QPushButton>(window, "disqualifyButton") == nullptr);
    CHECK(text(window, "leadOpportunityValue").contains(opportunityId));
    auto* history = child<QTableWidget>(window, "leadHistoryList");
    REQUIRE(history);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 1)->data(Qt::UserRole).toString() == QStringLiteral("qualified"));
    CHECK(history->item(0, 1)->text().startsWith(QStringLiteral("Qualified\nStatus: Qualified")));
    CHECK(history->item(0, 0)->text().contains(QStringLiteral("Sarah Chen")));
    CHECK(history->item(1, 1)->text() == QStringLiteral("Created"));

    // The opportunity link opens the opportunity.
    activateLink(child<QLabel>(window, "leadOpportunityValue"));
    CHECK(objectWindows(QStringLiteral("opportunity"), opportunityId).size() == 1);
}

TEST_CASE("Answering No to Qualify changes nothing", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Archive backup for Northwind");
    LeadDetailsWindow* window = f.open(f.vendor, leadId);
    QSignalSpy changed(window, &LeadDetailsWindow::leadChanged);
    whenModal([](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(child<QPushButton>(window, "qualifyButton"), Qt::LeftButton);
    CHECK(changed.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT status FROM leads WHERE id = ?"), {leadId}) ==
          QStringLiteral("new"));
    CHECK(child<QPushButton>(window, "qualifyButton"));
}

TEST_CASE("Qualifying a lead decided meanwhile on another desktop says who and shows it",
          "[details][ui][concurrency]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Archive backup for Northwind");
    LeadDetailsWindow* window = f.open(f.vendor, leadId);
    QSignalSpy changed(window, &LeadDetailsWindow::leadChanged);
    // Another desktop of the vendor, with a connection of its own, disqualifies it first.
    auto other = Workspace::open(f.workspace->path());
    REQUIRE(other);
    REQUIRE(LeadService::disqualify(other.value()->database(), f.vendor, leadId,
                                    QStringLiteral("Duplicate")));

    QString warning;
    answerYesThenRead(warning);
    QTest::mouseClick(child<QPushButton>(window, "qualifyButton"), Qt::LeftButton);
    INFO(warning.toStdString());
    CHECK(warning.contains(QStringLiteral("Sarah Chen")));
    CHECK(warning.contains(QStringLiteral("meanwhile")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE lead_id = ?"),
                   {leadId}) == QStringLiteral("0"));
    // The window now shows what the other desktop did.
    CHECK(text(window, "leadStatusLabel") == QStringLiteral("Disqualified"));
    CHECK(child<QPushButton>(window, "qualifyButton") == nullptr);
    CHECK(changed.size() == 1);
}

TEST_CASE("The vendor disqualifies a New lead with a reason", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Phishing protection at Acme");
    LeadDetailsWindow* window = f.open(f.vendor, leadId);
    QSignalSpy changed(window, &LeadDetailsWindow::leadChanged);

    bool disabledWhileEmpty = false;
    bool labelled = false;
    QString counter;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<DisqualifyDialog*>(modal);
        if (!dialog)
            return;
        auto* edit = child<QPlainTextEdit>(dialog, "disqualifyReasonEdit");
        auto* ok = child<QPushButton>(dialog, "disqualifyOkButton");
        auto* caption = child<QLabel>(dialog, "disqualifyReasonLabel");
        if (!edit || !ok || !caption) {
            dialog->reject();
            return;
        }
        labelled = caption->buddy() == edit && caption->text() == QStringLiteral("&Reason") &&
                   edit->accessibleName() == QStringLiteral("Reason");
        disabledWhileEmpty = !ok->isEnabled() && ok->text() == QStringLiteral("Disqualify");
        QTest::keyClicks(edit, QStringLiteral("No budget this year"));
        counter = child<QLabel>(dialog, "disqualifyReasonCounter")->text();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(window, "disqualifyButton"), Qt::LeftButton);
    CHECK(labelled);
    CHECK(disabledWhileEmpty);
    CHECK(counter == QStringLiteral("19/1000"));

    CHECK(f.scalar(QStringLiteral("SELECT status || '|' || status_note FROM leads WHERE id = ?"),
                   {leadId}) == QStringLiteral("disqualified|No budget this year"));
    REQUIRE(changed.size() == 1);
    CHECK(text(window, "leadStatusLabel") == QStringLiteral("Disqualified"));
    CHECK(text(window, "leadStatusNoteLabel").contains(QStringLiteral("No budget this year")));
    CHECK(child<QPushButton>(window, "qualifyButton") == nullptr);
    CHECK(child<QLabel>(window, "leadOpportunityNone"));
}

TEST_CASE("Cancelling the Disqualify dialog changes nothing", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Phishing protection at Acme");
    LeadDetailsWindow* window = f.open(f.vendor, leadId);
    QSignalSpy changed(window, &LeadDetailsWindow::leadChanged);
    whenModal([](QWidget* modal) {
        if (auto* dialog = qobject_cast<DisqualifyDialog*>(modal)) {
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "disqualifyReasonEdit"),
                             QStringLiteral("x"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    });
    QTest::mouseClick(child<QPushButton>(window, "disqualifyButton"), Qt::LeftButton);
    CHECK(changed.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT status FROM leads WHERE id = ?"), {leadId}) ==
          QStringLiteral("new"));
}

TEST_CASE("The distributor may edit a New lead but not qualify it", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Archive backup for Northwind");
    LeadDetailsWindow* window = f.open(f.home, leadId);
    CHECK(child<QPushButton>(window, "qualifyButton") == nullptr);
    CHECK(child<QPushButton>(window, "disqualifyButton") == nullptr);
    auto* edit = child<QPushButton>(window, "editLeadButton");
    REQUIRE(edit);
    CHECK(edit->isVisible());
    QSignalSpy requested(window, &LeadDetailsWindow::editRequested);
    // Keyboard: the Edit button is first in the tab order and Enter presses it.
    CHECK(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == leadId);

    // A decided lead offers no actions to anybody.
    LeadDetailsWindow* decided = f.open(f.home, f.leadNamed("Backup for 40 seats at Acme"));
    CHECK(child<QPushButton>(decided, "editLeadButton") == nullptr);
    LeadDetailsWindow* decidedForVendor =
        f.open(f.vendor, f.leadNamed("Backup for 40 seats at Acme"));
    CHECK(child<QPushButton>(decidedForVendor, "qualifyButton") == nullptr);
}

TEST_CASE("The contact's phone is shown in international format, stored as E.164", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
    const QString stored = f.scalar(QStringLiteral("SELECT c.phone FROM leads l JOIN contacts c "
                                                   "ON c.id = l.contact_id WHERE l.id = ?"),
                                    {leadId});
    CHECK(stored == QStringLiteral("+13125550142"));
    LeadDetailsWindow* window = f.open(f.home, leadId);
    CHECK(text(window, "leadContactPhoneValue") == QStringLiteral("+1 312-555-0142"));
}

TEST_CASE("Links open one object window per object", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
    LeadDetailsWindow* window = f.open(f.home, leadId);
    const QString companyId =
        f.scalar(QStringLiteral("SELECT company_id FROM leads WHERE id = ?"), {leadId});
    auto* company = child<QLabel>(window, "leadCompanyValue");
    REQUIRE(company);
    CHECK(company->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
    activateLink(company);
    QList<ObjectWindow*> opened = objectWindows(QStringLiteral("company"), companyId);
    REQUIRE(opened.size() == 1);
    ObjectWindow* object = opened.first();
    CHECK(object->objectName() == QStringLiteral("objectWindow"));
    CHECK(object->windowTitle().startsWith(QStringLiteral("Acme Logistics \u2014 Company")));
    CHECK(text(object, "objectTitleLabel") == QStringLiteral("Acme Logistics"));
    CHECK(object->testAttribute(Qt::WA_DeleteOnClose));

    // The same link again raises the open window instead of a second one.
    activateLink(company);
    CHECK(objectWindows(QStringLiteral("company"), companyId).size() == 1);

    // Product, marketplace and vendor are links too.
    for (const char* name :
         {"leadProductValue", "leadMarketplaceValue", "leadVendorValue", "leadContactValue"}) {
        INFO(name);
        auto* label = child<QLabel>(window, name);
        REQUIRE(label);
        CHECK(label->text().contains(QStringLiteral("<a href=")));
    }
    activateLink(child<QLabel>(window, "leadVendorValue"));
    CHECK(objectWindows(QStringLiteral("account"), id(DemoWorkspace::demoVendorId)).size() == 1);

    // Esc closes an object window.
    QPointer<ObjectWindow> guard = object;
    object->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(object));
    QTest::keyClick(object, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
}

TEST_CASE("A lead the acting account may not see shows why instead of fields", "[details][ui]")
{
    WindowFixture f;
    const ActingContext telefonica =
        TestWorkspace::actingIn(*f.workspace, id(DemoWorkspace::telefonicaId));
    LeadDetailsWindow* window = f.open(telefonica, f.leadNamed("Backup for 40 seats at Acme"));
    CHECK(text(window, "leadDetailsError").startsWith(QStringLiteral("There is no lead")));
    CHECK(child<QWidget>(window, "leadFields") == nullptr);
    CHECK(child<QLabel>(window, "leadStatusLabel") == nullptr);
    CHECK_FALSE(window->record().has_value());

    const QString opportunityId = f.scalar(QStringLiteral("SELECT min(id) FROM opportunities"));
    ObjectWindow* object = ObjectWindow::open(f.workspace, telefonica,
                                              QStringLiteral("opportunity"), opportunityId, window);
    CHECK(text(object, "objectErrorLabel").startsWith(QStringLiteral("There is no opportunity")));
}

TEST_CASE("Esc closes the lead window — every control has an accessible name", "[details][ui]")
{
    WindowFixture f;
    LeadDetailsWindow* window = f.open(f.vendor, f.leadNamed("Archive backup for Northwind"));
    const auto widgets = window->findChildren<QWidget*>();
    int links = 0;
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        const bool named = qobject_cast<QAbstractButton*>(widget) ||
                           qobject_cast<QLabel*>(widget) || qobject_cast<QTableView*>(widget);
        CHECK_FALSE((named && widget->objectName().isEmpty()));
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QLabel*>(widget))
            ++links;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
    }
    CHECK(links >= 6);

    QPointer<LeadDetailsWindow> guard = window;
    QTest::keyClick(window, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
}

TEST_CASE("Screenshots of the lead details", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    WindowFixture f;
    const auto shoot = [&](QWidget* widget, const char* name) {
        QTest::qWait(50);
        REQUIRE(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    LeadDetailsWindow* qualified = f.open(f.vendor, f.leadNamed("Backup for 40 seats at Acme"));
    shoot(qualified, "lead-qualified-vendor.png");
    shoot(child<QWidget>(qualified, "leadFields"), "lead-qualified-fields.png");
    shoot(f.open(f.home, f.leadNamed("Server backup pilot at Globex")),
          "lead-disqualified-distributor.png");
    LeadDetailsWindow* fresh = f.open(f.vendor, f.leadNamed("Archive backup for Northwind"));
    shoot(fresh, "lead-new-vendor.png");
    LeadDetailsWindow* small = f.open(f.home, f.leadNamed("Archive backup for Northwind"));
    small->resize(640, 560);
    shoot(small, "lead-new-distributor-small.png");

    const QString acme =
        f.scalar(QStringLiteral("SELECT id FROM companies WHERE name = 'Acme Logistics'"));
    shoot(ObjectWindow::open(f.workspace, f.home, QStringLiteral("company"), acme, fresh),
          "object-company.png");
    shoot(ObjectWindow::open(f.workspace, f.home, QStringLiteral("account"),
                             id(DemoWorkspace::telefonicaId), fresh),
          "object-account.png");
    shoot(ObjectWindow::open(f.workspace, f.home, QStringLiteral("opportunity"),
                             f.scalar(QStringLiteral("SELECT min(id) FROM opportunities")), fresh),
          "object-opportunity.png");
    shoot(ObjectWindow::open(
              f.workspace, f.home, QStringLiteral("product"),
              f.scalar(QStringLiteral("SELECT id FROM products WHERE name = 'Apex Backup'")),
              fresh),
          "object-product.png");

    DisqualifyDialog dialog(QStringLiteral("Archive backup for Northwind"), fresh);
    dialog.show();
    dialog.setReason(QString(1003, QLatin1Char('x')));
    shoot(&dialog, "disqualify-too-long.png");
    dialog.setReason(QStringLiteral("The customer signed with a competitor last week."));
    shoot(&dialog, "disqualify.png");
}

TEST_CASE("Tab reaches every action and link in one step — Enter opens a link", "[details][ui]")
{
    WindowFixture f;
    LeadDetailsWindow* window = f.open(f.home, f.leadNamed("Archive backup for Northwind"));
    QStringList chain;
    for (int i = 0; i < 11; ++i) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        chain << focus->objectName();
        if (auto* label = qobject_cast<QLabel*>(focus))
            CHECK(label->hasSelectedText());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    CHECK(chain ==
          QStringList{QStringLiteral("editLeadButton"), QStringLiteral("leadCompanyValue"),
                      QStringLiteral("leadCompanyWebsiteValue"), QStringLiteral("leadContactValue"),
                      QStringLiteral("leadProductValue"), QStringLiteral("leadMarketplaceValue"),
                      QStringLiteral("leadVendorValue"), QStringLiteral("leadDistributorValue"),
                      QStringLiteral("leadHistoryList"), QStringLiteral("leadCloseButton"),
                      QStringLiteral("editLeadButton")});
    QStringList back;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        back << QApplication::focusWidget()->objectName();
    }
    CHECK(back == QStringList{QStringLiteral("editLeadButton"), QStringLiteral("leadCloseButton"),
                              QStringLiteral("leadHistoryList"),
                              QStringLiteral("leadDistributorValue"),
                              QStringLiteral("leadVendorValue")});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(objectWindows(QStringLiteral("account"), window->record()->vendor.id).size() == 1);
}

TEST_CASE("Opening a lead that is already open raises its window", "[details][ui]")
{
    WindowFixture f;
    const QString leadId = f.leadNamed("Backup for 40 seats at Acme");
    LeadDetailsWindow* first = LeadDetailsWindow::open(f.workspace, f.home, leadId, nullptr);
    f.windows << first;
    CHECK(LeadDetailsWindow::open(f.workspace, f.home, leadId, nullptr) == first);
    // The vendor's view of the same lead is another window: it offers other actions.
    LeadDetailsWindow* vendorView = LeadDetailsWindow::open(f.workspace, f.vendor, leadId, nullptr);
    f.windows << vendorView;
    CHECK(vendorView != first);
    CHECK(first->record()->id == leadId);
}
