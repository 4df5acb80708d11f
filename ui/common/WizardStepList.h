#pragma once

#include <QListWidget>

class QWizard;

/// A wizard's steps as a numbered list beside its page ("1 Partner details", "2 Agreement", …),
/// the shown one selected and bold. The steps are the pages the wizard will show from its start,
/// following each page's nextId(), so a step skipped for this draft is not listed.
class WizardStepList : public QListWidget {
    Q_OBJECT

public:
    /// Becomes wizard's side widget and follows its current page.
    explicit WizardStepList(QWizard* wizard);

    /// Lists the steps again (after a choice that changes the pages ahead).
    void refresh();

private:
    QWizard* m_wizard;
};
