#include "mail/MailDomain.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

namespace {

/// Free-mail services: an address there says nothing about a company.
const QSet<QString>& freeMailDomains()
{
    static const QSet<QString> domains{
        QStringLiteral("aol.com"),        QStringLiteral("bk.ru"),
        QStringLiteral("fastmail.com"),   QStringLiteral("gmail.com"),
        QStringLiteral("gmx.com"),        QStringLiteral("gmx.de"),
        QStringLiteral("gmx.net"),        QStringLiteral("googlemail.com"),
        QStringLiteral("hey.com"),        QStringLiteral("hotmail.com"),
        QStringLiteral("hotmail.co.uk"),  QStringLiteral("icloud.com"),
        QStringLiteral("inbox.ru"),       QStringLiteral("internet.ru"),
        QStringLiteral("list.ru"),        QStringLiteral("live.com"),
        QStringLiteral("mac.com"),        QStringLiteral("mail.com"),
        QStringLiteral("mail.ru"),        QStringLiteral("me.com"),
        QStringLiteral("msn.com"),        QStringLiteral("outlook.com"),
        QStringLiteral("outlook.de"),     QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("qq.com"),
        QStringLiteral("rambler.ru"),     QStringLiteral("t-online.de"),
        QStringLiteral("tut.by"),         QStringLiteral("ukr.net"),
        QStringLiteral("web.de"),         QStringLiteral("ya.ru"),
        QStringLiteral("yahoo.co.uk"),    QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.de"),       QStringLiteral("yahoo.es"),
        QStringLiteral("yandex.by"),      QStringLiteral("yandex.com"),
        QStringLiteral("yandex.kz"),      QStringLiteral("yandex.ru"),
        QStringLiteral("ymail.com"),      QStringLiteral("zoho.com"),
    };
    return domains;
}

QString normalized(const QString& domain)
{
    QString result = domain.trimmed().toLower();
    while (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

} // namespace

bool MailDomain::isFreeMail(const QString& domain)
{
    const QString host = normalized(domain);
    return freeMailDomains().contains(host) || freeMailDomains().contains(organisationDomain(host));
}

QString MailDomain::organisationDomain(const QString& domain)
{
    const QStringList labels = normalized(domain).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    // "co.uk", "com.au", "org.ru", "ac.jp": a generic second level under a country code.
    static const QSet<QString> secondLevels{
        QStringLiteral("ac"),  QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("edu"),
        QStringLiteral("gov"), QStringLiteral("ltd"), QStringLiteral("net"), QStringLiteral("or"),
        QStringLiteral("org"), QStringLiteral("plc"), QStringLiteral("ne"),  QStringLiteral("msk"),
        QStringLiteral("spb")};
    const bool countrySecondLevel =
        labels.last().size() == 2 && secondLevels.contains(labels.at(labels.size() - 2));
    const qsizetype kept = countrySecondLevel ? 3 : 2;
    return labels.mid(labels.size() - kept).join(QLatin1Char('.'));
}

QString MailDomain::companyName(const QString& domain)
{
    const QString organisation = organisationDomain(domain);
    const QString label = organisation.section(QLatin1Char('.'), 0, 0);
    const QString shown = QUrl::fromAce(label.toLatin1());
    QStringList words =
        (shown.isEmpty() ? label : shown).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (QString& word : words)
        word[0] = word.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}
