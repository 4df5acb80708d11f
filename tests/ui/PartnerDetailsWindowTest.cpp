#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "common/CellText.h"
#include "demo/DemoWorkspace.h"
#include "partners/PartnerContractListModel.h"
#include "partners/PartnerDetailsWindow.h"
#include "partners/PartnerListingListModel.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

struct PartnerWindowFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext ingram = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::ingramMicroId));
    QList<QPointer<QWidget>> windows;

    /// Gives Telefonica very long texts without spaces where addresses have none.
    void makeTelefonicaLong() const
    {
        QSqlQuery query(workspace);
        REQUIRE(query.prepare(
            QStringLiteral("UPDATE accounts SET name = ?, description = ?, websites = ?, "
                           "technical_contact_email = ?, industry = ? WHERE id = ?")));
        query.addBindValue(QStringLiteral("Telefonica Empresas Internacionales de "
                                          "Telecomunicaciones y Servicios Digitales S.A.U."));
        query.addBindValue(
            QStringList(40, QStringLiteral("A long description.")).join(QLatin1Char(' ')));
        query.addBindValue(QStringLiteral(
            "https://www.telefonica-empresas-internacionales.example/partners/channel/"
            "programmes/overview?lang=en&region=emea, https://www.telefonica.com"));
        query.addBindValue(QStringLiteral(
            "technical.contact.for.partner.channel.programmes@telefonica-empresas.example"));
        query.addBindValue(QString(120, QLatin1Char('T')));
        query.addBindValue(id(DemoWorkspace::telefonicaId));
        REQUIRE(query.exec());
    }

    ~PartnerWindowFixture()
    {
        // Windows hold the workspace's connection: they go before it.
        for (const QPointer<QWidget>& window : std::as_const(windows))
            delete window.data();
    }

    PartnerDetailsWindow* open(const ActingContext& acting, const char* accountId)
    {
        auto* window = new PartnerDetailsWindow(workspace, acting, id(accountId));
        windows << window;
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        return window;
    }
};

/// Every text the labels under widget show, joined.
QString textsOf(const QWidget* widget)
{
    QStringList texts;
    const auto labels = widget->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

QStringList tabTitles(const QTabWidget* tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

} // namespace

TEST_CASE("Telefonica's details: title, tabs and the General tab of seed 002", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::telefonicaId);
    CHECK(window->objectName() == QStringLiteral("partnerDetailsWindow"));
    CHECK(window->windowTitle() == QStringLiteral("Telefonica \u2014 Partner details"));
    CHECK(window->isWindow());
    CHECK(window->testAttribute(Qt::WA_DeleteOnClose));

    CHECK(child<QLabel>(window, "partnerNameLabel")->text() == QStringLiteral("Telefonica"));
    CHECK(child<QLabel>(window, "partnerIdLabel")->text() == QStringLiteral("VA-1234-1234"));
    CHECK(child<QLabel>(window, "partnerRoleLabel")->text() == QStringLiteral("Vendor"));
    CHECK(child<QLabel>(window, "partnerStatusLabel")->text() == QStringLiteral("Active"));
    CHECK(child<QLabel>(window, "partnerDescriptionLabel")
              ->text()
              .startsWith(QStringLiteral("Telefonica is a Spanish multinational")));

    auto* tabs = child<QTabWidget>(window, "partnerDetailsTabs");
    CHECK(tabTitles(tabs) == QStringList{QStringLiteral("General"), QStringLiteral("News"),
                                         QStringLiteral("Contracts"), QStringLiteral("Listings")});
    CHECK(tabs->currentIndex() == 0);

    const QString general = textsOf(tabs->widget(0));
    CHECK(general.contains(QStringLiteral("What Telefonica is saying")));
    CHECK(general.contains(QStringLiteral("We have been very impressed by the commitment shown "
                                          "by CloudBlue")));
    CHECK(general.contains(QStringLiteral("Juan Manuel Moreno")));
    CHECK(general.contains(QStringLiteral("Telecommunications")));
    CHECK(general.contains(QStringLiteral("Italy")));
    CHECK(general.contains(QStringLiteral("Madrid, Spain")));
    CHECK(general.contains(QStringLiteral("Albert Wilson")));
    CHECK(general.contains(QStringLiteral("craig.kehr@example.com")));
    CHECK(general.contains(QStringLiteral("Morris Hawkins")));
    CHECK(general.contains(QStringLiteral("timothy.barnes@example.com")));
    CHECK(child<QLabel>(window, "partnerOverviewQuote")->font().italic());
    CHECK(child<QLabel>(window, "partnerIndustryValue")->text() ==
          QStringLiteral("Telecommunications"));
    CHECK(child<QLabel>(window, "partnerCountriesValue")->text() == QStringLiteral("Italy"));
    CHECK(child<QLabel>(window, "partnerTechnicalContactEmail")
              ->text()
              .contains(QStringLiteral("href=\"mailto:craig.kehr@example.com\"")));
    CHECK(child<QLabel>(window, "partnerWebsiteLink0")
              ->text()
              .contains(QStringLiteral("https://www.telefonica.com")));
    // The logo as a thumbnail, the video as a link.
    CHECK(!child<QLabel>(window, "partnerMediaImage0")->pixmap().isNull());
    CHECK(child<QLabel>(window, "partnerMediaLink1")
              ->text()
              .contains(QStringLiteral("https://www.youtube.com/")));
}

