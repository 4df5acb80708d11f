#include "CatchQt.h"

#include "common/DisplayFormat.h"

#include <QLocale>

namespace {

/// Sets the default locale for one test and puts the previous one back.
struct DefaultLocale {
    QLocale saved;
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(saved); }
};

} // namespace

TEST_CASE("Dates show in one format per language, always with the full year", "[core][format]")
{
    const QDate date(2026, 12, 2);
    const auto shown = [&date](const char* locale) {
        DefaultLocale chosen{QLocale(QLatin1String(locale))};
        return std::pair{DisplayFormat::date(date), DisplayFormat::dateFormat()};
    };
    CHECK(shown("en_US") == std::pair{QStringLiteral("12/2/2026"), QStringLiteral("M/d/yyyy")});
    CHECK(shown("de_DE") == std::pair{QStringLiteral("02.12.2026"), QStringLiteral("dd.MM.yyyy")});
    CHECK(shown("ru_RU") == std::pair{QStringLiteral("02.12.2026"), QStringLiteral("dd.MM.yyyy")});
    CHECK(shown("es_ES").first == QStringLiteral("2/12/2026"));
}

TEST_CASE("A day typed in the one date format, or as YYYY-MM-DD, is read back", "[core][format]")
{
    {
        DefaultLocale chosen{QLocale(QStringLiteral("de_DE"))};
        CHECK(DisplayFormat::parseDate(QStringLiteral("01.12.2026")) == QDate(2026, 12, 1));
        CHECK(DisplayFormat::parseDate(QStringLiteral(" 1.12.2026 ")) == QDate(2026, 12, 1));
        CHECK(DisplayFormat::parseDate(DisplayFormat::date(QDate(2026, 3, 4))) ==
              QDate(2026, 3, 4));
        CHECK(DisplayFormat::parseDate(QStringLiteral("2026-12-01")) == QDate(2026, 12, 1));
        CHECK_FALSE(DisplayFormat::parseDate(QStringLiteral("31.02.2026")).isValid());
        CHECK_FALSE(DisplayFormat::parseDate(QStringLiteral("12/1/2026")).isValid());
        CHECK_FALSE(DisplayFormat::parseDate(QString()).isValid());
        CHECK_FALSE(DisplayFormat::parseDate(QStringLiteral("1.12.26")).isValid());
    }
    {
        DefaultLocale chosen{QLocale(QStringLiteral("en_US"))};
        CHECK(DisplayFormat::parseDate(QStringLiteral("12/1/2026")) == QDate(2026, 12, 1));
        CHECK(DisplayFormat::parseDate(QStringLiteral("01.12.2026")).isValid() == false);
    }
}

TEST_CASE("Date and time of a moment are its local date in the one format and the short time",
          "[core][format]")
{
    DefaultLocale chosen{QLocale(QStringLiteral("de_DE"))};
    const QDateTime local(QDate(2026, 3, 4), QTime(9, 5));
    const qint64 at = local.toMSecsSinceEpoch();
    CHECK(DisplayFormat::date(at) == QStringLiteral("04.03.2026"));
    CHECK(DisplayFormat::time(at) == QStringLiteral("09:05"));
    CHECK(DisplayFormat::dateTime(at) == QStringLiteral("04.03.2026 09:05"));
    CHECK(DisplayFormat::dateTime(local.toUTC()) == QStringLiteral("04.03.2026 09:05"));
}

TEST_CASE("Numbers are grouped the way the language writes them", "[core][format]")
{
    {
        DefaultLocale chosen{QLocale(QStringLiteral("de_DE"))};
        CHECK(DisplayFormat::number(1234567) == QStringLiteral("1.234.567"));
    }
    {
        DefaultLocale chosen{QLocale(QStringLiteral("en_US"))};
        CHECK(DisplayFormat::number(1234567) == QStringLiteral("1,234,567"));
    }
}
