#include "partners/AddPartnerSummaryPage.h"

#include "common/DetailsParts.h"
#include "common/ObjectWindow.h"
#include "partners/AddPartnerWizard.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"

#include <QLabel>
#include <QVBoxLayout>

AddPartnerSummaryPage::AddPartnerSummaryPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_linkRow(new ActivationLinkRow(this))
{
    setObjectName(QStringLiteral("partnerSummaryPage"));
    setTitle(tr("Summary"));
    content()->addWidget(m_linkRow);
    content()->addStretch(1);
}

void AddPartnerSummaryPage::initializePage()
{
    const PartnerCreation& created = partnerWizard()->creation();
    const PartnerDraft& draft = partnerWizard()->draft();
    const bool invited = !created.activationLink.isEmpty();
    setSubTitle(invited ? tr("Pass the activation link to your partner: it completes the "
                             "registration and signs the contract.")
                        : tr("The partner account is active and its contract signed."));
    delete m_summary;
    m_summary = new QWidget(this);
    m_summary->setObjectName(QStringLiteral("partnerSummary"));
    m_summary->setAccessibleName(tr("Created partner"));
    content()->insertWidget(0, m_summary);
    auto* rows = new QVBoxLayout(m_summary);
    rows->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    auto link = [this, &index](const QString& type, const QString& id, const QString& text) {
        QLabel* label =
            DetailsParts::linkLabel(text, ObjectWindow::link(type, id),
                                    QStringLiteral("partnerSummaryLink%1").arg(index++), m_summary);
        connect(label, &QLabel::linkActivated, this, [this](const QString& target) {
            emit partnerWizard()->objectLinkActivated(target.section(QLatin1Char(':'), 0, 0),
                                                      target.section(QLatin1Char(':'), 1));
        });
        return label;
    };
    auto text = [this, &index](const QString& value) {
        return DetailsParts::textLabel(value, QStringLiteral("partnerSummaryText%1").arg(index++),
                                       m_summary);
    };
    auto heading = [this, rows](const QString& title, const QString& name) {
        auto* label = new QLabel(tr("<b>%1</b>").arg(title.toHtmlEscaped()), m_summary);
        label->setObjectName(name);
        rows->addWidget(label);
    };
    auto* partner = new QLabel(tr("<b>%1</b>").arg(tr("Partner:").toHtmlEscaped()), m_summary);
    partner->setObjectName(QStringLiteral("partnerSummaryPartnerCaption"));
    QLabel* partnerLink = link(QStringLiteral("account"), created.accountId, draft.name.trimmed());
    partner->setBuddy(partnerLink);
    rows->addWidget(DetailsParts::row(
        {partner, partnerLink, text(tr("(%1)").arg(created.accountId)),
         text(tr("\u2014 %1").arg(partnerStatuses.labelForKey(created.partnerStatusKey)))},
        m_summary));
    heading(tr("Agreements"), QStringLiteral("partnerSummaryAgreementsHeading"));
    for (const PartnerCreation::Item& item : created.agreements)
        rows->addWidget(
            DetailsParts::row({text(tr("\u2022 %1").arg(agreementTypes.labelForKey(item.typeKey))),
                               link(QStringLiteral("agreement"), item.id, item.name),
                               text(item.created ? tr("(created)") : tr("(selected)"))},
                              m_summary));
    heading(tr("Contracts"), QStringLiteral("partnerSummaryContractsHeading"));
    for (const PartnerCreation::Item& item : created.contracts)
        rows->addWidget(DetailsParts::row(
            {text(tr("\u2022 %1").arg(agreementTypes.labelForKey(item.typeKey))),
             link(QStringLiteral("contract"), item.id, item.id),
             text(tr("\u2014 %1").arg(contractStatuses.labelForKey(item.statusKey)))},
            m_summary));
    m_linkRow->setLink(created.activationLink, created.invitationExpiresAt);
    m_linkRow->setVisible(invited);
}
