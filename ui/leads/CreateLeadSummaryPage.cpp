#include "leads/CreateLeadSummaryPage.h"

#include "common/DetailsParts.h"
#include "common/ObjectWindow.h"
#include "leads/CreateLeadWizard.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

CreateLeadSummaryPage::CreateLeadSummaryPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("leadSummaryPage"));
    setTitle(tr("Summary"));
    m_intro->setObjectName(QStringLiteral("leadSummaryIntro"));
    m_intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addStretch(1);
}

void CreateLeadSummaryPage::initializePage()
{
    delete m_summary;
    m_summary = new QWidget(this);
    m_summary->setObjectName(QStringLiteral("leadSummary"));
    m_summary->setAccessibleName(tr("Created lead"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_summary);

    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    const auto lead =
        LeadDirectory::find(leadWizard->workspace(), leadWizard->acting(), leadWizard->leadId());
    if (!lead) {
        m_intro->setText(lead.error().message);
        return;
    }
    m_intro->setText(tr("The lead has been created. It is now available in both the distributor "
                        "portal and the vendor (product owner) portal. Open any of the links below "
                        "in a window of its own."));
    auto* form = new QFormLayout(m_summary);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    auto link = [this](const QString& type, const QString& id, const QString& text) {
        QLabel* label = DetailsParts::linkLabel(text, ObjectWindow::link(type, id),
                                                QStringLiteral("leadSummary_") + type, m_summary);
        connect(label, &QLabel::linkActivated, this, [this](const QString& target) {
            emit static_cast<CreateLeadWizard*>(wizard())->objectLinkActivated(
                target.section(QLatin1Char(':'), 0, 0), target.section(QLatin1Char(':'), 1));
        });
        return label;
    };
    auto text = [this](const QString& value, const QString& name) {
        return DetailsParts::textLabel(value, QStringLiteral("leadSummary_") + name, m_summary);
    };
    auto addRow = [this, form](const QString& caption, QList<QLabel*> parts) {
        auto* label = new QLabel(tr("<b>%1</b>").arg(caption.toHtmlEscaped()), m_summary);
        label->setObjectName(parts.first()->objectName() + QStringLiteral("Caption"));
        label->setBuddy(parts.first());
        form->addRow(label, DetailsParts::row(parts, m_summary));
    };
    addRow(tr("Lead"), {link(QStringLiteral("lead"), lead->id, lead->name),
                        text(tr("(%1)").arg(lead->id), QStringLiteral("leadId"))});
    addRow(tr("Status"),
           {text(leadStatuses.labelForKey(lead->statusKey), QStringLiteral("status"))});
    addRow(tr("Lead source"),
           {text(leadSources.labelForKey(lead->sourceKey), QStringLiteral("source"))});
    addRow(tr("Product"), {link(QStringLiteral("product"), lead->productId, lead->product)});
    addRow(tr("Marketplace"),
           {link(QStringLiteral("marketplace"), lead->marketplaceId, lead->marketplace)});
    addRow(tr("Vendor"),
           {link(QStringLiteral("account"), lead->vendorAccountId, lead->vendorName)});
    addRow(tr("Company"), {link(QStringLiteral("company"), lead->companyId, lead->company)});
    addRow(tr("Contact"), {link(QStringLiteral("contact"), lead->contactId, lead->contact)});
    form->itemAt(0, QFormLayout::FieldRole)->widget()->findChild<QLabel*>()->setFocus();
}
