// Administration → Web forms (issue 14, point 3): a distributor's crm_admin publishes a vendor's
// lead form for a listing, gets the code to embed it, changes where it may be embedded and
// takes it off the web; nobody else sees the tab.
#include "AccessibilityAudit.h"
#include "TestWorkspace.h"
#include "WhenModal.h"
#include "storage/WorkspaceHandle.h"

#include "catalog/AdministrationModule.h"
#include "common/CellText.h"
#include "common/DirectoryView.h"
#include "common/InlineMessage.h"
#include "demo/DemoWorkspace.h"
#include "intake/WebFormPublications.h"
#include "integrations/PublishWebFormDialog.h"
#include "integrations/WebFormListModel.h"
#include "integrations/WebFormsTab.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace {

const QString siteA = QStringLiteral("https://www.mightymicks.example");
const QString siteB = QStringLiteral("https://shop.mightymicks.example");
const QString serviceUrl = QStringLiteral("https://leads.mightymicks.example");

struct WebFormsFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext admin = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                id(DemoWorkspace::homeDistributorId));
    WebFormsTab tab;

    WebFormsFixture() { REQUIRE(tab.load(workspace, admin)); }

    QList<WebFormPublication> pairs() const
    {
        auto listed = WebFormPublications::list(workspace, admin);
        REQUIRE(listed);
        return listed.value();
    }
    int publishedCount() const
    {
        const auto all = pairs();
        return static_cast<int>(
            std::count_if(all.cbegin(), all.cend(),
                          [](const WebFormPublication& pair) { return pair.isPublished(); }));
    }
    QStringList column(int column) const
    {
        QStringList cells;
        const QAbstractItemModel* model = tab.view()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            cells << model->index(row, column).data().toString();
        return cells;
    }
    /// The cell of column in the row of pair.
    QString cell(const WebFormPublication& pair, int column) const
    {
        const QAbstractItemModel* model = tab.view()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(WebFormListModel::IdRole).toString() ==
                WebFormListModel::rowId(pair))
                return model->index(row, column).data().toString();
        FAIL("no row of " << WebFormListModel::rowId(pair).toStdString());
        return {};
    }
    /// The dialog the tab shows now (opened by one of its buttons).
    PublishWebFormDialog* shownDialog() const
    {
        const auto dialogs = tab.findChildren<PublishWebFormDialog*>();
        for (PublishWebFormDialog* dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
    /// Publishes pair through core, as if another window had.
    WebFormPublication publishDirectly(const WebFormPublication& pair,
                                       const QStringList& origins = {siteA})
    {
        auto published = WebFormPublications::publish(workspace, admin, pair.formId, pair.listingId,
                                                      serviceUrl, origins);
        REQUIRE(published);
        REQUIRE(tab.load(workspace, admin));
        return published.value();
    }
};

/// Replaces what edit holds by text, typed (each line ended with Return but the last).
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void typeInto(QPlainTextEdit* edit, const QStringList& lines)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

QPushButton* okButton(PublishWebFormDialog* dialog)
{
    return dialog->buttons()->button(QDialogButtonBox::Ok);
}

QStringList tabLabels(const AdministrationModule& module)
{
    QStringList labels;
    for (int i = 0; i < module.tabs()->count(); ++i)
        labels << module.tabs()->tabText(i);
    return labels;
}

QString labelText(const QObject& parent, const char* name)
{
    auto* label = parent.findChild<QLabel*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The Web forms tab lists every form and listing pair the distributor may publish",
          "[ui][web-forms]")
{
    WebFormsFixture f;
    QTableView* table = f.tab.view()->table();
    CHECK(table->accessibleName() == QStringLiteral("Web forms"));
    QStringList headers;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        headers << table->model()->headerData(column, Qt::Horizontal).toString();
    CHECK(headers == QStringList{QStringLiteral("Form"), QStringLiteral("Vendor"),
                                 QStringLiteral("Product"), QStringLiteral("Marketplace"),
                                 QStringLiteral("Status"), QStringLiteral("Address"),
                                 QStringLiteral("Allowed sites"), QStringLiteral("Published")});

    const QList<WebFormPublication> pairs = f.pairs();
    REQUIRE_FALSE(pairs.isEmpty());
    REQUIRE(table->model()->rowCount() == pairs.size());
    for (const WebFormPublication& pair : pairs) {
        INFO(WebFormListModel::rowId(pair).toStdString());
        CHECK_FALSE(pair.isPublished());
        CHECK(f.cell(pair, WebFormListModel::Form) ==
              QStringLiteral("%1 (%2)").arg(pair.formName, pair.formId));
        CHECK(pair.formId.startsWith(QStringLiteral("LDF-")));
        CHECK(f.cell(pair, WebFormListModel::Vendor) == pair.vendorName);
        CHECK(f.cell(pair, WebFormListModel::Product) == pair.productName);
        CHECK(f.cell(pair, WebFormListModel::Marketplace) == pair.marketplaceName);
        CHECK(f.cell(pair, WebFormListModel::Status) == QStringLiteral("Not published"));
    }
    CHECK(f.column(WebFormListModel::Vendor).contains(QStringLiteral("Apex Cloud Software")));

    // Nothing is current: no button does anything yet.
    for (QPushButton* button : {f.tab.publishButton(), f.tab.changeButton(),
                                f.tab.embedCodeButton(), f.tab.unpublishButton()}) {
        CHECK(button->isVisibleTo(&f.tab));
        CHECK_FALSE(button->isEnabled());
    }
    REQUIRE(f.tab.select(pairs.first().formId, pairs.first().listingId));
    CHECK(f.tab.publishButton()->isEnabled());
    CHECK_FALSE(f.tab.changeButton()->isEnabled());
    CHECK_FALSE(f.tab.embedCodeButton()->isEnabled());
    CHECK_FALSE(f.tab.unpublishButton()->isEnabled());
}

TEST_CASE("Publish… publishes the form with what was typed and shows the code to embed, with Copy",
          "[ui][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication pair = f.pairs().first();
    REQUIRE(f.tab.select(pair.formId, pair.listingId));
    f.tab.publishButton()->click();
    QPointer<PublishWebFormDialog> dialog = f.shownDialog();
    REQUIRE(dialog);
    CHECK(dialog->mode() == PublishWebFormDialog::Mode::Publish);
    CHECK(dialog->windowTitle() == QStringLiteral("Publish web form"));

    // The pair it is about, and the two inputs with their labels.
    CHECK(labelText(*dialog, "publishWebFormForm") ==
          QStringLiteral("%1 (%2)").arg(pair.formName, pair.formId));
    CHECK(labelText(*dialog, "publishWebFormVendor") == pair.vendorName);
    CHECK(labelText(*dialog, "publishWebFormProduct") == pair.productName);
    CHECK(labelText(*dialog, "publishWebFormMarketplace") == pair.marketplaceName);
    auto* urlLabel = dialog->findChild<QLabel*>(QStringLiteral("publishWebFormServiceUrlLabel"));
    auto* originsLabel = dialog->findChild<QLabel*>(QStringLiteral("publishWebFormOriginsLabel"));
    REQUIRE(urlLabel);
    REQUIRE(originsLabel);
    CHECK(urlLabel->buddy() == dialog->serviceUrlEdit());
    CHECK(originsLabel->buddy() == dialog->originsEdit());
    CHECK(labelText(*dialog, "publishWebFormOriginsHint")
              .contains(QStringLiteral("leave empty to allow only the form's own page")));
    // A new one starts at the service's default address, with no site.
    CHECK(dialog->serviceUrlEdit()->text() == QStringLiteral("http://127.0.0.1:8080"));
    CHECK(dialog->originsEdit()->toPlainText().isEmpty());
    CHECK_FALSE(dialog->snippetEdit()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->isShowingSnippet());

    typeInto(dialog->serviceUrlEdit(), serviceUrl + QLatin1Char('/'));
    typeInto(dialog->originsEdit(), {siteA, siteB});
    okButton(dialog)->click();
    REQUIRE(dialog->isShowingSnippet());
    CHECK(dialog->problemLabel()->isHidden());

    // Published as typed (the address without its slash, the sites in order).
    const QList<WebFormPublication> after = f.pairs();
    const auto published = std::find_if(after.cbegin(), after.cend(), [&](const auto& p) {
        return WebFormListModel::rowId(p) == WebFormListModel::rowId(pair);
    });
    REQUIRE(published != after.cend());
    REQUIRE(published->isPublished());
    CHECK(published->serviceUrl == serviceUrl);
    CHECK(published->allowedOrigins == QStringList{siteA, siteB});
    CHECK(published->publishedBy == id(DemoWorkspace::homeUserId));
    CHECK(f.publishedCount() == 1);

    // The code to embed, the address, Copy; only Close is left.
    const QString address = published->address();
    CHECK(address == serviceUrl + WebFormPublication::formPath(pair.formId, pair.listingId));
    CHECK(dialog->snippetEdit()->isReadOnly());
    CHECK(dialog->snippetEdit()->isVisibleTo(dialog));
    CHECK(dialog->snippetEdit()->toPlainText() == WebFormPublications::embedSnippet(*published));
    CHECK(dialog->snippetEdit()->toPlainText().contains(address));
    CHECK(dialog->addressEdit()->text() == address);
    CHECK(dialog->addressEdit()->isReadOnly());
    CHECK_FALSE(dialog->serviceUrlEdit()->isVisibleTo(dialog));
    auto* snippetLabel = dialog->findChild<QLabel*>(QStringLiteral("publishWebFormSnippetLabel"));
    auto* addressLabel = dialog->findChild<QLabel*>(QStringLiteral("publishWebFormAddressLabel"));
    REQUIRE(snippetLabel);
    REQUIRE(addressLabel);
    CHECK(snippetLabel->buddy() == dialog->snippetEdit());
    CHECK(addressLabel->buddy() == dialog->addressEdit());
    CHECK(dialog->snippetNote()->text().contains(siteA));
    CHECK(dialog->buttons()->buttons().size() == 1);
    CHECK(dialog->buttons()->button(QDialogButtonBox::Close));
    QApplication::clipboard()->clear();
    dialog->copyButton()->click();
    CHECK(QApplication::clipboard()->text() == dialog->snippetEdit()->toPlainText());
    CHECK(dialog->copyButton()->text() == QStringLiteral("Copied"));

    // The list shows it at once, still current.
    CHECK(f.cell(pair, WebFormListModel::Status) == QStringLiteral("Published"));
    CHECK(f.cell(pair, WebFormListModel::Address) == address);
    CHECK(f.cell(pair, WebFormListModel::AllowedSites) == siteA + QStringLiteral(", ") + siteB);
    CHECK(f.cell(pair, WebFormListModel::Published).contains(QStringLiteral("Michael Goldmill")));
    REQUIRE(f.tab.current());
    CHECK(WebFormListModel::rowId(*f.tab.current()) == WebFormListModel::rowId(pair));
    CHECK_FALSE(f.tab.publishButton()->isEnabled());
    CHECK(f.tab.changeButton()->isEnabled());
    CHECK(f.tab.embedCodeButton()->isEnabled());
    CHECK(f.tab.unpublishButton()->isEnabled());

    dialog->buttons()->button(QDialogButtonBox::Close)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());

    // The next one starts at the address used last.
    const QList<WebFormPublication> others = f.pairs();
    const auto other = std::find_if(others.cbegin(), others.cend(),
                                    [](const auto& p) { return !p.isPublished(); });
    if (other != others.cend()) {
        REQUIRE(f.tab.select(other->formId, other->listingId));
        QPointer<PublishWebFormDialog> next = f.tab.openPublishDialog();
        REQUIRE(next);
        CHECK(next->serviceUrlEdit()->text() == serviceUrl);
        CHECK(next->originsEdit()->toPlainText().isEmpty());
        next->reject();
    }
}

