#pragma once

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

/// The labels of the Partner details window and its tabs: values that wrap anywhere in a long
/// word and read as themselves, links that Tab and Enter reach, and form rows.
class PartnerDetailsLabels {
    Q_DECLARE_TR_FUNCTIONS(PartnerDetailsLabels)

public:
    /// text with zero-width spaces that let long addresses and other long words wrap: after
    /// punctuation, and at least every 30 characters.
    static QString wrappable(const QString& text);
    /// A plain, selectable, word-wrapped value, or a grey dash when empty. A screen reader
    /// reads the value itself and then what it is (caption).
    static QLabel* value(const QString& value, const QString& name, const QString& caption,
                         QWidget* parent);
    /// A label with one external link (website, e-mail, video) that Tab and Enter reach.
    static QLabel* link(const QString& text, const QString& href, const QString& name,
                        const QString& toolTip, QWidget* parent);
    /// Adds "label:" bound to buddy (or field) and field to form.
    static void addRow(QFormLayout* form, const QString& label, QWidget* field,
                       QWidget* buddy = nullptr);
};
