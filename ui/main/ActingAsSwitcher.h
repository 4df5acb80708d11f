#pragma once

#include "session/ActingContext.h"

#include <QList>
#include <QWidget>

class QComboBox;

/// Toolbar control choosing the user and account the app acts as.
class ActingAsSwitcher : public QWidget {
    Q_OBJECT

public:
    explicit ActingAsSwitcher(QWidget* parent = nullptr);

    void setContexts(const QList<ActingContext>& contexts);
    /// Selects the context without emitting actingChosen; false if there is no such membership.
    bool select(const QString& userId, const QString& accountId);
    ActingContext current() const;
    QComboBox* combo() const { return m_combo; }

    static QString describe(const ActingContext& context);

signals:
    void actingChosen(const ActingContext& context);

private:
    QComboBox* m_combo;
    QList<ActingContext> m_contexts;
};