TEST_CASE("A bad address or site shows the reason, keeps what was typed and publishes nothing",
          "[ui][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication pair = f.pairs().first();
    REQUIRE(f.tab.select(pair.formId, pair.listingId));
    QPointer<PublishWebFormDialog> dialog = f.tab.openPublishDialog();
    REQUIRE(dialog);

    SECTION("a site with a path")
    {
        const QString bad = QStringLiteral("https://www.example.com/contact");
        typeInto(dialog->originsEdit(), {siteA, bad});
        okButton(dialog)->click();
        CHECK_FALSE(dialog->isShowingSnippet());
        CHECK(dialog->problemLabel()->isVisibleTo(dialog));
        CHECK(dialog->problemLabel()->text() ==
              WebFormPublications::parseOrigins(siteA + QLatin1Char('\n') + bad).error().message);
        CHECK(dialog->problemLabel()->text().contains(bad));
        CHECK(dialog->originsEdit()->toPlainText() == siteA + QLatin1Char('\n') + bad);
        CHECK(dialog->focusWidget() == dialog->originsEdit());
    }
    SECTION("a site that is no web site")
    {
        typeInto(dialog->originsEdit(), {QStringLiteral("ftp://files.example.com")});
        okButton(dialog)->click();
        CHECK_FALSE(dialog->isShowingSnippet());
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("ftp://files.example.com")));
        CHECK(dialog->originsEdit()->toPlainText() == QStringLiteral("ftp://files.example.com"));
    }
    SECTION("a service address that is no address")
    {
        typeInto(dialog->serviceUrlEdit(), QStringLiteral("leads at our office"));
        typeInto(dialog->originsEdit(), {siteA});
        okButton(dialog)->click();
        CHECK_FALSE(dialog->isShowingSnippet());
        CHECK(dialog->problemLabel()->isVisibleTo(dialog));
        CHECK(dialog->problemLabel()->text() ==
              WebFormPublications::parseServiceUrl(QStringLiteral("leads at our office"))
                  .error()
                  .message);
        CHECK(dialog->serviceUrlEdit()->text() == QStringLiteral("leads at our office"));
        CHECK(dialog->originsEdit()->toPlainText() == siteA);
    }
    SECTION("a pair published meanwhile (core refuses it)")
    {
        // Another window publishes the pair while this dialog is open.
        REQUIRE(WebFormPublications::publish(f.workspace, f.admin, pair.formId, pair.listingId,
                                             serviceUrl, {}));
        typeInto(dialog->serviceUrlEdit(), QStringLiteral("https://forms.example.com"));
        typeInto(dialog->originsEdit(), {siteB});
        okButton(dialog)->click();
        CHECK_FALSE(dialog->isShowingSnippet());
        CHECK(dialog->problemLabel()->isVisibleTo(dialog));
        CHECK_FALSE(dialog->problemLabel()->text().isEmpty());
        CHECK(dialog->serviceUrlEdit()->text() == QStringLiteral("https://forms.example.com"));
        CHECK(dialog->originsEdit()->toPlainText() == siteB);
        // The publication stays as the other window made it.
        CHECK(f.publishedCount() == 1);
        for (const WebFormPublication& p : f.pairs())
            if (p.isPublished())
                CHECK(p.serviceUrl == serviceUrl);
        dialog->reject();
        return;
    }
    CHECK(f.publishedCount() == 0);
    CHECK(f.column(WebFormListModel::Status).count(QStringLiteral("Published")) == 0);

    // Fixed, it publishes.
    typeInto(dialog->serviceUrlEdit(), serviceUrl);
    typeInto(dialog->originsEdit(), {siteA});
    okButton(dialog)->click();
    CHECK(dialog->isShowingSnippet());
    CHECK(dialog->problemLabel()->isHidden());
    CHECK(f.publishedCount() == 1);
    dialog->reject();
}

