#include "catalog/IsoCodes.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

bool isLetters(const QString& code, int length)
{
    return code.size() == length && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

QList<IsoCode> readCountries()
{
    // Regions and groupings CLDR gives two-letter codes that are not countries.
    static const QSet<QString> notCountries = {QStringLiteral("EU"), QStringLiteral("EZ"),
                                               QStringLiteral("UN"), QStringLiteral("QO")};
    QList<IsoCode> list;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        if (!isLetters(code, 2) || notCountries.contains(code))
            continue;
        list << IsoCode{code, QLocale::territoryToString(territory)};
    }
    std::sort(list.begin(), list.end(), [](const IsoCode& a, const IsoCode& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

QList<IsoCode> readCurrencies()
{
    QMap<QString, QString> names;
    for (const QLocale& locale : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                          QLocale::AnyTerritory)) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (isLetters(code, 3) && !names.contains(code))
            names.insert(code, QString());
    }
    for (const QLocale& locale :
         QLocale::matchingLocales(QLocale::English, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (names.contains(code) && names.value(code).isEmpty())
            names.insert(code, locale.currencySymbol(QLocale::CurrencyDisplayName));
    }
    QList<IsoCode> list;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        list << IsoCode{it.key(), it.value()};
    return list;
}

bool contains(const QList<IsoCode>& list, const QString& code)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&code](const IsoCode& entry) { return entry.code == code; });
}

} // namespace

const QList<IsoCode>& IsoCodes::countries()
{
    static const QList<IsoCode> list = readCountries();
    return list;
}

const QList<IsoCode>& IsoCodes::currencies()
{
    static const QList<IsoCode> list = readCurrencies();
    return list;
}

bool IsoCodes::isCountry(const QString& code)
{
    return contains(countries(), code);
}

bool IsoCodes::isCurrency(const QString& code)
{
    return contains(currencies(), code);
}

QString IsoCodes::countryName(const QString& code)
{
    for (const IsoCode& entry : countries())
        if (entry.code == code)
            return entry.name;
    return code;
}

QString IsoCodes::countryNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names << countryName(code);
    return names.join(QStringLiteral(", "));
}
