#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

/// Lets customers' e-mails be dropped onto a widget (the Leads directory): local .eml files, or
/// a message/rfc822 message dragged from a mail program. Any other drag is refused and changes
/// nothing; a drop is always a copy, so the source never deletes what was dropped.
class MailDropFilter : public QObject {
    Q_OBJECT

public:
    /// Watches target's drag and drop events (target accepts drops while this is active).
    explicit MailDropFilter(QWidget* target);

    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// What data holds when it is e-mail only: the .eml files (every URL must be one) or the
    /// message; false for anything else.
    static bool readMail(const QMimeData* data, QStringList* files, QList<QByteArray>* messages);

signals:
    void mailDropped(const QStringList& files, const QList<QByteArray>& messages);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_target;
    bool m_active = false;
};
