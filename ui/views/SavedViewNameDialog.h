#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for the name of a saved view (Save view…, Rename…). OK hands the name to submit; when
/// submit fails its message shows in the dialog and the dialog stays open with the name typed.
class SavedViewNameDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const QString& name)>;

    SavedViewNameDialog(const QString& title, const QString& intro, const QString& okText,
                        const QString& name, Submit submit, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateProblem();
    void showProblem(const QString& problem);

    QLineEdit* m_name;
    QLabel* m_counter;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    Submit m_submit;
};
