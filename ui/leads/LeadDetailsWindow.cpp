#include "leads/LeadDetailsWindow.h"

#include "common/InlineMessage.h"
#include "common/ToneColors.h"

#include "common/CellText.h"
#include "common/DetailsParts.h"
#include "common/LiveRefresh.h"
#include "common/ObjectWindow.h"
#include "common/PhoneNumber.h"
#include "leads/DisqualifyDialog.h"
#include "leads/LeadDetails.h"
#include "leads/LeadField.h"
#include "leads/LeadService.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString dash = CellText::empty();
/// Narrower windows show the history below the fields instead of beside them.
constexpr int sideBySideWidth = 960;

ToneColors::Tone statusTone(const QString& statusKey)
{
    if (statusKey == leadStatuses.key(LeadStatus::Qualified))
        return ToneColors::Tone::Good;
    if (statusKey == leadStatuses.key(LeadStatus::Disqualified))
        return ToneColors::Tone::Bad;
    return ToneColors::Tone::Information;
}

QString changeText(const LeadChange& change)
{
    if (change.from.isEmpty())
        return LeadDetailsWindow::tr("%1: %2").arg(change.field,
                                                   change.to.isEmpty() ? dash : change.to);
    return LeadDetailsWindow::tr("%1: %2 \u2192 %3")
        .arg(change.field, change.from, change.to.isEmpty() ? dash : change.to);
}

QString whenAndWho(qint64 at, const LeadReference& user)
{
    if (at <= 0)
        return {};
    if (user.name.isEmpty())
        return CellText::dateTime(at);
    return LeadDetailsWindow::tr("%1 by %2").arg(CellText::dateTime(at), user.name);
}

} // namespace

