#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>

class QLabel;

/// A label that shows a link, for assistive technology: a Link whose name is the text it shows
/// and whose press action opens the link as Enter or a click does (Qt 6.4 offers a rich-text
/// label as static text whose link cannot be found or followed).
class LinkLabelAccessible : public QAccessibleWidget {
public:
    explicit LinkLabelAccessible(QLabel* label);

    /// Gives label this interface; call before anything asks for its interface.
    static void enable(QLabel* label);
    /// The target of the first link label shows; empty when it shows none.
    static QString firstLink(const QLabel* label);

    QAccessible::Role role() const override;
    QString text(QAccessible::Text type) const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    QLabel* label() const;
};
