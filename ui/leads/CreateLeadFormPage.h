#pragma once

#include "leads/ListingContext.h"

#include <QWizardPage>

class InlineMessage;
class LeadFormWidget;
class QLabel;
class QTimer;

/// Step 3: the product's lead form. Accepting it (Create) writes the lead through core; on
/// failure the page stays, with everything typed and the reasons shown.
class CreateLeadFormPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CreateLeadFormPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    LeadFormWidget* form() const { return m_form; }
    QLabel* duplicatesLabel() const { return m_duplicates; }
    QLabel* errorLabel() const { return m_error; }
    /// Where the prefilled values come from (LeadPrefill::note); hidden without one.
    InlineMessage* prefillNote() const { return m_prefillNote; }

private:
    void findDuplicates();

    LeadFormWidget* m_form;
    InlineMessage* m_prefillNote;
    QLabel* m_duplicates;
    QLabel* m_error;
    QTimer* m_duplicateTimer;
    ListingContext m_listing;
    bool m_loaded = false;
};