LeadDetailsWindow::LeadDetailsWindow(WorkspaceHandle workspace, ActingContext acting,
                                     QString leadId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_leadId(std::move(leadId))
{
    setObjectName(QStringLiteral("leadDetailsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("leadDetailsEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    setMinimumSize(520, 420);
    resize(1180, 780);
    reload();
    new LiveRefresh(this, m_workspace,
                    {QStringLiteral("leads"), QStringLiteral("opportunities"),
                     QStringLiteral("companies"), QStringLiteral("contacts"),
                     QStringLiteral("events")},
                    [this] {
                        // Rebuilt only when the lead or its history changed: the window keeps
                        // its scroll position and focus otherwise.
                        auto now = LeadDetails::load(m_workspace, m_acting, m_leadId);
                        if (!now || !m_record || now->rowVersion != m_record->rowVersion ||
                            now->updatedAt != m_record->updatedAt ||
                            now->history.size() != m_record->history.size() ||
                            now->hasOpportunity != m_record->hasOpportunity)
                            reload();
                    });
}

LeadDetailsWindow* LeadDetailsWindow::open(WorkspaceHandle workspace, ActingContext acting,
                                           QString leadId, QWidget* parent)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* window = qobject_cast<LeadDetailsWindow*>(widget);
        if (window && window->leadId() == leadId && window->accountId() == acting.accountId &&
            window->m_workspace == workspace) {
            DetailsParts::bringToFront(window);
            return window;
        }
    }
    auto* window =
        new LeadDetailsWindow(std::move(workspace), std::move(acting), std::move(leadId), parent);
    DetailsParts::bringToFront(window);
    return window;
}

void LeadDetailsWindow::reload()
{
    m_splitter = nullptr;
    QVBoxLayout* content =
        DetailsParts::replaceContent(this, m_content, QStringLiteral("leadDetailsContent"));

    auto loaded = LeadDetails::load(m_workspace, m_acting, m_leadId);
    if (!loaded) {
        m_record.reset();
        setWindowTitle(tr("Lead %1").arg(m_leadId));
        DetailsParts::showLoadError(content, loaded.error().message,
                                    QStringLiteral("leadDetailsError"));
    } else {
        m_record = loaded.value();
        const LeadRecord& lead = *m_record;
        setWindowTitle(tr("%1 \u2014 Lead %2").arg(lead.name, lead.id));
        content->addWidget(buildHeader(lead));
        m_splitter = new QSplitter(Qt::Horizontal, m_content);
        m_splitter->setObjectName(QStringLiteral("leadDetailsSplitter"));
        m_splitter->setChildrenCollapsible(false);
        auto* scroll = new QScrollArea(m_splitter);
        scroll->setObjectName(QStringLiteral("leadFieldsScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setAccessibleName(tr("Lead fields"));
        // Tab goes through the links inside; the area itself is no stop of its own.
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(buildFields(lead));
        m_splitter->addWidget(scroll);
        m_splitter->addWidget(buildHistory(lead));
        content->addWidget(m_splitter, 1);
        arrangeForWidth();
    }

    QPushButton* close =
        DetailsParts::addCloseButton(this, content, QStringLiteral("leadCloseButton"));
    layout()->addWidget(m_content);

    // Focus the first action (Qualify or Edit), else Close.
    auto* header = m_content->findChild<QWidget*>(QStringLiteral("leadHeader"));
    auto* first = header ? header->findChild<QPushButton*>() : nullptr;
    (first ? first : close)->setFocus();
}

void LeadDetailsWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth();
}

void LeadDetailsWindow::arrangeForWidth()
{
    if (!m_splitter)
        return;
    const Qt::Orientation orientation = width() < sideBySideWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == orientation && m_splitter->property("arranged").toBool())
        return;
    m_splitter->setOrientation(orientation);
    m_splitter->setProperty("arranged", true);
    // Relative weights: the fields get three fifths side by side, two thirds stacked.
    m_splitter->setSizes(orientation == Qt::Vertical ? QList<int>{2000, 1000}
                                                     : QList<int>{3000, 2000});
}

QWidget* LeadDetailsWindow::buildHeader(const LeadRecord& lead)
{
    auto* header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("leadHeader"));
    QLabel* name = DetailsParts::title(lead.name, QStringLiteral("leadNameLabel"), 1.5, header);
    QLabel* id =
        DetailsParts::identifier(tr("Lead %1").arg(lead.id), QStringLiteral("leadIdLabel"), header);
    auto* status = new QLabel(leadStatuses.labelForKey(lead.statusKey), header);
    status->setObjectName(QStringLiteral("leadStatusLabel"));
    status->setAccessibleDescription(tr("Status"));
    ToneColors::applyBadge(status, statusTone(lead.statusKey));
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(id);
    idRow->addWidget(status);
    idRow->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addWidget(name);
    left->addLayout(idRow);
    if (lead.statusKey == leadStatuses.key(LeadStatus::Disqualified)) {
        auto* reason = new InlineMessage(header, InlineMessage::Kind::Warning);
        reason->setObjectName(QStringLiteral("leadStatusNoteLabel"));
        reason->setText(tr("Reason for disqualification: %1").arg(lead.statusNote));
        left->addWidget(reason);
    }

    auto* buttons = new QHBoxLayout;
    buttons->setAlignment(Qt::AlignTop);
    if (lead.canQualify) {
        auto* qualifyButton = new QPushButton(tr("&Qualify"), header);
        qualifyButton->setObjectName(QStringLiteral("qualifyButton"));
        qualifyButton->setToolTip(tr("Qualify the lead and create its opportunity"));
        qualifyButton->setAutoDefault(true);
        connect(qualifyButton, &QPushButton::clicked, this, &LeadDetailsWindow::qualify);
        auto* disqualifyButton = new QPushButton(tr("&Disqualify\u2026"), header);
        disqualifyButton->setObjectName(QStringLiteral("disqualifyButton"));
        disqualifyButton->setToolTip(tr("Disqualify the lead, giving the reason"));
        disqualifyButton->setAutoDefault(true);
        connect(disqualifyButton, &QPushButton::clicked, this, &LeadDetailsWindow::disqualify);
        buttons->addWidget(qualifyButton);
        buttons->addWidget(disqualifyButton);
    }
    if (lead.canEdit) {
        auto* edit = new QPushButton(tr("&Edit\u2026"), header);
        edit->setObjectName(QStringLiteral("editLeadButton"));
        edit->setAutoDefault(true);
        connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_leadId); });
        buttons->addWidget(edit);
    }

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(left, 1);
    layout->addLayout(buttons);
    return header;
}

