#pragma once

#include "common/Result.h"
#include "leads/LeadFormDraft.h"
#include "leads/VendorListing.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class CustomFieldListModel;

/// Creates or changes one lead form of the acting vendor: name, status, products, the optional
/// default fields it shows and its custom fields. Save stays disabled while the form is invalid;
/// a failed save keeps the dialog open with everything typed.
class LeadFormEditorDialog : public QDialog {
    Q_OBJECT

public:
    LeadFormEditorDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                         QWidget* parent = nullptr);

    /// Fills the dialog with the stored form formId, or with a new form when formId is empty.
    Result<void> load(const QString& formId = {});
    /// The form as the dialog shows it now.
    LeadFormDraft draft() const;
    /// The id of the form after a successful save, else empty.
    QString savedId() const { return m_savedId; }

private:
    QLayout* createNameRows();
    QLayout* createListingsColumn();
    QLayout* createDefaultFieldsColumn();
    QLayout* createCustomFieldsColumn();
    void orderTabs();

    void fillListings(const QStringList& checkedIds);
    void fillDefaultFields(const LeadFormSchema& schema);
    int currentCustomRow() const;
    void setCurrentCustomRow(int row);
    void showCustomField(int row);
    void updateCustomButtons();
    void addCustomField();
    void removeCustomField();
    void moveCustomField(int offset);
    void editCurrentField(const std::function<void(CustomField&)>& change);
    QStringList otherFieldIds(int row) const;

    void validate();
    void save();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_formId;
    qint64 m_rowVersion = 0; ///< the form's version when it was read
    QString m_savedId;
    QList<VendorListing> m_listings;
    QList<bool> m_autoIds; ///< per custom field: its key still follows its title
    QSet<QString> m_touched;
    bool m_filling = false;

    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_nameReason = nullptr;
    QLabel* m_idLabel = nullptr;
    QCheckBox* m_activeCheck = nullptr;
    QListWidget* m_listingsList = nullptr;
    QLabel* m_listingsReason = nullptr;
    QListWidget* m_defaultFieldsList = nullptr;
    CustomFieldListModel* m_customModel = nullptr;
    QTableView* m_customTable = nullptr;
    QLabel* m_customReason = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_upButton = nullptr;
    QPushButton* m_downButton = nullptr;
    QWidget* m_fieldEditor = nullptr;
    QLineEdit* m_fieldIdEdit = nullptr;
    QLineEdit* m_fieldTitleEdit = nullptr;
    QComboBox* m_fieldTypeCombo = nullptr;
    QCheckBox* m_fieldRequiredCheck = nullptr;
    QPlainTextEdit* m_fieldChoicesEdit = nullptr;
    QLabel* m_saveReason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
