#include "common/DetailsParts.h"

#include "common/CellText.h"
#include "common/ObjectWindow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

QFormLayout* DetailsParts::newForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

QLabel* DetailsParts::note(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QVBoxLayout* DetailsParts::replaceContent(QWidget* window, QWidget*& content, const QString& name)
{
    if (content) {
        content->hide();
        content->setParent(nullptr);
        content->deleteLater();
    }
    content = new QWidget(window);
    content->setObjectName(name);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

void DetailsParts::showLoadError(QVBoxLayout* content, const QString& message, const QString& name)
{
    auto* error = new QLabel(message, content->parentWidget());
    error->setObjectName(name);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(error);
    content->addStretch(1);
}

void DetailsParts::bringToFront(QWidget* window)
{
    window->showNormal();
    window->raise();
    window->activateWindow();
}

QLabel* DetailsParts::title(const QString& text, const QString& name, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* DetailsParts::identifier(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QPushButton* DetailsParts::addCloseButton(QWidget* window, QVBoxLayout* content,
                                          const QString& name)
{
    auto* close = new QPushButton(tr("Close"), content->parentWidget());
    close->setObjectName(name);
    close->setAutoDefault(true);
    QObject::connect(close, &QPushButton::clicked, window, &QWidget::close);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    content->addLayout(bottom);
    return close;
}

void DetailsParts::alignCaptions(QWidget* page)
{
    QList<QLabel*> captions;
    const auto labels = page->findChildren<QLabel*>();
    for (QLabel* label : labels)
        if (label->buddy())
            captions << label;
    int width = 0;
    for (const QLabel* caption : std::as_const(captions))
        width = qMax(width, caption->sizeHint().width());
    for (QLabel* caption : std::as_const(captions))
        caption->setMinimumWidth(width);
}

QLabel* DetailsParts::linkLabel(const QString& text, const QString& href, const QString& name,
                                QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    ObjectWindow::setLink(label, text, href);
    label->setAccessibleName(text); // the text without the zero-width space before the link
    return label;
}

void DetailsParts::showEmpty(QLabel* label)
{
    label->setText(CellText::empty());
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAccessibleDescription(tr("empty"));
}

QLabel* DetailsParts::textLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* DetailsParts::row(const QList<QLabel*>& parts, QWidget* parent)
{
    auto* row = new QWidget(parent);
    row->setObjectName(parts.first()->objectName() + QStringLiteral("Row"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel* part : parts)
        layout->addWidget(part);
    layout->addStretch(1);
    return row;
}
