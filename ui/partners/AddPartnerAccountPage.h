#pragma once

#include "partners/AddPartnerWizardPage.h"

class QCheckBox;
class QListWidget;

/// Step 7, "Account details" (Create partner account): the users added to the new account, with
/// "Select all"; Add writes everything.
class AddPartnerAccountPage : public AddPartnerWizardPage {
    Q_OBJECT

public:
    explicit AddPartnerAccountPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QListWidget* list() const { return m_list; }
    QCheckBox* selectAll() const { return m_selectAll; }

private:
    QStringList checkedUsers() const;

    QCheckBox* m_selectAll;
    QListWidget* m_list;
};
