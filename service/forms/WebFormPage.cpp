#include "forms/WebFormPage.h"

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/// An id attribute for a field key ("custom.seats" → "f-custom-seats").
QString idOf(const QString& key)
{
    QString id = QStringLiteral("f-");
    for (QChar c : key)
        id += c.isLetterOrNumber() || c == QLatin1Char('_') ? c : QLatin1Char('-');
    return id;
}

QString inputType(WebInputKind kind)
{
    switch (kind) {
    case WebInputKind::Email:
        return QStringLiteral("email");
    case WebInputKind::Phone:
        return QStringLiteral("tel");
    case WebInputKind::Url:
        return QStringLiteral("url");
    case WebInputKind::Number:
        return QStringLiteral("number");
    case WebInputKind::Date:
        return QStringLiteral("date");
    default:
        return QStringLiteral("text");
    }
}

QString autocompleteOf(const QString& key)
{
    if (key == QLatin1String("first_name"))
        return QStringLiteral("given-name");
    if (key == QLatin1String("last_name"))
        return QStringLiteral("family-name");
    if (key == QLatin1String("middle_name"))
        return QStringLiteral("additional-name");
    if (key == QLatin1String("contact_email"))
        return QStringLiteral("email");
    if (key == QLatin1String("contact_phone"))
        return QStringLiteral("tel");
    if (key == QLatin1String("company_name"))
        return QStringLiteral("organization");
    if (key == QLatin1String("company_website"))
        return QStringLiteral("url");
    if (key == QLatin1String("city"))
        return QStringLiteral("address-level2");
    return {};
}

QString fieldHtml(const WebFormField& field, const WebFormView& view)
{
    const QString id = idOf(field.key);
    const QString name = escaped(field.key);
    const QString value = view.values.value(field.key);
    const QString error = view.errors.value(field.key);
    QStringList describedBy;
    if (!field.hint.isEmpty())
        describedBy << id + QStringLiteral("-hint");
    if (!error.isEmpty())
        describedBy << id + QStringLiteral("-error");
    QString common = QStringLiteral(" id=\"%1\" name=\"%2\"").arg(id, name);
    if (field.required)
        common += QStringLiteral(" required aria-required=\"true\"");
    if (!error.isEmpty())
        common += QStringLiteral(" aria-invalid=\"true\"");
    if (!describedBy.isEmpty())
        common +=
            QStringLiteral(" aria-describedby=\"%1\"").arg(describedBy.join(QLatin1Char(' ')));
    const QString requiredMark = field.required
                                     ? QStringLiteral(" <span class=\"required\">(%1)</span>")
                                           .arg(escaped(WebFormPage::tr("required")))
                                     : QString();
    QString html = QStringLiteral("<div class=\"field\">\n");
    if (field.kind == WebInputKind::Checkbox) {
        html += QStringLiteral("<input type=\"checkbox\" value=\"yes\"%1%2>\n"
                               "<label for=\"%3\">%4%5</label>\n")
                    .arg(common,
                         view.values.contains(field.key) ? QStringLiteral(" checked") : QString(),
                         id, escaped(field.label), requiredMark);
    } else {
        html += QStringLiteral("<label for=\"%1\">%2%3</label>\n")
                    .arg(id, escaped(field.label), requiredMark);
        if (field.kind == WebInputKind::TextArea) {
            html += QStringLiteral("<textarea rows=\"6\"%1%2>%3</textarea>\n")
                        .arg(common,
                             field.maxLength > 0
                                 ? QStringLiteral(" maxlength=\"%1\"").arg(field.maxLength)
                                 : QString(),
                             escaped(value));
        } else if (field.kind == WebInputKind::Choice) {
            html += QStringLiteral("<select%1>\n<option value=\"\">%2</option>\n")
                        .arg(common, escaped(WebFormPage::tr("Choose…")));
            for (qsizetype i = 0; i < field.choices.size(); ++i) {
                const QString choiceValue = field.choiceValues.value(i);
                html += QStringLiteral("<option value=\"%1\"%2>%3</option>\n")
                            .arg(escaped(choiceValue),
                                 choiceValue == value ? QStringLiteral(" selected") : QString(),
                                 escaped(field.choices.at(i)));
            }
            html += QStringLiteral("</select>\n");
        } else {
            QString attributes = QStringLiteral(" type=\"%1\"").arg(inputType(field.kind));
            if (field.maxLength > 0)
                attributes += QStringLiteral(" maxlength=\"%1\"").arg(field.maxLength);
            if (!field.pattern.isEmpty())
                attributes += QStringLiteral(" pattern=\"%1\"").arg(escaped(field.pattern));
            if (field.kind == WebInputKind::Number)
                attributes += QStringLiteral(" step=\"any\"");
            if (const QString autocomplete = autocompleteOf(field.key); !autocomplete.isEmpty())
                attributes += QStringLiteral(" autocomplete=\"%1\"").arg(autocomplete);
            html += QStringLiteral("<input%1%2 value=\"%3\">\n")
                        .arg(attributes, common, escaped(value));
        }
    }
    if (!field.hint.isEmpty())
        html += QStringLiteral("<p class=\"hint\" id=\"%1-hint\">%2</p>\n")
                    .arg(id, escaped(field.hint));
    if (!error.isEmpty())
        html +=
            QStringLiteral("<p class=\"error\" id=\"%1-error\">%2</p>\n").arg(id, escaped(error));
    return html + QStringLiteral("</div>\n");
}

} // namespace

