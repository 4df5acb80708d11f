#include "common/PlainText.h"

QString PlainText::problem(const QString& text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() != QChar::Other_Control)
            continue;
        const bool lineBreakOrTab =
            c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
        if (lineBreakOrTab && lines == Lines::Multiple)
            continue;
        if (lineBreakOrTab)
            return tr("Keep it on one line, without tabs.");
        return tr("Remove the control character U+%1 (character %2).")
            .arg(c.unicode(), 4, 16, QLatin1Char('0'))
            .arg(i + 1);
    }
    return {};
}