TEST_CASE("Change… updates the sites, Embed code… shows the code, Enter opens what fits the row",
          "[ui][web-forms]")
{
    WebFormsFixture f;
    const QList<WebFormPublication> pairs = f.pairs();
    const WebFormPublication published = f.publishDirectly(pairs.first(), {siteA});
    REQUIRE(f.tab.select(published.formId, published.listingId));
    CHECK(f.cell(published, WebFormListModel::AllowedSites) == siteA);

    f.tab.changeButton()->click();
    QPointer<PublishWebFormDialog> dialog = f.shownDialog();
    REQUIRE(dialog);
    CHECK(dialog->mode() == PublishWebFormDialog::Mode::Change);
    CHECK(dialog->windowTitle().contains(published.id));
    CHECK(okButton(dialog)->text() == QStringLiteral("Save &changes"));
    // It starts with the publication's own address and sites.
    CHECK(dialog->serviceUrlEdit()->text() == serviceUrl);
    CHECK(dialog->originsEdit()->toPlainText() == siteA);
    typeInto(dialog->originsEdit(), {siteB, QStringLiteral("HTTPS://Partners.Example.COM:8443")});
    okButton(dialog)->click();
    REQUIRE(dialog->isShowingSnippet());
    CHECK(dialog->publication().id == published.id);
    const QStringList changed = {siteB, QStringLiteral("https://partners.example.com:8443")};
    CHECK(dialog->publication().allowedOrigins == changed);
    dialog->reject();

    bool found = false;
    for (const WebFormPublication& p : f.pairs())
        if (p.id == published.id) {
            found = true;
            CHECK(p.allowedOrigins == changed);
            CHECK(p.serviceUrl == serviceUrl);
        }
    CHECK(found);
    CHECK(f.cell(published, WebFormListModel::AllowedSites) == changed.join(QStringLiteral(", ")));
    CHECK(f.publishedCount() == 1);

    // Embed code… shows the code only.
    f.tab.embedCodeButton()->click();
    QPointer<PublishWebFormDialog> code = f.shownDialog();
    REQUIRE(code);
    CHECK(code->mode() == PublishWebFormDialog::Mode::EmbedCode);
    CHECK(code->isShowingSnippet());
    CHECK(code->serviceUrlEdit() == nullptr);
    CHECK(code->snippetEdit()->toPlainText().contains(published.address()));
    CHECK(code->addressEdit()->text() == published.address());
    code->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Enter on a published row opens Embed code…, on one not published Publish….
    QTableView* table = f.tab.view()->table();
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<PublishWebFormDialog> entered = f.shownDialog();
    REQUIRE(entered);
    CHECK(entered->mode() == PublishWebFormDialog::Mode::EmbedCode);
    entered->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (pairs.size() > 1) {
        REQUIRE(f.tab.select(pairs.at(1).formId, pairs.at(1).listingId));
        QTest::keyClick(table, Qt::Key_Return);
        entered = f.shownDialog();
        REQUIRE(entered);
        CHECK(entered->mode() == PublishWebFormDialog::Mode::Publish);
        entered->reject();
    }
}

