#include "leads/MailDropFilter.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace {
const QString messageType = QStringLiteral("message/rfc822");
}

MailDropFilter::MailDropFilter(QWidget* target)
    : QObject(target)
    , m_target(target)
{
    setObjectName(QStringLiteral("mailDropFilter"));
    target->installEventFilter(this);
}

void MailDropFilter::setActive(bool active)
{
    m_active = active;
    m_target->setAcceptDrops(active);
}

bool MailDropFilter::readMail(const QMimeData* data, QStringList* files,
                              QList<QByteArray>* messages)
{
    if (!data)
        return false;
    if (data->hasUrls()) {
        QStringList paths;
        const QList<QUrl> urls = data->urls();
        for (const QUrl& url : urls) {
            if (!url.isLocalFile() ||
                !url.toLocalFile().endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
                return false;
            paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            *files = paths;
            return true;
        }
    }
    if (!data->hasFormat(messageType))
        return false;
    *messages = {data->data(messageType)};
    return true;
}

bool MailDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_target)
        return false;
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto* drop = static_cast<QDropEvent*>(event);
    QStringList files;
    QList<QByteArray> messages;
    const bool mail = m_active && drop->possibleActions().testFlag(Qt::CopyAction) &&
                      readMail(drop->mimeData(), &files, &messages);
    if (!mail) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    // After the drop has returned to the program it came from.
    if (type == QEvent::Drop)
        QMetaObject::invokeMethod(
            this, [this, files, messages] { emit mailDropped(files, messages); },
            Qt::QueuedConnection);
    return true;
}
