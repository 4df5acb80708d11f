#pragma once

#include <QByteArray>
#include <QString>

/// The readable text of an HTML document (an HTML-only e-mail), read with libxml2's HTML
/// parser: script, style and head skipped, block elements and <br> as line breaks, list items
/// as "- " lines, whitespace as a browser collapses it (kept inside <pre>).
class HtmlText {
public:
    /// encoding: the document's charset when already known (e.g. "UTF-8" for text GMime
    /// converted); empty lets the parser read it from the document (<meta charset>).
    static QString toPlainText(const QByteArray& html, const QByteArray& encoding = {});
};