TEST_CASE("Telefonica's News tab lists three articles, newest first", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::telefonicaId);
    auto* tabs = child<QTabWidget>(window, "partnerDetailsTabs");
    auto* news = qobject_cast<QScrollArea*>(tabs->widget(1));
    REQUIRE(news);
    CHECK(news->objectName() == QStringLiteral("partnerNewsList"));
    CHECK(!news->accessibleName().isEmpty());
    const auto articles = news->findChildren<QFrame*>(QStringLiteral("partnerNewsArticle"));
    REQUIRE(articles.size() == 3);
    CHECK(textsOf(articles.at(0)).contains(QStringLiteral("New cloud region in Milan")));
    CHECK(child<QLabel>(articles.at(0), "partnerNewsTitle")->font().bold());
    CHECK(!child<QLabel>(articles.at(0), "partnerNewsDate")->text().isEmpty());
    CHECK(child<QLabel>(articles.at(0), "partnerNewsBody")->wordWrap());
    CHECK(textsOf(articles.at(2)).contains(QStringLiteral("Movistar Cloud Connect reaches")));
    CHECK(!news->findChild<QLabel*>(QStringLiteral("partnerNewsEmpty")));

    // Telefonica has no listings with Mighty Mick's: the empty state says so.
    CHECK(!tabs->widget(3)->findChild<QTableView*>());
    tabs->setCurrentIndex(3);
    CHECK(child<QLabel>(tabs->widget(3), "partnerListingsEmpty")->isVisible());
}

TEST_CASE("Champions Corp's Contracts tab shows its two contracts", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::championsCorpId);
    CHECK(window->windowTitle() == QStringLiteral("Champions Corp \u2014 Partner details"));
    auto* tabs = child<QTabWidget>(window, "partnerDetailsTabs");
    auto* table = child<QTableView>(tabs->widget(2), "partnerContractsTable");
    CHECK(!table->accessibleName().isEmpty());
    REQUIRE(table->model()->rowCount() == 2);
    QStringList types;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        types << table->model()->index(row, PartnerContractListModel::Type).data().toString();
    types.sort();
    CHECK(types == QStringList{QStringLiteral("Distribution"), QStringLiteral("Program")});
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(table->model()->index(row, PartnerContractListModel::Update).data().toString() ==
              CellText::empty()); // no update: an empty cell, shown the one way
}

