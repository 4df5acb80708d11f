#include "CatchQt.h"

#include "app/AppLanguage.h"
#include "common/DisplayFormat.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace {

const QString testCatalogues = QStringLiteral(":/test-catalogues");

/// Puts the test process back to no catalogue and its own locale.
struct LanguageRestorer {
    QLocale saved;
    ~LanguageRestorer()
    {
        AppLanguage::removeCatalogues();
        QLocale::setDefault(saved);
        QSettings().remove(AppLanguage::settingsKey());
    }
};

QString rows(int count)
{
    return QCoreApplication::translate("DirectoryView", "%Ln rows", nullptr, count);
}

QString cancelText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QAction* languageAction(const MainWindow& window, const char* code)
{
    return window.findChild<QAction*>(QStringLiteral("languageAction_") + QLatin1String(code));
}

} // namespace

TEST_CASE("Choosing a language loads its catalogue, Qt's own and its number and date formats",
          "[language][ui]")
{
    LanguageRestorer restorer;
    const AppLanguage::Loaded german = AppLanguage::install(QStringLiteral("de"), testCatalogues);
    CHECK(german.application);
    CHECK(german.qt); // qtbase_de.qm of Debian qt6-translations-l10n
    CHECK(QLocale().language() == QLocale::German);
    {
        MainWindow window;
        CHECK(menuTitles(window).contains(QStringLiteral("&Ansicht")));
    }
    CHECK(cancelText() == QStringLiteral("Abbrechen"));
    CHECK(rows(1) == QStringLiteral("1 Zeile"));
    CHECK(rows(12345) == QStringLiteral("12.345 Zeilen"));
    CHECK(DisplayFormat::date(QDate(2026, 12, 2)) == QStringLiteral("02.12.2026"));

    // Back to English: the sources, Qt's own English and the English plural forms.
    const AppLanguage::Loaded english = AppLanguage::install(QStringLiteral("en"), testCatalogues);
    CHECK(english.application);
    CHECK(QLocale().language() == QLocale::English);
    {
        MainWindow window;
        CHECK(menuTitles(window).contains(QStringLiteral("&View")));
    }
    CHECK(cancelText() == QStringLiteral("Cancel"));
    CHECK(rows(1) == QStringLiteral("1 row"));
    CHECK(rows(12345) == QStringLiteral("12,345 rows"));
    CHECK(DisplayFormat::date(QDate(2026, 12, 2)) == QStringLiteral("12/2/2026"));
}

TEST_CASE("Russian counts take the plural form of the number", "[language][ui]")
{
    LanguageRestorer restorer;
    REQUIRE(AppLanguage::install(QStringLiteral("ru"), testCatalogues).application);
    CHECK(rows(1) == QStringLiteral("1 строка"));
    CHECK(rows(2) == QStringLiteral("2 строки"));
    CHECK(rows(5) == QStringLiteral("5 строк"));
    CHECK(rows(11) == QStringLiteral("11 строк"));
    CHECK(rows(21) == QStringLiteral("21 строка"));
    CHECK(rows(24) == QStringLiteral("24 строки"));
    CHECK(rows(1000) == QStringLiteral("1\u00a0000 строк"));
}

TEST_CASE("The catalogues of translations/ are built into the application", "[language][ui]")
{
    LanguageRestorer restorer;
    for (const char* language : {"en", "de", "es", "ru"})
        CHECK(QFile::exists(
            QStringLiteral(":/translations/channeldesk_%1.qm").arg(QLatin1String(language))));
    CHECK(AppLanguage::install(QStringLiteral("ru")).application);
    CHECK(AppLanguage::install(QStringLiteral("es")).qt);
    // A language without a catalogue of ours still gets Qt's own and English plural forms.
    const AppLanguage::Loaded french = AppLanguage::install(QStringLiteral("fr"));
    CHECK(!french.application);
    CHECK(french.qt);
    CHECK(rows(1) == QStringLiteral("1 row"));
}

TEST_CASE("View, Language is remembered for the next start", "[language][ui]")
{
    LanguageRestorer restorer;
    QSettings().remove(AppLanguage::settingsKey());
    MainWindow window;
    auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    REQUIRE(menu);
    QStringList names;
    for (const QAction* action : menu->actions())
        if (!action->isSeparator())
            names << action->text();
    CHECK(names == QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                               QStringLiteral("Deutsch"), QStringLiteral("Español"),
                               QStringLiteral("Русский"),
                               QStringLiteral("Applies at the next start of ChannelDesk")});
    auto* note = window.findChild<QAction*>(QStringLiteral("languageNoteAction"));
    REQUIRE(note);
    CHECK(!note->isEnabled());
    REQUIRE(languageAction(window, "system"));
    CHECK(languageAction(window, "system")->isChecked());

    languageAction(window, "de")->trigger();
    CHECK(QSettings().value(AppLanguage::settingsKey()).toString() == QStringLiteral("de"));
    CHECK(AppLanguage::chosen() == QStringLiteral("de"));
    CHECK(languageAction(window, "de")->isChecked());
    CHECK(!languageAction(window, "system")->isChecked());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("next time")));
    {
        MainWindow next;
        CHECK(languageAction(next, "de")->isChecked());
    }

    languageAction(window, "system")->trigger();
    CHECK(!QSettings().contains(AppLanguage::settingsKey()));
    CHECK(AppLanguage::chosen().isEmpty());
}

TEST_CASE("An unknown language in the settings means the system's", "[language][ui]")
{
    LanguageRestorer restorer;
    QSettings().setValue(AppLanguage::settingsKey(), QStringLiteral("xx"));
    CHECK(AppLanguage::chosen().isEmpty());
    CHECK(AppLanguage::localeFor(AppLanguage::chosen()) == QLocale::system());
}
