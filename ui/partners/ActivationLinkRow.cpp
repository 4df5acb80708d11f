#include "partners/ActivationLinkRow.h"

#include "common/DisplayFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

ActivationLinkRow::ActivationLinkRow(QWidget* parent)
    : QWidget(parent)
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_expiry(new QLabel(this))
{
    setObjectName(QStringLiteral("activationLinkRow"));
    m_link->setObjectName(QStringLiteral("activationLinkEdit"));
    m_link->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyActivationLinkButton"));
    m_expiry->setObjectName(QStringLiteral("activationLinkExpiryLabel"));
    m_expiry->setTextFormat(Qt::PlainText);
    m_expiry->setWordWrap(true);
    auto* linkLabel = new QLabel(tr("Activation &link:"), this);
    linkLabel->setObjectName(QStringLiteral("activationLinkLabel"));
    linkLabel->setBuddy(m_link);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(linkLabel, 0, 0);
    grid->addWidget(m_link, 0, 1);
    grid->addWidget(m_copy, 0, 2);
    grid->addWidget(m_expiry, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copy->setText(tr("Copied"));
    });
}

void ActivationLinkRow::setLink(const QString& link, qint64 expiresAt)
{
    m_link->setText(link);
    m_link->setCursorPosition(0);
    m_copy->setText(tr("&Copy"));
    m_expiry->setText(expiresAt > 0
                          ? tr("The link works once and expires on %1 at %2.")
                                .arg(DisplayFormat::date(expiresAt), DisplayFormat::time(expiresAt))
                          : QString());
    m_expiry->setVisible(expiresAt > 0);
}
