#include "common/EmailAddress.h"

#include <QRegularExpression>

bool EmailAddress::isValid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (text.size() > 254 || text.contains(QStringLiteral("..")))
        return false;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 1 || at > 64 || text.startsWith(QLatin1Char('.')) ||
        text.at(at - 1) == QLatin1Char('.'))
        return false;
    return pattern.match(text).hasMatch();
}
