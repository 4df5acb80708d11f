#pragma once

#include "common/Result.h"
#include "integrations/ApiKey.h"

#include <QDialog>

#include <functional>

class InlineMessage;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

/// New API key…: asks what the key is for (its name), then creates it through submit and shows
/// the key once, read-only, with Copy and the warning that it will not be shown again. When
/// submit fails its reason shows in the dialog, which stays open with the name typed.
class NewApiKeyDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Result<NewApiKey>(const QString& name)>;

    explicit NewApiKeyDialog(Submit submit, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    InlineMessage* problemLabel() const { return m_problem; }
    QLineEdit* tokenEdit() const { return m_token; }
    QPushButton* copyButton() const { return m_copy; }
    InlineMessage* onceNote() const { return m_onceNote; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// Whether the key was created (the dialog then shows it).
    bool isShowingKey() const;

    /// Creates the key (first step), or closes the dialog once the key is shown.
    void accept() override;

signals:
    /// The key was created (before it is shown): lists of keys may reload.
    void keyCreated(const QString& keyId);

private:
    void showKey(const NewApiKey& created);

    Submit m_submit;
    QWidget* m_namePage;
    QWidget* m_keyPage;
    QLineEdit* m_name;
    InlineMessage* m_problem;
    QLineEdit* m_token;
    QPushButton* m_copy;
    InlineMessage* m_onceNote;
    QDialogButtonBox* m_buttons;
};
