#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for the name of a reference list entry (Add…, Rename…). OK hands the name to submit;
/// when submit fails its reason shows in the dialog, which stays open with the name typed.
class ReferenceNameDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const QString& name)>;

    ReferenceNameDialog(const QString& title, const QString& name, Submit submit,
                        QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    QLineEdit* m_name;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    Submit m_submit;
};
