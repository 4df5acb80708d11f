#include "integrations/NewApiKeyDialog.h"

#include "accounts/UserRole.h"
#include "common/InlineMessage.h"
#include "integrations/ApiKeyService.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewApiKeyDialog::NewApiKeyDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_namePage(new QWidget(this))
    , m_keyPage(new QWidget(this))
    , m_name(new QLineEdit(m_namePage))
    , m_problem(InlineMessage::create(this, QStringLiteral("newApiKeyProblem")))
    , m_token(new QLineEdit(m_keyPage))
    , m_copy(new QPushButton(tr("&Copy"), m_keyPage))
    , m_onceNote(new InlineMessage(m_keyPage, InlineMessage::Kind::Warning))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newApiKeyDialog"));
    setWindowTitle(tr("New API key"));

    // Step 1: what the key is for.
    m_namePage->setObjectName(QStringLiteral("newApiKeyNamePage"));
    m_name->setObjectName(QStringLiteral("newApiKeyNameEdit"));
    m_name->setMaxLength(ApiKeyService::maxNameLength);
    auto* nameLabel = new QLabel(tr("&Name:"), m_namePage);
    nameLabel->setObjectName(QStringLiteral("newApiKeyNameLabel"));
    nameLabel->setBuddy(m_name);
    auto* hint = new QLabel(tr("What the key is for, such as the website whose form sends the "
                               "leads (at most %1 characters). The key acts for your account as "
                               "you, with your role.")
                                .arg(ApiKeyService::maxNameLength),
                            m_namePage);
    hint->setObjectName(QStringLiteral("newApiKeyNameHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto* nameForm = new QFormLayout(m_namePage);
    nameForm->setContentsMargins(0, 0, 0, 0);
    nameForm->addRow(nameLabel, m_name);
    nameForm->addRow(hint);

    // Step 2: the key, once.
    m_keyPage->setObjectName(QStringLiteral("newApiKeyKeyPage"));
    m_token->setObjectName(QStringLiteral("newApiKeyTokenEdit"));
    m_token->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyApiKeyButton"));
    m_copy->setAutoDefault(false);
    m_onceNote->setObjectName(QStringLiteral("newApiKeyOnceNote"));
    m_onceNote->showMessage(
        tr("Copy the key now and keep it secret. ChannelDesk keeps only a "
           "fingerprint of it: you will not see it again. Programs send it in the "
           "header Authorization: Bearer KEY."),
        InlineMessage::Kind::Warning);
    auto* tokenLabel = new QLabel(tr("&Key:"), m_keyPage);
    tokenLabel->setObjectName(QStringLiteral("newApiKeyTokenLabel"));
    tokenLabel->setBuddy(m_token);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    auto* keyForm = new QFormLayout(m_keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    keyForm->addRow(tokenLabel, tokenRow);
    keyForm->addRow(m_onceNote);
    m_keyPage->hide();

    m_buttons->setObjectName(QStringLiteral("newApiKeyButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate key"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createApiKeyButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("newApiKeyCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewApiKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_copy->setText(tr("Copied"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_namePage);
    layout->addWidget(m_keyPage);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    m_name->setFocus();
}

bool NewApiKeyDialog::isShowingKey() const
{
    return !m_token->text().isEmpty();
}

void NewApiKeyDialog::accept()
{
    if (isShowingKey()) {
        QDialog::accept();
        return;
    }
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto created = m_submit(m_name->text());
    if (!created) {
        m_problem->showMessage(created.error().message);
        m_name->setFocus();
        return;
    }
    m_problem->showMessage(QString());
    emit keyCreated(created->key.id);
    showKey(created.value());
}

void NewApiKeyDialog::showKey(const NewApiKey& created)
{
    setWindowTitle(tr("New API key %1").arg(created.key.id));
    m_token->setText(created.token);
    m_token->setCursorPosition(0);
    m_namePage->hide();
    m_keyPage->show();
    // One button now: the key exists, there is nothing to cancel.
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("newApiKeyCloseButton"));
    close->setDefault(true);
    m_copy->setFocus();
}
