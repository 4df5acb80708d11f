#include "leads/CreateLeadFormPage.h"

#include "common/InlineMessage.h"
#include "common/LinkLabelAccessible.h"

#include "leads/CreateLeadWizard.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadFormWidget.h"
#include "leads/LeadService.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

CreateLeadFormPage::CreateLeadFormPage(QWidget* parent)
    : QWizardPage(parent)
    , m_form(new LeadFormWidget(this))
    , m_prefillNote(InlineMessage::create(this, QStringLiteral("prefillNote"),
                                          InlineMessage::Kind::Information))
    , m_duplicates(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("leadPage"));
    setTitle(tr("Lead"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    QScrollArea* scroll = m_form->inScrollArea(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextInteractionFlags(Qt::TextBrowserInteraction);
    LinkLabelAccessible::enable(m_duplicates);
    // A hint panel in the theme's own hint colours, so a dark palette keeps it readable.
    m_duplicates->setFrameShape(QFrame::StyledPanel);
    m_duplicates->setMargin(6);
    m_duplicates->setAutoFillBackground(true);
    m_duplicates->setBackgroundRole(QPalette::ToolTipBase);
    m_duplicates->setForegroundRole(QPalette::ToolTipText);
    m_duplicates->hide();
    m_error->setObjectName(QStringLiteral("leadCreateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prefillNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_form->summaryLabel());
    layout->addWidget(m_duplicates);
    layout->addWidget(m_error);

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(300);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CreateLeadFormPage::findDuplicates);
    connect(m_form, &LeadFormWidget::changed, this, [this] {
        m_error->hide();
        m_duplicateTimer->start();
        emit completeChanged();
    });
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString& link) {
        emit static_cast<CreateLeadWizard*>(wizard())->objectLinkActivated(
            link.section(QLatin1Char(':'), 0, 0), link.section(QLatin1Char(':'), 1));
    });
}

void CreateLeadFormPage::initializePage()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    const QString listingId = leadWizard->listingId();
    if (m_loaded && m_listing.listingId == listingId)
        return; // Back and Next keep what was typed
    auto listing = LeadCatalog::listing(leadWizard->workspace(), listingId);
    m_loaded = listing.ok();
    m_error->setVisible(!listing);
    if (!listing) {
        m_error->setText(listing.error().message);
        return;
    }
    m_listing = listing.value();
    setSubTitle(tr("%1 for %2 on %3. Fields marked * are required.")
                    .arg(m_listing.formId.isEmpty()
                             ? tr("Default lead form")
                             : tr("Lead form \u201c%1\u201d").arg(m_listing.formName),
                         m_listing.productName, m_listing.marketplaceName));
    m_prefillNote->showMessage(leadWizard->prefill().note, InlineMessage::Kind::Information);
    m_form->setListing(leadWizard->workspace(), leadWizard->acting(), m_listing);
    if (!leadWizard->prefill().isEmpty())
        m_form->setPrefill(leadWizard->prefill());
    m_duplicates->hide();
}

bool CreateLeadFormPage::isComplete() const
{
    return m_loaded && m_form->isValid();
}

bool CreateLeadFormPage::validatePage()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    LeadValidation validation;
    auto created = LeadService::create(leadWizard->workspace(), leadWizard->acting(),
                                       m_form->draft(), &validation);
    if (!created) {
        if (!validation.isValid())
            m_form->setValidation(validation);
        m_error->setText(created.error().message);
        m_error->show();
        return false;
    }
    leadWizard->setLeadId(created.value());
    return true;
}

void CreateLeadFormPage::findDuplicates()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    if (!leadWizard)
        return;
    const auto hints = LeadService::possibleDuplicates(leadWizard->workspace(), m_form->draft());
    if (!hints || hints->isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList lines;
    for (const DuplicateHint& hint : hints.value())
        lines << tr("%1: <a href=\"%2:%3\">%4</a> (%3)")
                     .arg(hint.reason.toHtmlEscaped(), hint.objectType, hint.objectId,
                          hint.label.toHtmlEscaped());
    m_duplicates->setText(tr("<b>Possible duplicates</b> \u2014 you can still create the lead, "
                             "or pick the existing record instead:<br>%1")
                              .arg(lines.join(QStringLiteral("<br>"))));
    m_duplicates->show();
}