TEST_CASE("Unpublish… asks first, naming the form, then the row is not published",
          "[ui][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication published = f.publishDirectly(f.pairs().first());
    REQUIRE(WebFormPublications::find(f.workspace, published.formId, published.listingId));
    REQUIRE(f.tab.select(published.formId, published.listingId));
    REQUIRE(f.tab.unpublishButton()->isEnabled());

    // No: nothing happens.
    whenModal([](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::No)->click();
    });
    f.tab.unpublishButton()->click();
    CHECK(f.cell(published, WebFormListModel::Status) == QStringLiteral("Published"));
    CHECK(f.publishedCount() == 1);

    QString question;
    whenModal([&question](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    f.tab.unpublishButton()->click();
    CHECK(question.contains(published.formName));
    CHECK(question.contains(published.address()));
    CHECK(question.contains(QStringLiteral("stops answering at once")));
    CHECK(f.cell(published, WebFormListModel::Status) == QStringLiteral("Not published"));
    CHECK(f.cell(published, WebFormListModel::Address) == CellText::empty());
    CHECK(f.publishedCount() == 0);
    auto gone = WebFormPublications::find(f.workspace, published.formId, published.listingId);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::NotFound);
    // Still current, and it may be published again.
    REQUIRE(f.tab.current());
    CHECK(WebFormListModel::rowId(*f.tab.current()) == WebFormListModel::rowId(published));
    CHECK(f.tab.publishButton()->isEnabled());
    CHECK_FALSE(f.tab.unpublishButton()->isEnabled());
}

