#pragma once

#include <QWizardPage>

class AddPartnerWizard;
class QLabel;
class QVBoxLayout;

/// A step of the Add partner wizard: knows its wizard, skips by the wizard's rules, and has an
/// error line at the bottom.
class AddPartnerWizardPage : public QWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerWizardPage(QWidget* parent = nullptr);

    int nextId() const override;
    QLabel* errorLabel() const { return m_error; }

protected:
    AddPartnerWizard* partnerWizard() const;
    /// The page's content goes here, above the error line.
    QVBoxLayout* content() const { return m_content; }
    /// A red reason label for a field, hidden while empty.
    QLabel* reasonLabel(const QString& objectName);
    static void showReason(QLabel* label, const QString& reason);

private:
    QVBoxLayout* m_content;
    QLabel* m_error;
};
