#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QList>

class QLabel;

/// A label for assistive technology that, besides its text, has one child of role Link per
/// <a href> in its rich text: named by the link's text, the address as its value, and a press
/// action that opens the link as a click does. Qt 6.4's own label interface reports only text.
class LinkLabelAccessible : public QAccessibleWidget {
public:
    struct Link {
        QString text;
        QString href;
    };

    explicit LinkLabelAccessible(QLabel* label);
    ~LinkLabelAccessible() override;
    Q_DISABLE_COPY_MOVE(LinkLabelAccessible)

    /// Gives label this interface from now on, also when one was made already (a label's
    /// interface is cached from its first query, which may come before its links are set).
    static void enable(QLabel* label);
    /// The links of label's text, in order.
    static QList<Link> links(const QLabel* label);
    /// Opens link href of label as a click on it would.
    static void activate(QLabel* label, const QString& href);

    QString text(QAccessible::Text type) const override;
    QList<QPair<QAccessibleInterface*, QAccessible::Relation>>
    relations(QAccessible::Relation match = QAccessible::AllRelations) const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;

private:
    QLabel* label() const;

    mutable QHash<int, QAccessible::Id> m_links;
};
