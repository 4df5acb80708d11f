#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

/// Asks the vendor why a lead is disqualified; the reason is required (SPEC 3.1).
class DisqualifyDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisqualifyDialog)

public:
    explicit DisqualifyDialog(const QString& leadName, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);

private:
    void validate();

    QPlainTextEdit* m_reason;
    QLabel* m_counter;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