QGroupBox* LeadDetailsWindow::addGroup(QVBoxLayout* layout, const QString& title,
                                       const QString& name)
{
    auto* group = new QGroupBox(title, layout->parentWidget());
    group->setObjectName(name);
    layout->addWidget(group);
    return group;
}

QLabel* LeadDetailsWindow::addRow(QFormLayout* form, const QString& label, const QString& name,
                                  const QString& value)
{
    auto* field = new QLabel(form->parentWidget());
    field->setObjectName(name);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setAccessibleDescription(label);
    if (value.trimmed().isEmpty()) {
        DetailsParts::showEmpty(field);
    } else {
        field->setText(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* caption = new QLabel(tr("%1:").arg(label), form->parentWidget());
    caption->setObjectName(name + QStringLiteral("Label"));
    caption->setBuddy(field);
    form->addRow(caption, field);
    return field;
}

QLabel* LeadDetailsWindow::addLinkRow(QFormLayout* form, const QString& label, const QString& name,
                                      const QString& objectType, const LeadReference& object)
{
    QLabel* field = addRow(form, label, name, object.name);
    if (object.id.isEmpty() || object.name.trimmed().isEmpty())
        return field;
    ObjectWindow::setLink(field, object.name, ObjectWindow::link(objectType, object.id));
    field->setToolTip(tr("Open %1 (%2)").arg(object.name, object.id));
    connect(field, &QLabel::linkActivated, this, &LeadDetailsWindow::openLink);
    return field;
}

QWidget* LeadDetailsWindow::buildFields(const LeadRecord& lead)
{
    auto* fields = new QWidget;
    fields->setObjectName(QStringLiteral("leadFields"));
    auto* layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 8, 0);

    auto* leadForm = DetailsParts::newForm();
    addGroup(layout, tr("Lead"), QStringLiteral("leadGroup"))->setLayout(leadForm);
    addRow(leadForm, leadFields.label(LeadField::Name), QStringLiteral("leadNameValue"), lead.name);
    addRow(leadForm, leadFields.label(LeadField::Source), QStringLiteral("leadSourceValue"),
           leadSources.labelForKey(lead.sourceKey));
    addRow(leadForm, leadFields.label(LeadField::LeadCompanyName),
           QStringLiteral("leadLeadCompanyNameValue"), lead.leadCompanyName);
    addRow(leadForm, leadFields.label(LeadField::ServiceOrProduct),
           QStringLiteral("leadServiceOrProductValue"), lead.serviceOrProduct);
    addRow(leadForm, leadFields.label(LeadField::Description),
           QStringLiteral("leadDescriptionValue"), lead.description);
    addRow(leadForm, leadFields.label(LeadField::Campaign), QStringLiteral("leadCampaignValue"),
           lead.campaign.name);
    addRow(leadForm, leadFields.label(LeadField::SellingDirection),
           QStringLiteral("leadSellingDirectionValue"), lead.sellingDirection.name);
    addRow(leadForm, leadFields.label(LeadField::ContentChannel),
           QStringLiteral("leadChannelValue"), lead.channel.name);
    addRow(leadForm, leadFields.label(LeadField::Owner), QStringLiteral("leadOwnerValue"),
           lead.owner.name);
    addRow(leadForm, leadFields.label(LeadField::City), QStringLiteral("leadCityValue"), lead.city);

    auto* customerForm = DetailsParts::newForm();
    addGroup(layout, tr("Customer"), QStringLiteral("leadCustomerGroup"))->setLayout(customerForm);
    addLinkRow(customerForm, leadFields.label(LeadField::CompanyName),
               QStringLiteral("leadCompanyValue"), QStringLiteral("company"),
               {lead.company.id, lead.company.name});
    addRow(customerForm, leadFields.label(LeadField::CompanyTin),
           QStringLiteral("leadCompanyTinValue"), lead.company.tin);
    QLabel* website = addRow(customerForm, leadFields.label(LeadField::CompanyWebsite),
                             QStringLiteral("leadCompanyWebsiteValue"), lead.company.website);
    if (const QUrl url(lead.company.website);
        url.isValid() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        ObjectWindow::setLink(website, lead.company.website, url.toString(QUrl::FullyEncoded));
        website->setOpenExternalLinks(true);
        website->setToolTip(tr("Open the website in the browser"));
    }
    addLinkRow(customerForm, tr("Contact"), QStringLiteral("leadContactValue"),
               QStringLiteral("contact"), {lead.contact.id, lead.contact.fullName});
    addRow(customerForm, leadFields.label(LeadField::ContactPhone),
           QStringLiteral("leadContactPhoneValue"), PhoneNumber::international(lead.contact.phone));
    addRow(customerForm, leadFields.label(LeadField::ContactEmail),
           QStringLiteral("leadContactEmailValue"), lead.contact.email);

    auto* channelForm = DetailsParts::newForm();
    addGroup(layout, tr("Product and marketplace"), QStringLiteral("leadChannelGroup"))
        ->setLayout(channelForm);
    addLinkRow(channelForm, tr("Product"), QStringLiteral("leadProductValue"),
               QStringLiteral("product"), lead.product);
    addLinkRow(channelForm, tr("Marketplace"), QStringLiteral("leadMarketplaceValue"),
               QStringLiteral("marketplace"), lead.marketplace);
    addLinkRow(channelForm, tr("Vendor"), QStringLiteral("leadVendorValue"),
               QStringLiteral("account"), lead.vendor);
    addLinkRow(channelForm, tr("Distributor"), QStringLiteral("leadDistributorValue"),
               QStringLiteral("account"), lead.distributor);
    addRow(channelForm, tr("Lead form"), QStringLiteral("leadFormValue"),
           lead.form.id.isEmpty() ? tr("Default lead form") : lead.form.name);

    QGroupBox* custom =
        addGroup(layout, tr("Custom fields"), QStringLiteral("leadCustomFieldsGroup"));
    if (lead.customValues.isEmpty()) {
        auto* box = new QVBoxLayout(custom);
        box->addWidget(DetailsParts::note(
            lead.form.id.isEmpty() ? tr("The default lead form has no custom fields.")
                                   : tr("The form %1 has no custom fields.").arg(lead.form.name),
            QStringLiteral("leadCustomFieldsNone"), custom));
    } else {
        auto* customForm = DetailsParts::newForm();
        custom->setLayout(customForm);
        for (const LeadCustomValue& value : lead.customValues) {
            const QString title =
                value.inForm ? value.title : tr("%1 (no longer on the form)").arg(value.title);
            addRow(customForm, title, QStringLiteral("leadCustomValue_%1").arg(value.id),
                   value.displayValue);
        }
    }

    QGroupBox* opportunity =
        addGroup(layout, tr("Opportunity"), QStringLiteral("leadOpportunityGroup"));
    if (lead.hasOpportunity) {
        auto* opportunityForm = DetailsParts::newForm();
        opportunity->setLayout(opportunityForm);
        addLinkRow(opportunityForm, tr("Opportunity"), QStringLiteral("leadOpportunityValue"),
                   QStringLiteral("opportunity"), {lead.opportunity.id, lead.opportunity.id});
        addRow(opportunityForm, tr("Created"), QStringLiteral("leadOpportunityCreatedValue"),
               CellText::dateTime(lead.opportunity.createdAt));
        addRow(opportunityForm, tr("Owner"), QStringLiteral("leadOpportunityOwnerValue"),
               lead.opportunity.ownerName);
    } else {
        auto* box = new QVBoxLayout(opportunity);
        box->addWidget(
            DetailsParts::note(lead.statusKey == leadStatuses.key(LeadStatus::Disqualified)
                                   ? tr("None: the lead was disqualified.")
                                   : tr("None yet. Qualifying the lead creates its opportunity."),
                               QStringLiteral("leadOpportunityNone"), opportunity));
    }

    auto* recordForm = DetailsParts::newForm();
    addGroup(layout, tr("Record"), QStringLiteral("leadRecordGroup"))->setLayout(recordForm);
    addRow(recordForm, tr("Created"), QStringLiteral("leadCreatedValue"),
           whenAndWho(lead.createdAt, lead.createdBy));
    addRow(recordForm, tr("Last updated"), QStringLiteral("leadUpdatedValue"),
           whenAndWho(lead.updatedAt, lead.updatedBy));
    layout->addStretch(1);

    DetailsParts::alignCaptions(fields);
    return fields;
}

QWidget* LeadDetailsWindow::buildHistory(const LeadRecord& lead)
{
    auto* group = new QGroupBox(tr("History"));
    group->setObjectName(QStringLiteral("leadHistoryGroup"));
    auto* table = new QTableWidget(static_cast<int>(lead.history.size()), 2, group);
    table->setObjectName(QStringLiteral("leadHistoryList"));
    table->setAccessibleName(tr("History"));
    table->setHorizontalHeaderLabels({tr("When and who"), tr("What")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move within the history; Tab moves on to the next control.
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setTextElideMode(Qt::ElideNone);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int row = 0;
    // Newest first.
    for (auto it = lead.history.crbegin(); it != lead.history.crend(); ++it, ++row) {
        QStringList when = {CellText::dateTime(it->at), it->userName};
        if (!it->accountName.isEmpty() && it->accountName != it->userName)
            when << it->accountName;
        QStringList what = {it->actionLabel};
        for (const LeadChange& change : it->changes)
            what << changeText(change);
        auto* whenItem = new QTableWidgetItem(when.join(QLatin1Char('\n')));
        whenItem->setData(Qt::UserRole, it->userId);
        auto* whatItem = new QTableWidgetItem(what.join(QLatin1Char('\n')));
        whatItem->setData(Qt::UserRole, it->action);
        for (QTableWidgetItem* item : {whenItem, whatItem})
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        table->setItem(row, 0, whenItem);
        table->setItem(row, 1, whatItem);
    }
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, table, &QTableView::resizeRowsToContents);
    table->resizeRowsToContents();
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(table);
    return group;
}

void LeadDetailsWindow::openLink(const QString& href)
{
    ObjectWindow::openLink(m_workspace, m_acting, href, this);
}

void LeadDetailsWindow::qualify()
{
    if (!m_record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Qualify lead"),
        tr("Qualify \u201c%1\u201d? This creates an opportunity for %2 that you own. A qualified "
           "lead cannot be disqualified.")
            .arg(m_record->name, m_record->company.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto qualified = LeadService::qualify(m_workspace, m_acting, m_leadId, m_record->rowVersion);
    if (!qualified) {
        QMessageBox::warning(this, tr("Could not qualify the lead"), qualified.error().message);
        if (qualified.error().code == ErrorCode::Conflict)
            showNewState();
        return;
    }
    reload();
    emit leadChanged(m_leadId);
}

void LeadDetailsWindow::showNewState()
{
    reload();
    emit leadChanged(m_leadId);
}

void LeadDetailsWindow::disqualify()
{
    if (!m_record)
        return;
    DisqualifyDialog dialog(m_record->name, this);
    // After a failed write the dialog opens again with the reason as typed.
    while (dialog.exec() == QDialog::Accepted) {
        auto done = LeadService::disqualify(m_workspace, m_acting, m_leadId, dialog.reason(),
                                            m_record->rowVersion);
        if (done) {
            reload();
            emit leadChanged(m_leadId);
            return;
        }
        QMessageBox::warning(this, tr("Could not disqualify the lead"), done.error().message);
        if (done.error().code == ErrorCode::Conflict) {
            showNewState();
            return;
        }
    }
}
