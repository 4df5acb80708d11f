#pragma once

#include "leads/LeadCatalog.h"
#include "leads/LeadDraft.h"
#include "leads/LeadField.h"
#include "leads/LeadPrefill.h"
#include "leads/LeadValidation.h"
#include "leads/ListingContext.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class RecordPicker;

/// The Lead step's form: every default field the listing's form shows, with its mandatory and
/// conditional rules, then the form's custom fields. Each invalid field shows core's reason next
/// to it once the user has touched it (or all of them after showAllReasons()).
class LeadFormWidget : public QWidget {
    Q_OBJECT

public:
    explicit LeadFormWidget(QWidget* parent = nullptr);

    /// Builds the form for listing; clears what was typed for another listing.
    void setListing(const WorkspaceHandle& workspace, const ActingContext& acting,
                    const ListingContext& listing);
    /// Fills the fields from an existing lead (for editing).
    void setDraft(const LeadDraft& draft);
    /// Fills the fields prefill gives (after setListing), leaving the others as they are.
    void setPrefill(const LeadPrefill& prefill);
    LeadDraft draft() const;
    const LeadValidation& validation() const { return m_validation; }
    bool isValid() const { return m_validation.isValid(); }
    /// Shows the reasons of every invalid field, touched or not.
    void showAllReasons();
    /// Shows reasons core returned (e.g. a picked record that no longer exists).
    void setValidation(const LeadValidation& validation);
    /// The input widget of a default field (for tests and focus); a RecordPicker for the
    /// existing company and contact.
    QWidget* input(LeadField field) const { return m_inputs.value(field); }
    QWidget* customInput(const QString& id) const { return m_customInputs.value(id); }
    /// "To create the lead, complete: …" — a container may place it outside a scroll area.
    QLabel* summaryLabel() const { return m_summary; }
    /// Puts the form in a vertically scrolling area owned by parent and returns the area.
    class QScrollArea* inScrollArea(QWidget* parent);

signals:
    void changed();

private:
    struct Row {
        QWidget* container = nullptr;
        QLabel* reason = nullptr;
    };
    void clear();
    void build();
    Row addRow(const QString& label, bool mandatory, QWidget* input, const QString& name);
    QComboBox* addCombo(LeadField field, const QString& name,
                        const QList<struct LeadOption>& options, bool withNone);
    /// The Existing company or Existing contact picker.
    RecordPicker* addPicker(LeadField field, const QString& name);
    void addCustomField(const struct CustomField& field);
    void onCompanyChanged();
    void setReferenceValue(LeadField field, LeadCatalog::ReferenceList list, const QString& id);
    void updateVisibility();
    void revalidate();
    void touch(LeadField field);
    void watch(QWidget* input, LeadField field);

    WorkspaceHandle m_workspace;
    QString m_contactsCompanyId;      ///< the company whose contacts the contact picker offers
    QString m_chosenContactCompanyId; ///< the company of the chosen contact
    ActingContext m_acting;
    ListingContext m_listing;
    QFormLayout* m_form;
    QLabel* m_summary;
    QHash<LeadField, QWidget*> m_inputs;
    QHash<LeadField, Row> m_rows;
    QHash<QString, QWidget*> m_customInputs;
    QHash<QString, Row> m_customRows;
    QSet<LeadField> m_touched;
    QSet<QString> m_touchedCustom;
    bool m_showAll = false;
    bool m_filling = false;
    LeadValidation m_validation;
};