TEST_CASE("A contract on an old agreement version is marked as update available",
          "[partnerdetails]")
{
    PartnerWindowFixture f;
    QSqlQuery query(f.workspace);
    REQUIRE(query.exec(QStringLiteral(
        "UPDATE agreement_versions SET active = 0 WHERE agreement_id = "
        "(SELECT id FROM agreements WHERE name = 'Mighty Mick''s Vendor Program')")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO agreement_versions(agreement_id, version, description, active, created_at) "
        "SELECT id, 3, 'Version 3', 1, 1 FROM agreements "
        "WHERE name = 'Mighty Mick''s Vendor Program'")));
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::championsCorpId);
    auto* table = child<QTableView>(window, "partnerContractsTable");
    REQUIRE(table->model()->rowCount() == 2);
    int updates = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, PartnerContractListModel::Update).data().toString() ==
            QStringLiteral("Update available")) {
            ++updates;
            CHECK(table->model()->index(row, PartnerContractListModel::Type).data().toString() ==
                  QStringLiteral("Program"));
            CHECK(table->model()->index(row, PartnerContractListModel::Version).data().toString() ==
                  QStringLiteral("2"));
        }
    }
    CHECK(updates == 1);

    // Sign the update from here: select the row, confirm, and the contract moves to version 3.
    QPushButton* sign = window->findChild<QPushButton*>(QStringLiteral("signUpdatedVersionButton"));
    REQUIRE(sign);
    CHECK_FALSE(sign->isHidden());
    CHECK_FALSE(sign->isEnabled());
    int updateRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, PartnerContractListModel::Update).data().toString() ==
            QStringLiteral("Update available"))
            updateRow = row;
    table->setCurrentIndex(table->model()->index(updateRow, PartnerContractListModel::ContractId));
    REQUIRE(sign->isEnabled());
    const QString contractId =
        table->model()->index(updateRow, PartnerContractListModel::ContractId).data().toString();
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(sign, Qt::LeftButton);
    CHECK(TestWorkspace::scalar(
              *f.workspace,
              QStringLiteral("SELECT v.version FROM contracts c JOIN agreement_versions v ON v.id "
                             "= c.agreement_version_id "
                             "WHERE c.id = ?"),
              {contractId}) == QStringLiteral("3"));
    auto* reloaded = window->findChild<QTableView*>(QStringLiteral("partnerContractsTable"));
    REQUIRE(reloaded);
    for (int row = 0; row < reloaded->model()->rowCount(); ++row)
        CHECK(reloaded->model()->index(row, PartnerContractListModel::Update).data().toString() !=
              QStringLiteral("Update available"));
}

TEST_CASE("Apex's Listings tab shows its listings on Mighty Mick's marketplaces",
          "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::demoVendorId);
    auto* table = child<QTableView>(window, "partnerListingsTable");
    CHECK(!table->accessibleName().isEmpty());
    REQUIRE(table->model()->rowCount() == 5);
    QStringList headers;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        headers << table->model()->headerData(column, Qt::Horizontal).toString();
    CHECK(headers == QStringList{QStringLiteral("Product"), QStringLiteral("Marketplace"),
                                 QStringLiteral("Contract"), QStringLiteral("Status")});
    CHECK(table->model()->index(0, PartnerListingListModel::Product).data().toString() ==
          QStringLiteral("Apex Analytics"));
    CHECK(table->model()
              ->index(0, PartnerListingListModel::Contract)
              .data()
              .toString()
              .startsWith(QStringLiteral("CRD-")));
}

TEST_CASE("A partner the acting account has no partnership with shows the message",
          "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.ingram, DemoWorkspace::championsCorpId);
    CHECK(!window->findChild<QTabWidget*>());
    CHECK(!window->profile());
    const QString message = child<QLabel>(window, "partnerDetailsError")->text();
    CHECK(message.contains(id(DemoWorkspace::championsCorpId)));
    CHECK(!message.contains(QStringLiteral("Champions Corp")));
    CHECK(window->windowTitle().contains(id(DemoWorkspace::championsCorpId)));
}

TEST_CASE("open() raises the window already open for the partner", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* first =
        PartnerDetailsWindow::open(f.workspace, f.home, id(DemoWorkspace::telefonicaId), nullptr);
    f.windows << first;
    PartnerDetailsWindow* second =
        PartnerDetailsWindow::open(f.workspace, f.home, id(DemoWorkspace::telefonicaId), nullptr);
    CHECK(first == second);
    PartnerDetailsWindow* other = PartnerDetailsWindow::open(
        f.workspace, f.home, id(DemoWorkspace::championsCorpId), nullptr);
    f.windows << other;
    CHECK(other != first);
    // The same partner seen from another account is another window.
    PartnerDetailsWindow* asIngram =
        PartnerDetailsWindow::open(f.workspace, f.ingram, id(DemoWorkspace::telefonicaId), nullptr);
    f.windows << asIngram;
    CHECK(asIngram != first);
}

