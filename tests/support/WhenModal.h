#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
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

/// Answers Yes to the question box shown next, then keeps the text of the message box that
/// follows it (the warning of a refused action) in shown and closes that with OK.
inline void answerYesThenRead(QString& shown)
{
    whenModal([&shown](QWidget* modal) {
        auto* question = qobject_cast<QMessageBox*>(modal);
        if (!question)
            return;
        question->button(QMessageBox::Yes)->click();
        whenModal([&shown](QWidget* next) {
            if (auto* box = qobject_cast<QMessageBox*>(next)) {
                shown = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
    });
}