QByteArray WebFormPage::render(const WebFormView& view)
{
    const QString heading = tr("Request about %1").arg(view.title);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">\n<title>%2</title>\n<style>\n"
                                  "body{font-family:sans-serif;max-width:40em;margin:1em auto;"
                                  "padding:0 1em;line-height:1.4}\n"
                                  ".field{margin:0 0 1em}\nlabel{display:block;font-weight:bold}\n"
                                  "input[type=checkbox]+label{display:inline}\n"
                                  "input,select,textarea{width:100%;box-sizing:border-box;"
                                  "font:inherit;padding:.3em}\ninput[type=checkbox]{width:auto}\n"
                                  "button{font:inherit;padding:.4em 1.5em}\n"
                                  ".hint{margin:.2em 0;font-size:.9em}\n"
                                  ".error{margin:.2em 0;font-weight:bold;color:#a00}\n"
                                  "[role=alert]{border:2px solid #a00;padding:.5em 1em}\n"
                                  "</style>\n</head>\n<body>\n<main>\n<h1>%3</h1>\n")
                       .arg(escaped(view.language.isEmpty() ? QStringLiteral("en") : view.language),
                            escaped(heading), escaped(heading));
    if (view.received) {
        html +=
            QStringLiteral("<p role=\"status\">%1</p>\n<p><a href=\"%2\">%3</a></p>\n")
                .arg(
                    escaped(tr("Thank you: %1 has received your request.").arg(view.recipientName)),
                    escaped(view.action), escaped(tr("Send another request")));
        return (html + QStringLiteral("</main>\n</body>\n</html>\n")).toUtf8();
    }
    if (!view.errors.isEmpty() || !view.generalError.isEmpty()) {
        html += QStringLiteral("<div role=\"alert\" tabindex=\"-1\">\n<h2>%1</h2>\n<ul>\n")
                    .arg(escaped(tr("Please correct the following")));
        if (!view.generalError.isEmpty())
            html += QStringLiteral("<li>%1</li>\n").arg(escaped(view.generalError));
        for (const WebFormField& field : view.fields)
            if (const QString error = view.errors.value(field.key); !error.isEmpty())
                html += QStringLiteral("<li><a href=\"#%1\">%2: %3</a></li>\n")
                            .arg(idOf(field.key), escaped(field.label), escaped(error));
        html += QStringLiteral("</ul>\n</div>\n");
    }
    html += QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("Fields marked (required) must be filled in.")));
    html += QStringLiteral("<form method=\"post\" action=\"%1\" accept-charset=\"utf-8\">\n")
                .arg(escaped(view.action));
    if (!view.submission.isEmpty())
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(WebFormPage::submissionKey, escaped(view.submission));
    for (const WebFormField& field : view.fields)
        html += fieldHtml(field, view);
    html +=
        QStringLiteral("<button type=\"submit\">%1</button>\n</form>\n</main>\n</body>\n</html>\n")
            .arg(escaped(tr("Send request")));
    return html.toUtf8();
}
