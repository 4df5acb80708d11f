#include "CatchQt.h"
#include "TsCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace {

QByteArray catalogue(const char* language, const char* messages)
{
    return QByteArray(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
               "language=\"") +
           language + "\">\n<context>\n    <name>Sample</name>\n" + messages +
           "</context>\n</TS>\n";
}

} // namespace

TEST_CASE("The catalogue check passes a finished catalogue", "[translation-check]")
{
    CHECK(TsCatalogue::problems(catalogue("de_DE", R"(
    <message><source>Save %1</source><translation>%1 speichern</translation></message>
    <message numerus="yes"><source>%Ln rows</source><translation>
        <numerusform>%Ln Zeile</numerusform><numerusform>%Ln Zeilen</numerusform>
    </translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
)"))
              .isEmpty());
}

TEST_CASE("The catalogue check finds unfinished and empty entries", "[translation-check]")
{
    const QStringList problems = TsCatalogue::problems(catalogue("de_DE", R"(
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Close</source><translation type="unfinished">Schließen</translation></message>
    <message><source>Quit</source><translation></translation></message>
    <message numerus="yes"><source>%n rows</source><translation>
        <numerusform>%n Zeile</numerusform><numerusform></numerusform>
    </translation></message>
)"));
    CHECK(problems == QStringList{QStringLiteral("Sample: \"Open\": unfinished"),
                                  QStringLiteral("Sample: \"Close\": unfinished"),
                                  QStringLiteral("Sample: \"Quit\": empty translation"),
                                  QStringLiteral("Sample: \"%n rows\": empty translation")});
}

TEST_CASE("The catalogue check finds placeholders that differ from the source",
          "[translation-check]")
{
    const QStringList problems = TsCatalogue::problems(catalogue("ru_RU", R"(
    <message><source>Move %1 to %2</source><translation>Переместить %1 в %1</translation></message>
    <message><source>%1 of %2</source><translation>%2 из %1</translation></message>
    <message numerus="yes"><source>%Ln rows</source><translation>
        <numerusform>%Ln строка</numerusform><numerusform>%n строки</numerusform>
        <numerusform>%Ln строк</numerusform>
    </translation></message>
    <message numerus="yes"><source>%n leads</source><translation>
        <numerusform>%n лид</numerusform><numerusform>%n лида</numerusform>
    </translation></message>
)"));
    REQUIRE(problems.size() == 3);
    CHECK(
        problems.at(0).startsWith(QStringLiteral("Sample: \"Move %1 to %2\": placeholders %1 %1")));
    CHECK(problems.at(1).startsWith(QStringLiteral("Sample: \"%Ln rows\": placeholders %n")));
    CHECK(problems.at(2) ==
          QStringLiteral("Sample: \"%n leads\": 2 plural forms, the language has 3"));
}

TEST_CASE("The catalogue check refuses a file that is not a catalogue", "[translation-check]")
{
    CHECK(!TsCatalogue::problems("<TS><context>").isEmpty());
    CHECK(TsCatalogue::problemsOfFile(QStringLiteral("/nonexistent/channeldesk_xx.ts")).size() ==
          1);
}

// Fails until every tr() string is translated (the translators' branches of issue 13).
TEST_CASE("Every catalogue in translations/ is finished", "[translations]")
{
    const QDir folder(QStringLiteral(CHANNELDESK_TRANSLATIONS_DIR));
    const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    CHECK(files ==
          QStringList{QStringLiteral("channeldesk_de.ts"), QStringLiteral("channeldesk_en.ts"),
                      QStringLiteral("channeldesk_es.ts"), QStringLiteral("channeldesk_ru.ts")});
    for (const QString& file : files) {
        const QStringList problems = TsCatalogue::problemsOfFile(folder.filePath(file));
        INFO(file.toStdString() << ": " << problems.size() << " problems, the first ones:\n"
                                << problems.mid(0, 10).join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

// Fails until the translations merge: the built catalogues answer a string every window shows.
TEST_CASE("The built catalogues translate the main window's menus", "[translations]")
{
    for (const char* language : {"de", "es", "ru"}) {
        INFO(language);
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral("channeldesk_%1").arg(QLatin1String(language)),
                                QStringLiteral(CHANNELDESK_BUILT_CATALOGUES_DIR)));
        const QString view = translator.translate("MainWindow", "&View");
        CHECK(!view.isEmpty());
        CHECK(view != QStringLiteral("&View"));
    }
}
