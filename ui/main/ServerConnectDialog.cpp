#include "main/ServerConnectDialog.h"

#include "common/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

/// A field with its reason under it, in one form row whose caption is bound to the field.
QLabel* addRow(QFormLayout* form, QWidget* field, const QString& caption, QWidget* parent)
{
    auto* reason = new InlineMessage(parent);
    reason->setObjectName(field->objectName() + QStringLiteral("Reason"));
    reason->setWordWrap(true);
    reason->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(field);
    cell->addWidget(reason);
    auto* label = new QLabel(caption, parent);
    label->setObjectName(field->objectName() + QStringLiteral("Label"));
    label->setBuddy(field);
    form->addRow(label, cell);
    return reason;
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember password in the system keychain"), this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to team server"));
    setMinimumWidth(480);
    auto* intro = new QLabel(tr("A team workspace lives on a PostgreSQL server your administrator "
                                "set up. Log in with your e-mail address and the password you "
                                "were given."),
                             this);
    intro->setObjectName(QStringLiteral("serverConnectIntro"));
    intro->setWordWrap(true);

    m_recent->setObjectName(QStringLiteral("recentServerCombo"));
    m_recent->setAccessibleName(tr("Recent team servers"));
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_login->setObjectName(QStringLiteral("serverLoginEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setPlaceholderText(tr("name@company.example"));
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setToolTip(tr("Without a keychain (for example on a server without a desktop) "
                              "ChannelDesk asks for the password each time; it never writes "
                              "it to a file."));
    m_problem->setObjectName(QStringLiteral("serverConnectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setObjectName(QStringLiteral("serverConnectForm"));
    auto* recentLabel = new QLabel(tr("R&ecent:"), this);
    recentLabel->setObjectName(QStringLiteral("recentServerComboLabel"));
    recentLabel->setBuddy(m_recent);
    form->addRow(recentLabel, m_recent);
    m_reasons.insert(ServerLogin::Field::Host, addRow(form, m_host, tr("&Server:"), this));
    m_reasons.insert(ServerLogin::Field::Port, addRow(form, m_port, tr("P&ort:"), this));
    m_reasons.insert(ServerLogin::Field::Database,
                     addRow(form, m_database, tr("&Database:"), this));
    m_reasons.insert(ServerLogin::Field::Login, addRow(form, m_login, tr("&Login:"), this));
    addRow(form, m_password, tr("&Password:"), this);
    form->addRow(QString(), m_remember);

    QPushButton* connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setObjectName(QStringLiteral("serverConnectButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("serverCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::validate);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (auto chosen = ServerAddress::parse(m_recent->itemData(index).toString())) {
            setAddress(chosen.value());
            m_password->clear();
            m_password->setFocus();
        }
    });
    setRecent({});
    setTabOrder(m_recent, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_remember);
    m_host->setFocus();
    validate();
}

void ServerConnectDialog::setAddress(const ServerAddress& address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_login->setText(address.login);
    m_password->setText(address.password);
    // The first empty field gets the focus, so the user types on at once.
    for (QLineEdit* edit : {m_host, m_database, m_login, m_password})
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    m_password->setFocus();
}

ServerAddress ServerConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.login = m_login->text().trimmed();
    address.password = m_password->text();
    return address;
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ServerConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ServerConnectDialog::setRecent(const QStringList& urls)
{
    m_recent->clear();
    for (const QString& url : urls)
        m_recent->addItem(url, url);
    m_recent->setEnabled(!urls.isEmpty());
    if (urls.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}

void ServerConnectDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    fitHeight();
}

void ServerConnectDialog::fitHeight()
{
    // Grows when a reason or a problem shows (wrapped lines), so no field gets squeezed.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ServerConnectDialog::validate()
{
    const auto problems = ServerLogin::problems(address());
    const QMap<ServerLogin::Field, QWidget*> fields = {{ServerLogin::Field::Host, m_host},
                                                       {ServerLogin::Field::Port, m_port},
                                                       {ServerLogin::Field::Database, m_database},
                                                       {ServerLogin::Field::Login, m_login}};
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        QWidget* field = fields.value(it.key());
        // Empty fields say nothing yet; Connect stays disabled until they are filled.
        const auto* edit = qobject_cast<QLineEdit*>(field);
        const bool show = !edit || !edit->text().trimmed().isEmpty();
        it.value()->setText(show ? problems.value(it.key()) : QString());
        it.value()->setVisible(!it.value()->text().isEmpty());
        field->setAccessibleDescription(problems.value(it.key()));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    fitHeight();
}
