#pragma once

#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class QLabel;

/// A small window with the summary of one product, marketplace, account, company, contact or
/// opportunity (what a link in a lead or a wizard summary opens).
class ObjectWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectWindow)

public:
    ObjectWindow(WorkspaceHandle workspace, ActingContext acting, QString objectType, QString id,
                 QWidget* parent = nullptr);

    /// Shows the window for the object, raising the one already open for it as acting.
    static ObjectWindow* open(WorkspaceHandle workspace, ActingContext acting, QString objectType,
                              QString id, QWidget* parent);
    /// "type:id", the href of a link that open() understands.
    static QString link(const QString& objectType, const QString& id);
    /// Opens what link() made; ignores other links.
    static ObjectWindow* openLink(WorkspaceHandle workspace, ActingContext acting,
                                  const QString& href, QWidget* parent);
    /// Makes label show text as one link to href that Tab reaches in one step and Enter opens
    /// (emitting linkActivated, or opening the browser when label opens external links).
    static void setLink(QLabel* label, const QString& text, const QString& href);

    QString objectType() const { return m_objectType; }
    QString objectId() const { return m_id; }
    QString accountId() const { return m_acting.accountId; }

    void reload();

private:
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_objectType;
    QString m_id;
    QWidget* m_content = nullptr;
};
