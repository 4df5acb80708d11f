#include "mail/HtmlText.h"

#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <memory>
#include <mutex>

namespace {

/// Deeper elements are ignored: a hostile document must not exhaust the stack.
constexpr int maxDepth = 200;

bool isSkipped(const QString& element)
{
    static const QSet<QString> skipped{
        QStringLiteral("head"),     QStringLiteral("script"),   QStringLiteral("style"),
        QStringLiteral("template"), QStringLiteral("noscript"), QStringLiteral("title"),
        QStringLiteral("svg"),      QStringLiteral("object"),   QStringLiteral("iframe")};
    return skipped.contains(element);
}

bool isBlock(const QString& element)
{
    static const QSet<QString> blocks{
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("center"),  QStringLiteral("dd"),
        QStringLiteral("div"),        QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("fieldset"),   QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hr"),
        QStringLiteral("li"),         QStringLiteral("main"),    QStringLiteral("nav"),
        QStringLiteral("ol"),         QStringLiteral("p"),       QStringLiteral("pre"),
        QStringLiteral("section"),    QStringLiteral("table"),   QStringLiteral("tr"),
        QStringLiteral("ul"),         QStringLiteral("body"),    QStringLiteral("caption")};
    return blocks.contains(element);
}

/// Paragraph-like blocks: an empty line after them.
bool isParagraph(const QString& element)
{
    static const QSet<QString> paragraphs{
        QStringLiteral("p"),     QStringLiteral("h1"),  QStringLiteral("h2"),
        QStringLiteral("h3"),    QStringLiteral("h4"),  QStringLiteral("h5"),
        QStringLiteral("h6"),    QStringLiteral("pre"), QStringLiteral("blockquote"),
        QStringLiteral("table"), QStringLiteral("ul"),  QStringLiteral("ol")};
    return paragraphs.contains(element);
}

class TextWriter {
public:
    void text(const QString& text, bool preformatted)
    {
        if (preformatted) {
            m_out += text;
            return;
        }
        for (const QChar c : text) {
            if (c.isSpace()) {
                if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char(' ')) &&
                    !m_out.endsWith(QLatin1Char('\n')))
                    m_out += QLatin1Char(' ');
            } else {
                m_out += c;
            }
        }
    }
    void lineBreak()
    {
        trimLineEnd();
        m_out += QLatin1Char('\n');
    }
    /// Starts a new line unless one was just started.
    void newLine()
    {
        trimLineEnd();
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char('\n');
    }
    void emptyLine()
    {
        newLine();
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1String("\n\n")))
            m_out += QLatin1Char('\n');
    }
    void separator()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char(' ')) &&
            !m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char(' ');
    }
    QString result() const { return m_out.trimmed(); }

private:
    void trimLineEnd()
    {
        while (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
    }
    QString m_out;
};

void write(const xmlNode* parent, TextWriter& out, bool preformatted, int depth)
{
    if (depth > maxDepth)
        return;
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out.text(QString::fromUtf8(reinterpret_cast<const char*>(node->content)), preformatted);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE)
            continue;
        const QString element =
            QString::fromUtf8(reinterpret_cast<const char*>(node->name)).toLower();
        if (isSkipped(element))
            continue;
        if (element == QLatin1String("br")) {
            out.lineBreak();
            continue;
        }
        const bool block = isBlock(element);
        if (isParagraph(element))
            out.emptyLine();
        else if (block)
            out.newLine();
        if (element == QLatin1String("li"))
            out.text(QStringLiteral("- "), true);
        else if (element == QLatin1String("td") || element == QLatin1String("th"))
            out.separator();
        write(node, out, preformatted || element == QLatin1String("pre"), depth + 1);
        if (isParagraph(element))
            out.emptyLine();
        else if (block)
            out.newLine();
    }
}

} // namespace

QString HtmlText::toPlainText(const QByteArray& html, const QByteArray& encoding)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    if (html.trimmed().isEmpty())
        return {};
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    if (!encoding.isEmpty())
        options |= HTML_PARSE_IGNORE_ENC;
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlReadMemory(html.constData(), int(html.size()), nullptr,
                       encoding.isEmpty() ? nullptr : encoding.constData(), options),
        &xmlFreeDoc);
    if (!document)
        return {};
    TextWriter out;
    write(reinterpret_cast<const xmlNode*>(document.get()), out, false, 0);
    return out.result();
}
