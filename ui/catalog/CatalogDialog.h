#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

/// The frame of the catalog editors: labelled fields, each with its reason under it (from
/// core's validation, after the first change), a reason for a failed save, Save (Enter) and
/// Cancel (Esc). Save is one core call; the dialog stays open with what was typed when it fails.
class CatalogDialog : public QDialog {
    Q_OBJECT

public:
    /// name is the object name ("productDialog"); children are named after it.
    CatalogDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                  const QString& name, QWidget* parent = nullptr);

    /// The created or edited object once accepted.
    QString savedId() const { return m_savedId; }
    QPushButton* saveButton() const;
    /// The reason shown under the field key (empty when none is shown).
    QString reasonText(const QString& key) const;

protected:
    const WorkspaceHandle& workspace() const { return m_workspace; }
    /// Adds a row "label: field" with a reason label for key under the field.
    void addField(const QString& label, QWidget* field, const QString& key);
    /// The label of the field key.
    QLabel* fieldLabel(const QString& key) const { return m_labels.value(key); }
    /// Shows every field's reason from now on, and updates them and Save.
    void validate();
    /// Calls validate() when the user changes something.
    void watch();

    void showEvent(QShowEvent* event) override;

    /// Core's reasons for the fields as entered.
    virtual QMap<QString, QString> reasons() const = 0;
    /// Writes the object (one core call); returns its ID.
    virtual Result<QString> write() = 0;

    ActingContext m_acting;
    bool m_showReasons = false;

private:
    void save();

    WorkspaceHandle m_workspace;
    QString m_savedId;
    QFormLayout* m_form;
    QMap<QString, QLabel*> m_reasons;
    QMap<QString, QLabel*> m_labels;
    QLabel* m_saveReason;
    QDialogButtonBox* m_buttons;
    QWidget* m_firstField = nullptr;
};
