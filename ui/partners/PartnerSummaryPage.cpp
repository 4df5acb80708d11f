#include "partners/PartnerSummaryPage.h"

#include "partners/AddPartnerWizard.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString link(const QString& type, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(type, id, text.toHtmlEscaped());
}
} // namespace

PartnerSummaryPage::PartnerSummaryPage(QWidget* parent)
    : PartnerWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_linkRow(new QWidget(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("partnerSummaryPage"));
    setTitle(tr("Summary"));
    m_summary->setObjectName(QStringLiteral("partnerSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Created partner"));
    m_link->setObjectName(QStringLiteral("activationLinkEdit"));
    m_link->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyActivationLinkButton"));
    auto* linkLabel = new QLabel(tr("Activation &link:"), m_linkRow);
    linkLabel->setBuddy(m_link);
    auto* row = new QHBoxLayout(m_linkRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(linkLabel);
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    content()->addWidget(m_summary);
    content()->addWidget(m_linkRow);
    content()->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& target) {
        emit partnerWizard()->objectLinkActivated(target.section(QLatin1Char(':'), 0, 0),
                                                  target.section(QLatin1Char(':'), 1));
    });
}

void PartnerSummaryPage::initializePage()
{
    const PartnerCreation& created = partnerWizard()->creation();
    const PartnerDraft& draft = partnerWizard()->draft();
    const bool invited = !created.activationLink.isEmpty();
    setSubTitle(invited ? tr("Pass the activation link to your partner: it completes the "
                             "registration and signs the contract.")
                        : tr("The partner account is active and its contract signed."));
    QString html = QStringLiteral("<p><b>%1</b>: %2 (%3) \u2014 %4</p>")
                       .arg(tr("Partner").toHtmlEscaped(),
                            link(QStringLiteral("account"), created.accountId, draft.name.trimmed()),
                            created.accountId.toHtmlEscaped(),
                            partnerStatuses.labelForKey(created.partnerStatusKey).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Agreements").toHtmlEscaped());
    for (const PartnerCreation::Item& item : created.agreements)
        html += QStringLiteral("<li>%1 %2 (%3)</li>")
                    .arg(agreementTypes.labelForKey(item.typeKey).toHtmlEscaped(),
                         link(QStringLiteral("agreement"), item.id, item.name),
                         (item.created ? tr("created") : tr("selected")).toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("Contracts").toHtmlEscaped());
    for (const PartnerCreation::Item& item : created.contracts)
        html += QStringLiteral("<li>%1 %2 \u2014 %3</li>")
                    .arg(agreementTypes.labelForKey(item.typeKey).toHtmlEscaped(),
                         link(QStringLiteral("contract"), item.id, item.id),
                         contractStatuses.labelForKey(item.statusKey).toHtmlEscaped());
    m_summary->setText(html + QStringLiteral("</ul>"));
    m_link->setText(created.activationLink);
    m_linkRow->setVisible(invited);
    m_copy->setText(tr("&Copy"));
}