TEST_CASE("A paused publication says why, may be unpublished but not changed", "[ui][web-forms]")
{
    WebFormsFixture f;
    const WebFormPublication published = f.publishDirectly(f.pairs().first());
    QSqlQuery query(f.workspace->database());
    REQUIRE(query.prepare(QStringLiteral("UPDATE listings SET status = 'unlisted' WHERE id = ?")));
    query.addBindValue(published.listingId);
    REQUIRE(query.exec());
    REQUIRE(f.tab.load(f.workspace, f.admin));

    REQUIRE(f.tab.select(published.formId, published.listingId));
    CHECK(f.cell(published, WebFormListModel::Status) ==
          QStringLiteral("Paused: The listing is unlisted."));
    CHECK(f.cell(published, WebFormListModel::Address) == published.address());
    const QAbstractItemModel* model = f.tab.view()->table()->model();
    const QModelIndex current = f.tab.view()->table()->currentIndex();
    CHECK(model->index(current.row(), WebFormListModel::Status)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Unpublish takes it off for good")));
    CHECK_FALSE(f.tab.publishButton()->isEnabled());
    CHECK_FALSE(f.tab.changeButton()->isEnabled());
    CHECK(f.tab.embedCodeButton()->isEnabled());
    REQUIRE(f.tab.unpublishButton()->isEnabled());

    whenModal([](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    f.tab.unpublishButton()->click();
    // Unpublished, and its listing unlisted: nothing is left to publish there.
    CHECK_FALSE(f.tab.select(published.formId, published.listingId));
    CHECK(f.publishedCount() == 0);
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM web_forms WHERE id = ? AND "
                                              "unpublished_at IS NOT NULL"),
                               {published.id}) == 1);
}

