#include "leads/LeadSummaryPage.h"

#include "leads/CreateLeadWizard.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QString link(const QString& type, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(type, id, text.toHtmlEscaped());
}

} // namespace

LeadSummaryPage::LeadSummaryPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("leadSummaryPage"));
    setTitle(tr("Summary"));
    m_intro->setObjectName(QStringLiteral("leadSummaryIntro"));
    m_intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("leadSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setAccessibleName(tr("Created lead"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& target) {
        emit static_cast<CreateLeadWizard*>(wizard())->objectLinkActivated(
            target.section(QLatin1Char(':'), 0, 0), target.section(QLatin1Char(':'), 1));
    });
}

void LeadSummaryPage::initializePage()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    const auto lead = LeadDirectory::find(leadWizard->database(), leadWizard->acting(),
                                          leadWizard->leadId());
    if (!lead) {
        m_intro->setText(lead.error().message);
        m_summary->clear();
        return;
    }
    m_intro->setText(tr("The lead has been created. It is now available in both the distributor "
                        "portal and the vendor (product owner) portal. Open any of the links below "
                        "in a window of its own."));
    const QList<std::pair<QString, QString>> rows = {
        {tr("Lead"), link(QStringLiteral("lead"), lead->id, lead->name) + QStringLiteral(" (")
                         + lead->id.toHtmlEscaped() + QLatin1Char(')')},
        {tr("Status"), leadStatuses.labelForKey(lead->statusKey).toHtmlEscaped()},
        {tr("Lead source"), leadSources.labelForKey(lead->sourceKey).toHtmlEscaped()},
        {tr("Product"), link(QStringLiteral("product"), lead->productId, lead->product)},
        {tr("Marketplace"), link(QStringLiteral("marketplace"), lead->marketplaceId, lead->marketplace)},
        {tr("Vendor"), link(QStringLiteral("account"), lead->vendorAccountId, lead->vendorName)},
        {tr("Company"), link(QStringLiteral("company"), lead->companyId, lead->company)},
        {tr("Contact"), link(QStringLiteral("contact"), lead->contactId, lead->contact)},
    };
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    m_summary->setText(html + QStringLiteral("</table>"));
    m_summary->setFocus();
}
