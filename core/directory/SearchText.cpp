#include "directory/SearchText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

QString SearchText::toMatchQuery(const QString& typed)
{
    QStringList phrases;
    const QStringList words =
        typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool searchable =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        // A quoted phrase: FTS5 operators and punctuation inside are plain text.
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QStringLiteral("\"%1\"*").arg(word);
    }
    return phrases.join(QLatin1Char(' '));
}
