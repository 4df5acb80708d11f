#include "app/AppLanguage.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString catalogueName = QStringLiteral("channeldesk");

QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool installCatalogue(const QLocale& locale, const QString& name, const QString& dir)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators() << translator;
    return true;
}

} // namespace

QList<AppLanguage::Choice> AppLanguage::choices()
{
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString AppLanguage::settingsKey()
{
    return QStringLiteral("view/language");
}

QString AppLanguage::chosen()
{
    const QString code = QSettings().value(settingsKey()).toString();
    for (const Choice& choice : choices())
        if (choice.code == code)
            return code;
    return {};
}

void AppLanguage::choose(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), code);
}

QLocale AppLanguage::localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void AppLanguage::removeCatalogues()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installedTranslators()))
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    installedTranslators().clear();
}

AppLanguage::Loaded AppLanguage::install(const QString& code, const QString& catalogueDir)
{
    removeCatalogues();

    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    // The sources are English with plural forms only in channeldesk_en; translators installed
    // later are asked first, so a language's own catalogue overrides it.
    const bool english = installCatalogue(QLocale(QLocale::English), catalogueName,
                                          QStringLiteral(":/translations"));
    Loaded loaded;
    loaded.qt = installCatalogue(locale, QStringLiteral("qtbase"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    loaded.application = locale.language() == QLocale::English
                             ? english
                             : installCatalogue(locale, catalogueName, catalogueDir);
    return loaded;
}
