#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A code with its English name ("DE", "Germany"; "EUR", "Euro").
struct IsoCode {
    QString code;
    QString name;
};

/// The ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes a marketplace may use, from
/// the locale data Qt carries (CLDR).
class IsoCodes {
public:
    /// Countries by name.
    static const QList<IsoCode>& countries();
    /// Currencies by code.
    static const QList<IsoCode>& currencies();
    static bool isCountry(const QString& code);
    static bool isCurrency(const QString& code);
    /// The country's name, or the code itself when it is not a country.
    static QString countryName(const QString& code);
    /// "DE,FR" as "Germany, France".
    static QString countryNames(const QStringList& codes);
};