TEST_CASE("Only a distributor's CRM admin gets the Web forms tab", "[ui][web-forms]")
{
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    const QString home = id(DemoWorkspace::homeDistributorId);
    const ActingContext michael =
        TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId), home);
    const ActingContext sarah = TestWorkspace::acting(
        *workspace, id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId));
    AdministrationModule module;
    REQUIRE(module.load(workspace, michael));
    CHECK(tabLabels(module).contains(QStringLiteral("Web forms")));
    CHECK(module.tabs()->indexOf(module.webFormsTab()) >= 0);
    CHECK(module.webFormsTab()->view()->table()->model()->rowCount() > 0);

    for (const ActingContext& acting :
         {TestWorkspace::memberWithRole(*workspace, home, QStringLiteral("viewer")),
          TestWorkspace::memberWithRole(*workspace, home, QStringLiteral("crm_sales")), sarah}) {
        INFO(acting.userName.toStdString());
        CHECK_FALSE(WebFormPublications::mayPublish(acting));
        REQUIRE(module.load(workspace, acting));
        CHECK_FALSE(tabLabels(module).contains(QStringLiteral("Web forms")));
        CHECK(module.tabs()->indexOf(module.webFormsTab()) < 0);
        // Nor does the tab itself show them anything.
        CHECK(module.webFormsTab()->view()->table()->model()->rowCount() == 0);
        CHECK_FALSE(module.webFormsTab()->publishButton()->isVisibleTo(module.webFormsTab()));
        CHECK(module.webFormsTab()->openForCurrent() == nullptr);
    }
    // The vendor's admin has API keys, not web forms.
    CHECK(tabLabels(module).contains(QStringLiteral("API keys")));
}

