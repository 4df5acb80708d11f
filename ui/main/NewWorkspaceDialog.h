#pragma once

#include "storage/WorkspaceSetup.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for the company and first user of a new, empty workspace.
class NewWorkspaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(QWidget* parent = nullptr);

    NewWorkspaceRequest request() const;

private:
    void validate();
    QLineEdit* addField(class QFormLayout* form, const QString& label, const QString& name,
                        WorkspaceSetup::Field field);

    QLineEdit* m_accountName = nullptr;
    QComboBox* m_accountRole = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_userEmail = nullptr;
    QMap<WorkspaceSetup::Field, QLabel*> m_reasons;
    QDialogButtonBox* m_buttons = nullptr;
};
