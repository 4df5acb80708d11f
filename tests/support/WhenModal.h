#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Runs act on the modal dialog as soon as one is shown (for dialogs opened with exec());
/// retries for up to two seconds.
inline void whenModal(std::function<void(QWidget*)> act, int attempts = 200)
{
    QTimer::singleShot(attempts == 200 ? 0 : 10, [act = std::move(act), attempts]() mutable {
        if (QWidget* modal = QApplication::activeModalWidget())
            act(modal);
        else if (attempts > 0)
            whenModal(std::move(act), attempts - 1);
    });
}