TEST_CASE("The Web forms tab and its dialog pass the accessibility audit",
          "[ui][web-forms][accessibility]")
{
    WebFormsFixture f;
    f.tab.resize(1100, 400);
    f.tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.tab));
    const WebFormPublication pair = f.pairs().first();
    REQUIRE(f.tab.select(pair.formId, pair.listingId));
    CHECK(AccessibilityAudit::newProblems(&f.tab) == QStringList());

    // Deleted on close, which Escape does last; no event loop runs after it.
    PublishWebFormDialog* dialog = f.tab.openPublishDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(AccessibilityAudit::newProblems(dialog) == QStringList());
    CHECK(AccessibilityAudit::unreachableByTab(dialog) == QStringList());

    // The keyboard alone: type the address, Tab to the sites, back and Enter publishes.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    dialog->serviceUrlEdit()->setFocus();
    dialog->serviceUrlEdit()->selectAll();
    QTest::keyClicks(dialog->serviceUrlEdit(), serviceUrl);
    QTest::keyClick(dialog->serviceUrlEdit(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == dialog->originsEdit());
    QTest::keyClicks(dialog->originsEdit(), siteA);
    QTest::keyClick(dialog->originsEdit(), Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == dialog->serviceUrlEdit());
    QTest::keyClick(dialog->serviceUrlEdit(), Qt::Key_Return);
    REQUIRE(dialog->isShowingSnippet());
    CHECK(dialog->publication().allowedOrigins == QStringList{siteA});
    CHECK(AccessibilityAudit::newProblems(dialog) == QStringList());
    CHECK(AccessibilityAudit::unreachableByTab(dialog) == QStringList());
    CHECK(QApplication::focusWidget() == dialog->copyButton());
    QTest::keyClick(dialog->copyButton(), Qt::Key_Space);
    CHECK(QApplication::clipboard()->text() == dialog->snippetEdit()->toPlainText());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(AccessibilityAudit::newProblems(&f.tab) == QStringList());
}

TEST_CASE("Screenshots of the Web forms tab and the published form's code", "[.screenshots]")
{
    // CHANNELDESK_TEST_LANGUAGE=de takes the German ones.
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    const QString language =
        qEnvironmentVariable("CHANNELDESK_TEST_LANGUAGE", QStringLiteral("en"));
    WebFormsFixture f;
    const QList<WebFormPublication> pairs = f.pairs();
    REQUIRE(pairs.size() >= 2);
    const WebFormPublication published = f.publishDirectly(pairs.at(1), {siteA, siteB});
    f.tab.resize(1700, 300);
    f.tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.tab));
    REQUIRE(f.tab.select(pairs.first().formId, pairs.first().listingId));
    QTest::qWait(50);
    REQUIRE(f.tab.grab().save(
        QDir(out).filePath(QStringLiteral("web-forms-tab-%1.png").arg(language))));
    // The published one paused: the vendor no longer offers its form for its listing.
    QSqlQuery query(f.workspace->database());
    REQUIRE(query.prepare(
        QStringLiteral("DELETE FROM lead_form_listings WHERE form_id = ? AND listing_id = ?")));
    query.addBindValue(published.formId);
    query.addBindValue(published.listingId);
    REQUIRE(query.exec());
    REQUIRE(f.tab.load(f.workspace, f.admin));
    REQUIRE(f.tab.select(published.formId, published.listingId));
    QTest::qWait(50);
    REQUIRE(f.tab.grab().save(
        QDir(out).filePath(QStringLiteral("web-forms-tab-paused-%1.png").arg(language))));
    REQUIRE(f.tab.select(pairs.first().formId, pairs.first().listingId));

    QPointer<PublishWebFormDialog> dialog = f.tab.openPublishDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog->serviceUrlEdit(), serviceUrl);
    typeInto(dialog->originsEdit(), {siteA, QStringLiteral("https://www.example.com/contact")});
    okButton(dialog)->click();
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(
        QDir(out).filePath(QStringLiteral("web-form-publish-%1.png").arg(language))));
    typeInto(dialog->originsEdit(), {siteA});
    okButton(dialog)->click();
    REQUIRE(dialog->isShowingSnippet());
    QTest::qWait(50);
    REQUIRE(dialog->grab().save(
        QDir(out).filePath(QStringLiteral("web-form-published-%1.png").arg(language))));
    dialog->reject();
}
