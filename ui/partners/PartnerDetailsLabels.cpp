#include "partners/PartnerDetailsLabels.h"

#include "common/DetailsParts.h"

#include "common/ObjectWindow.h"

#include <QFormLayout>
#include <QLabel>

namespace {

constexpr qsizetype longWord = 30;

} // namespace

QString PartnerDetailsLabels::wrappable(const QString& text)
{
    static const QString punctuation = QStringLiteral("/.@-_?&=,;");
    QString result;
    result.reserve(text.size() + text.size() / 8);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i).isSpace()) {
            result += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < size && !text.at(end).isSpace())
            ++end;
        if (end - i <= longWord) {
            result += text.mid(i, end - i);
            i = end;
            continue;
        }
        // Only words that are long as a whole get break opportunities.
        qsizetype sinceBreak = 0;
        for (; i < end; ++i) {
            result += text.at(i);
            ++sinceBreak;
            if (i + 1 < end && (punctuation.contains(text.at(i)) || sinceBreak >= longWord)) {
                result += QChar(0x200B);
                sinceBreak = 0;
            }
        }
    }
    return result;
}

QLabel* PartnerDetailsLabels::value(const QString& value, const QString& name,
                                    const QString& caption, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleDescription(caption);
    if (value.trimmed().isEmpty()) {
        DetailsParts::showEmpty(label);
    } else {
        label->setText(wrappable(value));
        label->setAccessibleName(value);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return label;
}

QLabel* PartnerDetailsLabels::link(const QString& text, const QString& href, const QString& name,
                                   const QString& toolTip, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    ObjectWindow::setLink(label, wrappable(text), href);
    label->setOpenExternalLinks(true);
    label->setAccessibleName(text);
    label->setToolTip(toolTip);
    return label;
}

void PartnerDetailsLabels::addRow(QFormLayout* form, const QString& label, QWidget* field,
                                  QWidget* buddy)
{
    auto* caption = new QLabel(tr("%1:").arg(label), field->parentWidget());
    caption->setObjectName(field->objectName() + QStringLiteral("Label"));
    caption->setBuddy(buddy ? buddy : field);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(caption, field);
}
