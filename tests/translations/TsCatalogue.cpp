#include "TsCatalogue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: unfinished, vanished, obsolete or empty
    QString text;
    QStringList forms;
};

/// Plural forms per language, as lupdate writes them for Qt 6.4.
int pluralForms(const QString& language)
{
    static const QHash<QString, int> forms{{QStringLiteral("en"), 2},
                                           {QStringLiteral("de"), 2},
                                           {QStringLiteral("es"), 2},
                                           {QStringLiteral("ru"), 3}};
    return forms.value(language.section(QLatin1Char('_'), 0, 0), 0);
}

QStringList checked(const Message& message, int expectedForms)
{
    if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
        return {};
    const QString where =
        message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\": ");
    if (message.type == QLatin1String("unfinished"))
        return {where + QStringLiteral("unfinished")};
    const QStringList translations = message.numerus ? message.forms : QStringList{message.text};
    QStringList problems;
    if (message.numerus && expectedForms > 0 && translations.size() != expectedForms)
        problems << where + QStringLiteral("%1 plural forms, the language has %2")
                                .arg(translations.size())
                                .arg(expectedForms);
    const QStringList sourcePlaceholders = TsCatalogue::placeholders(message.source);
    for (const QString& translation : translations) {
        if (translation.trimmed().isEmpty())
            problems << where + QStringLiteral("empty translation");
        else if (const QStringList found = TsCatalogue::placeholders(translation);
                 found != sourcePlaceholders)
            problems << where + QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                                    .arg(found.join(QLatin1Char(' ')), translation,
                                         sourcePlaceholders.join(QLatin1Char(' ')));
    }
    return problems;
}

} // namespace

QStringList TsCatalogue::placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList TsCatalogue::problems(const QByteArray& tsXml)
{
    QXmlStreamReader xml(tsXml);
    QStringList problems;
    int expectedForms = 0;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && message.numerus)
            problems << checked(message, expectedForms);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            expectedForms =
                pluralForms(xml.attributes().value(QLatin1String("language")).toString());
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.text = xml.readElementText();
                problems << checked(message, expectedForms);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("not a readable catalogue: %1 (line %2)")
                        .arg(xml.errorString())
                        .arg(xml.lineNumber());
    return problems;
}

QStringList TsCatalogue::problemsOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path + QStringLiteral(": ") + file.errorString()};
    QStringList problems = TsCatalogue::problems(file.readAll());
    for (QString& problem : problems)
        problem.prepend(path.section(QLatin1Char('/'), -1) + QStringLiteral(": "));
    return problems;
}
