#include "DirectoryWait.h"
#include "TestWorkspace.h"

#include "common/DirectoryView.h"
#include "common/InlineMessage.h"
#include "demo/DemoWorkspace.h"
#include "leads/CreateLeadFormPage.h"
#include "leads/CreateLeadMarketplacePage.h"
#include "leads/CreateLeadProductPage.h"
#include "leads/CreateLeadWizard.h"
#include "leads/LeadFormWidget.h"
#include "leads/LeadsModule.h"
#include "leads/MailDropFilter.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrl>

namespace {

QString fixture(const char* name)
{
    return QDir(QStringLiteral(CHANNELDESK_MAIL_FIXTURES)).filePath(QString::fromLatin1(name));
}

struct MailWindow {
    TestWorkspace dir;
    std::unique_ptr<MainWindow> window;

    MailWindow()
    {
        QSettings().clear();
        dir.createDemo();
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
        REQUIRE(
            window->setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId)));
        window->showModule(MainWindow::Module::Leads);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    /// A file of the test's own folder.
    QString writeFile(const QString& name, const QByteArray& content) const
    {
        const QString path = dir.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
        return path;
    }
    LeadsModule* leads() const { return window->leadsModule(); }
    QWidget* directory() const { return leads()->directory(); }
    int leadCount() const
    {
        return TestWorkspace::count(*window->workspace(),
                                    QStringLiteral("SELECT count(*) FROM leads"));
    }

    /// Drags data over the Leads directory and drops it, as a file manager does; whether the
    /// directory accepted the drag and the drop.
    std::pair<bool, bool> drop(QMimeData& data, Qt::DropActions actions = Qt::CopyAction)
    {
        const QPoint centre = directory()->rect().center();
        QDragEnterEvent enter(centre, actions, &data, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(directory(), &enter);
        QDropEvent drop(centre, actions, &data, Qt::LeftButton, Qt::NoModifier);
        drop.setAccepted(false);
        QApplication::sendEvent(directory(), &drop);
        if (drop.isAccepted())
            CHECK(drop.dropAction() == Qt::CopyAction); // never a move of the user's file
        return {enter.isAccepted(), drop.isAccepted()};
    }

    std::pair<bool, bool> dropFiles(const QStringList& paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        return drop(data);
    }

    /// The wizard shown now for an e-mail (waits for the queued drop).
    CreateLeadWizard* shownWizard() const
    {
        CreateLeadWizard* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (CreateLeadWizard* wizard : leads()->findChildren<CreateLeadWizard*>())
                    if (wizard->isVisible())
                        found = wizard;
                return found != nullptr;
            },
            3000);
        return found;
    }

    bool noWizard() const
    {
        QTest::qWait(50); // a drop opens its wizard from the event loop
        for (CreateLeadWizard* wizard : leads()->findChildren<CreateLeadWizard*>())
            if (wizard->isVisible())
                return false;
        return true;
    }
};