TEST_CASE("Ctrl+Tab switches tabs and Esc closes the partner window", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::telefonicaId);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    auto* tabs = child<QTabWidget>(window, "partnerDetailsTabs");
    CHECK(tabs->currentIndex() == 0);
    child<QWidget>(window, "partnerCloseButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == 3);

    QPointer<PartnerDetailsWindow> guard = window;
    QTest::keyClick(window, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
}

TEST_CASE("Tab reaches the links of the General tab", "[partnerdetails]")
{
    PartnerWindowFixture f;
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::telefonicaId);
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    REQUIRE(QApplication::focusWidget() == window->tabs()->tabBar());
    QStringList chain;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget());
        chain << QApplication::focusWidget()->objectName();
    }
    INFO(chain.join(QLatin1Char(' ')).toStdString());
    CHECK(chain.contains(QStringLiteral("partnerWebsiteLink0")));
    CHECK(chain.contains(QStringLiteral("partnerTechnicalContactEmail")));
    CHECK(chain.contains(QStringLiteral("partnerBusinessContactEmail")));
    CHECK(chain.contains(QStringLiteral("partnerMediaLink1")));
    CHECK(chain.contains(QStringLiteral("partnerCloseButton")));
}

TEST_CASE("Long names, descriptions and addresses wrap inside a narrow window", "[partnerdetails]")
{
    PartnerWindowFixture f;
    f.makeTelefonicaLong();
    PartnerDetailsWindow* window = f.open(f.home, DemoWorkspace::telefonicaId);
    window->resize(600, 520);
    QTest::qWait(20);
    CHECK(window->width() == 600);
    auto* scroll = child<QScrollArea>(window, "partnerGeneralScroll");
    CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
    CHECK(scroll->widget()->width() <= scroll->viewport()->width());
    // The header shows the start of a long description, the General tab all of it.
    const QString header = child<QLabel>(window, "partnerDescriptionLabel")->text();
    CHECK(header.size() <= 401);
    CHECK(header.endsWith(QStringLiteral("\u2026")));
    CHECK(child<QLabel>(window, "partnerDescriptionValue")->accessibleName().size() > 700);
    CHECK(child<QLabel>(window, "partnerWebsiteLink1")
              ->text()
              .contains(QStringLiteral("https://www.telefonica.com")));
}

TEST_CASE("Screenshots of the partner details", "[.screenshots]")
{
    const QString out =
        qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("/tmp/partner-shots"));
    QDir().mkpath(out);
    PartnerWindowFixture f;
    const auto shoot = [&](QWidget* widget, const char* name) {
        QTest::qWait(50);
        REQUIRE(widget->grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    PartnerDetailsWindow* telefonica = f.open(f.home, DemoWorkspace::telefonicaId);
    shoot(telefonica, "partner-telefonica-general.png");
    auto* tabs = child<QTabWidget>(telefonica, "partnerDetailsTabs");
    tabs->setCurrentIndex(1);
    shoot(telefonica, "partner-telefonica-news.png");
    telefonica->resize(600, 520);
    tabs->setCurrentIndex(0);
    shoot(telefonica, "partner-telefonica-general-small.png");

    PartnerDetailsWindow* apex = f.open(f.home, DemoWorkspace::demoVendorId);
    child<QTabWidget>(apex, "partnerDetailsTabs")->setCurrentIndex(3);
    shoot(apex, "partner-apex-listings.png");
    child<QTabWidget>(apex, "partnerDetailsTabs")->setCurrentIndex(2);
    shoot(apex, "partner-apex-contracts.png");
    shoot(f.open(f.ingram, DemoWorkspace::championsCorpId), "partner-not-found.png");
    f.makeTelefonicaLong();
    PartnerDetailsWindow* longTexts = f.open(f.ingram, DemoWorkspace::telefonicaId);
    longTexts->resize(600, 700);
    shoot(longTexts, "partner-long-texts.png");
    auto* longScroll = child<QScrollArea>(longTexts, "partnerGeneralScroll");
    longScroll->verticalScrollBar()->setValue(longScroll->verticalScrollBar()->maximum());
    shoot(longTexts, "partner-long-texts-scrolled.png");
}
