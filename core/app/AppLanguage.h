#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

/// The language ChannelDesk speaks: the system's, unless View → Language chose one (kept in the
/// settings). Installing it loads Qt's own catalogue (qtbase) and ours, and makes it the default
/// QLocale, so numbers and dates follow it too.
class AppLanguage {
    Q_DECLARE_TR_FUNCTIONS(AppLanguage)

public:
    struct Choice {
        QString code; ///< empty: the system's language
        QString name; ///< in its own language, so anyone can find theirs
    };
    /// The system default first, then the languages with a catalogue.
    static QList<Choice> choices();
    static QString settingsKey();
    /// The language chosen in the settings; empty for the system's (also for an unknown code).
    static QString chosen();
    static void choose(const QString& code);
    /// The locale of a language code; the system's for an empty one.
    static QLocale localeFor(const QString& code);

    /// What install() found.
    struct Loaded {
        bool qt = false;          ///< qtbase_XX.qm from Qt's translations folder
        bool application = false; ///< channeldesk_XX.qm
    };
    /// Makes code (empty: the system's) the language: the default locale, then the English
    /// plural forms, Qt's catalogue and ours for it. Replaces the catalogues an earlier call
    /// installed. catalogueDir holds channeldesk_XX.qm (by default the resource built from
    /// translations/; tests pass their own).
    static Loaded install(const QString& code,
                          const QString& catalogueDir = QStringLiteral(":/translations"));
    /// Removes the catalogues install() added (the default locale stays).
    static void removeCatalogues();
};