/// Picks the product and the marketplace (the user's choice; an e-mail does not say them).
void goToLeadPage(CreateLeadWizard& wizard, const QString& product, const QString& marketplace)
{
    REQUIRE(wizard.currentId() == CreateLeadWizard::ProductPageId);
    for (const auto& [list, text] : {std::pair{wizard.productPage()->list(), product},
                                     std::pair{wizard.marketplacePage()->list(), marketplace}}) {
        const QList<QListWidgetItem*> items = list->findItems(text, Qt::MatchStartsWith);
        INFO(text.toStdString());
        REQUIRE_FALSE(items.isEmpty());
        list->setCurrentItem(items.first());
        REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    REQUIRE(wizard.currentId() == CreateLeadWizard::LeadPageId);
}

template <typename T> T* field(CreateLeadWizard& wizard, const char* name)
{
    T* widget = wizard.leadPage()->form()->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QString text(CreateLeadWizard& wizard, const char* name)
{
    if (auto* edit = wizard.leadPage()->form()->findChild<QLineEdit*>(QString::fromLatin1(name)))
        return edit->text();
    return field<QPlainTextEdit>(wizard, name)->toPlainText();
}

} // namespace

TEST_CASE("An .eml dropped onto the Leads directory opens Create Lead filled in from it",
          "[ui][mail]")
{
    MailWindow f;
    const int before = f.leadCount();
    const auto [entered, dropped] = f.dropFiles({fixture("plain.eml")});
    CHECK(entered);
    CHECK(dropped);
    CreateLeadWizard* wizard = f.shownWizard();
    REQUIRE(wizard);
    CHECK(wizard->windowModality() == Qt::WindowModal);
    goToLeadPage(*wizard, QStringLiteral("Apex Mail Security"), QStringLiteral("Mighty Mick's US"));
    CHECK(wizard->leadPage()->prefillNote()->isVisible());
    CHECK(wizard->leadPage()->prefillNote()->text().contains(
        QStringLiteral("Filled in from the e-mail of Ivan Petrov "
                       "<ivan.petrov@sales.acme-tools.co.uk>")));
    CHECK(text(*wizard, "leadNameEdit") == QStringLiteral("Quote for 40 licences"));
    CHECK(field<QComboBox>(*wizard, "leadSourceCombo")->currentData().toString() ==
          QStringLiteral("email"));
    CHECK(field<QComboBox>(*wizard, "leadSourceCombo")->currentText() == QStringLiteral("Email"));
    CHECK(field<QCheckBox>(*wizard, "newCompanyCheck")->isChecked());
    CHECK(text(*wizard, "companyNameEdit") == QStringLiteral("Acme Tools"));
    CHECK(text(*wizard, "companyWebsiteEdit") == QStringLiteral("https://acme-tools.co.uk"));
    CHECK(field<QLineEdit>(*wizard, "companyNameEdit")->isVisible());
    CHECK(field<QCheckBox>(*wizard, "newContactCheck")->isChecked());
    CHECK(text(*wizard, "firstNameEdit") == QStringLiteral("Ivan"));
    CHECK(text(*wizard, "lastNameEdit") == QStringLiteral("Petrov"));
    CHECK(text(*wizard, "contactEmailEdit") ==
          QStringLiteral("ivan.petrov@sales.acme-tools.co.uk"));
    CHECK(text(*wizard, "descriptionEdit").startsWith(QStringLiteral("Hello,\n\nwe would like")));
    CHECK(f.leadCount() == before); // nothing is saved before Create

    // What the e-mail cannot say: the TIN and the selling direction; then Create writes it.
    QAbstractButton* create = wizard->button(QWizard::CommitButton);
    CHECK_FALSE(create->isEnabled());
    auto* tin = field<QLineEdit>(*wizard, "companyTinEdit");
    tin->setFocus();
    QTest::keyClicks(tin, QStringLiteral("7707083893"));
    auto* direction = field<QComboBox>(*wizard, "sellingDirectionCombo");
    direction->setCurrentIndex(0);
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(wizard->currentId() == CreateLeadWizard::SummaryPageId);
    CHECK(f.leadCount() == before + 1);
    CHECK(TestWorkspace::scalar(
              *f.window->workspace(),
              QStringLiteral("SELECT l.name || '|' || l.source || '|' || co.name || '|' || "
                             "co.website || '|' || c.first_name || ' ' || c.last_name || '|' || "
                             "c.email FROM leads l JOIN companies co ON co.id = l.company_id "
                             "JOIN contacts c ON c.id = l.contact_id WHERE l.id = ?"),
              {wizard->leadId()}) ==
          QStringLiteral("Quote for 40 licences|email|Acme Tools|https://acme-tools.co.uk|Ivan "
                         "Petrov|ivan.petrov@sales.acme-tools.co.uk"));
}

TEST_CASE("The e-mail's values follow the user to another marketplace, and Cancel saves nothing",
          "[ui][mail]")
{
    MailWindow f;
    const int before = f.leadCount();
    f.window->createLeadsFromMail({fixture("free-mail.eml")});
    CreateLeadWizard* wizard = f.shownWizard();
    REQUIRE(wizard);
    goToLeadPage(*wizard, QStringLiteral("Apex Mail Security"), QStringLiteral("Mighty Mick's US"));
    // A free-mail address names a person, not a company.
    CHECK_FALSE(field<QCheckBox>(*wizard, "newCompanyCheck")->isChecked());
    CHECK(text(*wizard, "companyNameEdit").isEmpty());
    CHECK(text(*wizard, "firstNameEdit") == QStringLiteral("Tom"));
    field<QLineEdit>(*wizard, "leadNameEdit")->setText(QStringLiteral("Edited"));
    wizard->back();
    wizard->back();
    goToLeadPage(*wizard, QStringLiteral("Apex Backup"), QStringLiteral("Mighty Mick's EU"));
    CHECK(text(*wizard, "leadNameEdit") == QStringLiteral("Question about your product"));
    CHECK(text(*wizard, "contactEmailEdit") == QStringLiteral("tom.baker@gmail.com"));
    wizard->reject();
    CHECK(f.leadCount() == before);
}

TEST_CASE("Drops of anything but local .eml files are refused and change nothing", "[ui][mail]")
{
    MailWindow f;
    const QString textFile =
        f.writeFile(QStringLiteral("notes.txt"), "From: a@acme.com\r\n\r\nNot an .eml file\r\n");
    const QByteArray hash = TestWorkspace::fileHash(textFile);

    CHECK(f.dropFiles({textFile}) == std::pair{false, false});
    CHECK(f.dropFiles({fixture("plain.eml"), textFile}) == std::pair{false, false});
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.com/mail.eml"))});
    CHECK(f.drop(remote) == std::pair{false, false});
    QMimeData words;
    words.setText(QStringLiteral("Some text"));
    CHECK(f.drop(words) == std::pair{false, false});
    // A drag that may only move the file is refused: the file must stay where it is.
    QMimeData moveOnly;
    moveOnly.setUrls({QUrl::fromLocalFile(fixture("plain.eml"))});
    CHECK(f.drop(moveOnly, Qt::MoveAction) == std::pair{false, false});
    CHECK(f.noWizard());
    CHECK(TestWorkspace::fileHash(textFile) == hash);
    CHECK(f.leads()->findChild<QMessageBox*>() == nullptr);

    // A vendor creates no leads: the directory takes no e-mail either.
    REQUIRE(
        f.window->setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
    CHECK_FALSE(f.directory()->acceptDrops());
    CHECK(f.dropFiles({fixture("plain.eml")}) == std::pair{false, false});
    CHECK(f.noWizard());
}

TEST_CASE("Dropped e-mails open one at a time, and one that cannot be read says why", "[ui][mail]")
{
    MailWindow f;
    const QString broken =
        f.writeFile(QStringLiteral("broken.eml"), "Just some words\nwithout any header\n");

    CHECK(f.dropFiles({fixture("alternative.eml"), broken, fixture("koi8r.eml")}) ==
          std::pair{true, true});
    CreateLeadWizard* first = f.shownWizard();
    REQUIRE(first);
    CHECK(first->prefill().name == QStringLiteral("Demo request"));
    CHECK(f.leads()->findChild<QMessageBox*>() == nullptr);
    first->reject();

    QMessageBox* problem = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            return (problem = f.leads()->findChild<QMessageBox*>(
                        QStringLiteral("mailProblemBox"))) != nullptr;
        },
        3000));
    CHECK(problem->informativeText().startsWith(QDir::toNativeSeparators(broken)));
    CHECK(problem->informativeText().contains(QStringLiteral("not an e-mail")));
    CHECK(f.noWizard());
    problem->button(QMessageBox::Ok)->click();

    CreateLeadWizard* third = f.shownWizard();
    REQUIRE(third);
    // The third e-mail's (the first wizard has gone; its address may be reused).
    CHECK(third->prefill().name == QString::fromUtf8("Запрос"));
    CHECK(third->prefill().lastName == QString::fromUtf8("Петров"));
    third->reject();
    CHECK(f.noWizard());
}

