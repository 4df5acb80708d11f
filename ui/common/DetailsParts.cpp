#include "common/DetailsParts.h"

#include <QFormLayout>
#include <QLabel>
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
