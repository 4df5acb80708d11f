// The screenshots README.md shows, written with stable names by `cmake --build build --target
// readme_screenshots` into docs/screenshots/ (hidden tag: never part of a normal test run).
#include "DarkPalette.h"
#include "DirectoryWait.h"
#include "TestWorkspace.h"

#include "common/DirectoryView.h"
#include "demo/DemoWorkspace.h"
#include "leads/CreateLeadMarketplacePage.h"
#include "leads/CreateLeadProductPage.h"
#include "leads/CreateLeadWizard.h"
#include "leads/LeadsModule.h"
#include "main/MainWindow.h"
#include "partners/AddPartnerWizard.h"
#include "partners/PartnerDetailsWindow.h"
#include "partners/PartnersModule.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTest>

namespace {

/// Saves what widget shows as docs/screenshots/name: no alpha channel, the PNG writer's
/// strongest compression (Qt's quality 0), so each file stays small.
void shoot(QWidget* widget, const char* name)
{
    const QString out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS", QStringLiteral("."));
    QTest::qWait(80);
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB888);
    INFO(name);
    REQUIRE(image.save(QDir(out).filePath(QString::fromLatin1(name)), "PNG", 0));
}

void pick(QListWidget* list, const QString& prefix)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(prefix)) {
            list->setCurrentRow(row);
            return;
        }
    FAIL("no item " << prefix.toStdString());
}

} // namespace

TEST_CASE("Screenshots of the README", "[.readme-screenshots]")
{
    QSettings().clear();
    // US English dates and numbers, whatever the machine's locale.
    const QLocale machineLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestWorkspace dir;
    dir.createDemo();
    MainWindow window;
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("demo.channeldesk"))));
    window.resize(1280, 780);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setActing(id(DemoWorkspace::homeUserId), id(DemoWorkspace::homeDistributorId));
    window.showModule(MainWindow::Module::Leads);
    REQUIRE(waitUntilLoaded(window.leadsModule()->directory()->table()->model()));
    shoot(&window, "main-window-leads.png");

    CreateLeadWizard* lead = window.leadsModule()->createLead();
    REQUIRE(lead);
    pick(lead->productPage()->list(), QStringLiteral("Apex Mail Security"));
    lead->next();
    pick(lead->marketplacePage()->list(), QStringLiteral("Mighty Mick's US"));
    lead->next();
    REQUIRE(lead->currentId() == CreateLeadWizard::LeadPageId);
    shoot(lead, "create-lead-wizard.png");
    lead->reject();

    window.showModule(MainWindow::Module::Partners);
    REQUIRE(waitUntilLoaded(window.partnersModule()->directory()->table()->model()));
    AddPartnerWizard* partner = window.partnersModule()->createPartner();
    REQUIRE(partner);
    QTest::keyClicks(partner->findChild<QLineEdit*>(QStringLiteral("partnerNameEdit")),
                     QStringLiteral("Champions LLC"));
    shoot(partner, "add-partner-wizard.png");
    partner->reject();

    PartnerDetailsWindow* details =
        window.partnersModule()->openPartner(id(DemoWorkspace::telefonicaId));
    REQUIRE(details);
    details->resize(1000, 700);
    shoot(details, "partner-details.png");
    details->close();

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    window.showModule(MainWindow::Module::Leads);
    shoot(&window, "main-window-dark.png");
    QApplication::setPalette(light);
    QLocale::setDefault(machineLocale);
}