TEST_CASE("File - New lead from e-mail is there for those who create leads", "[ui][mail]")
{
    MailWindow f;
    auto* action = f.window->findChild<QAction*>(QStringLiteral("newLeadFromMailAction"));
    REQUIRE(action);
    CHECK(action->text().remove(QLatin1Char('&')) == QStringLiteral("New lead from e-mail\u2026"));
    CHECK(action->isEnabled());
    REQUIRE(
        f.window->setActing(id(DemoWorkspace::demoVendorUserId), id(DemoWorkspace::demoVendorId)));
    CHECK_FALSE(action->isEnabled());
    // import-mail as a vendor: the window says who can, and opens no wizard.
    CHECK(f.window->createLead(LeadPrefill{}) == nullptr);
    auto* box = f.window->findChild<QMessageBox*>(QStringLiteral("cannotCreateLeadBox"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("cannot create leads")));
    box->close();
    CHECK(f.noWizard());
}

TEST_CASE("Screenshots of Create Lead filled in from an e-mail", "[.screenshots]")
{
    // CHANNELDESK_TEST_LANGUAGE=de takes the German one.
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    const QString language =
        qEnvironmentVariable("CHANNELDESK_TEST_LANGUAGE", QStringLiteral("en"));
    MailWindow f;
    f.window->createLeadsFromMail({fixture("quoted-printable.eml")});
    CreateLeadWizard* wizard = f.shownWizard();
    REQUIRE(wizard);
    goToLeadPage(*wizard, QStringLiteral("Apex Mail Security"), QStringLiteral("Mighty Mick's US"));
    QTest::qWait(400); // the duplicate check runs after a pause
    REQUIRE(wizard->grab().save(
        QDir(out).filePath(QStringLiteral("create-lead-from-mail-%1.png").arg(language))));
    wizard->reject();
}
