#pragma once

#include <QString>
#include <QStringList>

/// How a field of a published web form is typed in a browser.
enum class WebInputKind { Text, Email, Phone, Url, Number, Date, TextArea, Choice, Checkbox };

/// One input of a published web form: the lead field key it fills (as in a JSON lead), its
/// label, and the browser-side rules (the server checks the same rules again).
struct WebFormField {
    QString key;
    QString label;
    WebInputKind kind = WebInputKind::Text;
    bool required = false;
    int maxLength = 0;        ///< 0: none
    QString pattern;          ///< an HTML pattern attribute, empty for none
    QString hint;             ///< shown under the input, empty for none
    QStringList choices;      ///< Choice: the labels shown…
    QStringList choiceValues; ///< …and the values sent, in the same order
};
