#pragma once

#include "session/ServerLogin.h"
#include "storage/ServerAddress.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// File → Connect to team server…: host, port, database, login and password of a team
/// workspace, a list of the servers connected to before (without passwords) and whether the
/// password is kept in the system keychain. Connect stays disabled until the fields can be used;
/// a failed connection is shown in the dialog with everything typed kept (showProblem()).
class ServerConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget* parent = nullptr);

    /// Fills the fields from address (its password too, when it has one).
    void setAddress(const ServerAddress& address);
    /// The address as typed, with the password.
    ServerAddress address() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    /// The servers offered in "Recent", newest first (display URLs, without passwords).
    void setRecent(const QStringList& urls);
    /// Says why the last attempt failed, under the fields.
    void showProblem(const QString& message);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberCheck() const { return m_remember; }
    QComboBox* recentCombo() const { return m_recent; }

private:
    void validate();
    void fitHeight();

    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_problem;
    QMap<ServerLogin::Field, QLabel*> m_reasons;
    QDialogButtonBox* m_buttons;
};
