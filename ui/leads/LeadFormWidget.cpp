#include "leads/LeadFormWidget.h"

#include "common/DisplayFormat.h"
#include "common/InlineMessage.h"

#include "leads/LeadCatalog.h"
#include "leads/LeadSource.h"
#include "leads/LeadValidator.h"
#include "leads/RecordPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

const QDate noDate(1900, 1, 1);

QString comboValue(const QWidget* widget)
{
    if (const auto* picker = qobject_cast<const RecordPicker*>(widget))
        return picker->chosenId();
    const auto* combo = qobject_cast<const QComboBox*>(widget);
    return combo && combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}

void setComboValue(QWidget* widget, const QString& id)
{
    if (auto* combo = qobject_cast<QComboBox*>(widget))
        combo->setCurrentIndex(combo->findData(id));
}

QString lineValue(const QWidget* widget)
{
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        return edit->text();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return text->toPlainText();
    return {};
}

void setLineValue(QWidget* widget, const QString& value)
{
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->setText(value);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        text->setPlainText(value);
}

bool checked(const QWidget* widget)
{
    const auto* box = qobject_cast<const QCheckBox*>(widget);
    return box && box->isChecked();
}

} // namespace

LeadFormWidget::LeadFormWidget(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("leadFormWidget"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_summary->setObjectName(QStringLiteral("leadFormSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

QScrollArea* LeadFormWidget::inScrollArea(QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("leadFormScroll"));
    scroll->setWidget(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

void LeadFormWidget::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_inputs.clear();
    m_rows.clear();
    m_customInputs.clear();
    m_customRows.clear();
    m_touched.clear();
    m_touchedCustom.clear();
    m_contactsCompanyId.clear();
    m_chosenContactCompanyId.clear();
    m_showAll = false;
}

void LeadFormWidget::setListing(const WorkspaceHandle& workspace, const ActingContext& acting,
                                const ListingContext& listing)
{
    m_workspace = workspace;
    m_acting = acting;
    m_listing = listing;
    clear();
    build();
    updateVisibility();
    revalidate();
}

LeadFormWidget::Row LeadFormWidget::addRow(const QString& label, bool mandatory, QWidget* input,
                                           const QString& name)
{
    input->setObjectName(name);
    // The caption sits outside the input's row widget, where Qt does not look for a name.
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(label);
    if (auto* combo = qobject_cast<QComboBox*>(input)) {
        // Long entries (contacts with e-mail and company) must not widen the form.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    auto* container = new QWidget(this);
    container->setObjectName(name + QStringLiteral("Row"));
    auto* cell = new QVBoxLayout(container);
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    cell->addWidget(input);
    auto* reason = new InlineMessage(container);
    reason->setObjectName(name + QStringLiteral("Reason"));
    reason->setWordWrap(true);
    reason->hide();
    cell->addWidget(reason);
    if (qobject_cast<QCheckBox*>(input)) {
        static_cast<QCheckBox*>(input)->setText(label);
        m_form->addRow(QString(), container);
    } else {
        auto* caption = new QLabel(mandatory ? tr("%1 *").arg(label) : label, this);
        auto* picker = qobject_cast<RecordPicker*>(input);
        caption->setBuddy(picker ? picker->edit() : input);
        m_form->addRow(caption, container);
    }
    return Row{container, reason};
}

QComboBox* LeadFormWidget::addCombo(LeadField field, const QString& name,
                                    const QList<LeadOption>& options, bool withNone)
{
    auto* combo = new QComboBox(this);
    if (withNone)
        combo->addItem(tr("(none)"), QString());
    for (const LeadOption& option : options)
        combo->addItem(option.detail.isEmpty()
                           ? option.label
                           : tr("%1 \u2014 %2").arg(option.label, option.detail),
                       option.id);
    combo->setPlaceholderText(tr("Choose\u2026"));
    combo->setCurrentIndex(withNone ? 0 : -1);
    m_inputs.insert(field, combo);
    m_rows.insert(field, addRow(leadFields.label(field), !withNone, combo, name));
    watch(combo, field);
    return combo;
}

RecordPicker* LeadFormWidget::addPicker(LeadField field, const QString& name)
{
    const bool company = field == LeadField::ExistingCompany;
    RecordPicker::Texts texts;
    if (company)
        texts = {tr("Type a name or TIN to search every company"), tr("Matching companies"),
                 tr("No company matches “%1”."),
                 tr("More companies match: type more of the name or the TIN."), tr("TIN %1")};
    else
        texts = {tr("Type a name or e-mail of the company's contacts"),
                 tr("Matching contacts of the company"),
                 tr("No contact of the company matches “%1”."),
                 tr("More contacts match: type more of the name or e-mail."), tr("%1")};
    auto* picker = new RecordPicker(name, texts, this);
    picker->edit()->setAccessibleName(leadFields.label(field));
    if (company)
        picker->setSearch([this](const QString& text) {
            return LeadCatalog::searchCompanies(m_workspace, text);
        });
    else
        picker->setSearch([this](const QString& text) {
            return LeadCatalog::searchContacts(m_workspace, m_contactsCompanyId, text);
        });
    m_inputs.insert(field, picker);
    m_rows.insert(field,
                  addRow(leadFields.label(field), true, picker, name + QStringLiteral("Picker")));
    watch(picker, field);
    return picker;
}

void LeadFormWidget::build()
{
    const LeadFormSchema& schema = m_listing.schema;
    auto list = [](const Result<QList<LeadOption>>& result) {
        return result ? result.value() : QList<LeadOption>();
    };
    auto line = [this, &schema](LeadField field, const QString& name, bool mandatory) {
        if (!schema.shows(field))
            return;
        auto* edit = new QLineEdit(this);
        m_inputs.insert(field, edit);
        m_rows.insert(field, addRow(leadFields.label(field), mandatory, edit, name));
        watch(edit, field);
    };
    auto check = [this](LeadField field, const QString& name) {
        auto* box = new QCheckBox(this);
        m_inputs.insert(field, box);
        m_rows.insert(field, addRow(leadFields.label(field), false, box, name));
        watch(box, field);
    };

    line(LeadField::Name, QStringLiteral("leadNameEdit"), true);
    QList<LeadOption> sources;
    for (LeadSource source : leadSources.all())
        sources << LeadOption{leadSources.key(source), leadSources.label(source), {}};
    addCombo(LeadField::Source, QStringLiteral("leadSourceCombo"), sources, false);
    line(LeadField::LeadCompanyName, QStringLiteral("leadCompanyNameEdit"), false);
    check(LeadField::NewCompany, QStringLiteral("newCompanyCheck"));
    connect(addPicker(LeadField::ExistingCompany, QStringLiteral("existingCompany")),
            &RecordPicker::chosenChanged, this, &LeadFormWidget::onCompanyChanged);
    line(LeadField::CompanyName, QStringLiteral("companyNameEdit"), true);
    line(LeadField::CompanyWebsite, QStringLiteral("companyWebsiteEdit"), true);
    line(LeadField::CompanyTin, QStringLiteral("companyTinEdit"), true);
    static_cast<QLineEdit*>(input(LeadField::CompanyWebsite))
        ->setPlaceholderText(tr("https://example.com"));
    static_cast<QLineEdit*>(input(LeadField::CompanyTin))
        ->setPlaceholderText(tr("9, 10 or 12 digits"));
    if (schema.shows(LeadField::Campaign))
        addCombo(LeadField::Campaign, QStringLiteral("campaignCombo"),
                 list(LeadCatalog::referenceList(m_workspace, m_acting.accountId,
                                                 LeadCatalog::ReferenceList::Campaigns)),
                 true);
    addCombo(LeadField::SellingDirection, QStringLiteral("sellingDirectionCombo"),
             list(LeadCatalog::referenceList(m_workspace, m_acting.accountId,
                                             LeadCatalog::ReferenceList::SellingDirections)),
             false);
    line(LeadField::ServiceOrProduct, QStringLiteral("serviceOrProductEdit"), false);
    if (QWidget* service = input(LeadField::ServiceOrProduct))
        setLineValue(service, m_listing.productName);
    check(LeadField::NewContact, QStringLiteral("newContactCheck"));
    line(LeadField::FirstName, QStringLiteral("firstNameEdit"), true);
    line(LeadField::LastName, QStringLiteral("lastNameEdit"), true);
    line(LeadField::MiddleName, QStringLiteral("middleNameEdit"), false);
    line(LeadField::ContactPhone, QStringLiteral("contactPhoneEdit"), false);
    line(LeadField::ContactEmail, QStringLiteral("contactEmailEdit"), false);
    if (QWidget* phone = input(LeadField::ContactPhone))
        static_cast<QLineEdit*>(phone)->setPlaceholderText(
            m_listing.phoneRegion().isEmpty()
                ? tr("+1 415 555 0123")
                : tr("Numbers without + are read as %1").arg(m_listing.phoneRegion()));
    connect(addPicker(LeadField::ExistingContact, QStringLiteral("existingContact")),
            &RecordPicker::chosenChanged, this,
            [this] { m_chosenContactCompanyId = m_contactsCompanyId; });
    if (schema.shows(LeadField::Description)) {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        m_inputs.insert(LeadField::Description, text);
        m_rows.insert(LeadField::Description,
                      addRow(leadFields.label(LeadField::Description), false, text,
                             QStringLiteral("descriptionEdit")));
        watch(text, LeadField::Description);
    }
    if (schema.shows(LeadField::Owner))
        addCombo(LeadField::Owner, QStringLiteral("ownerCombo"),
                 list(LeadCatalog::users(m_workspace, m_acting.accountId)), true);
    line(LeadField::City, QStringLiteral("cityEdit"), false);
    if (schema.shows(LeadField::ContentChannel))
        addCombo(LeadField::ContentChannel, QStringLiteral("contentChannelCombo"),
                 list(LeadCatalog::referenceList(m_workspace, m_acting.accountId,
                                                 LeadCatalog::ReferenceList::ContentChannels)),
                 true);

    const QList<CustomField> custom = schema.customFields();
    if (!custom.isEmpty()) {
        auto* heading = new QLabel(tr("<b>%1</b>").arg(m_listing.formName.toHtmlEscaped()), this);
        heading->setObjectName(QStringLiteral("customFieldsHeading"));
        m_form->addRow(heading);
        for (const CustomField& field : custom)
            addCustomField(field);
    }
}

void LeadFormWidget::addCustomField(const CustomField& field)
{
    QWidget* widget = nullptr;
    switch (field.type) {
    case CustomFieldType::Text:
    case CustomFieldType::Number: {
        auto* edit = new QLineEdit(this);
        if (field.type == CustomFieldType::Number)
            edit->setPlaceholderText(tr("A number, e.g. 40"));
        connect(edit, &QLineEdit::textEdited, this, &LeadFormWidget::revalidate);
        connect(edit, &QLineEdit::editingFinished, this, [this, id = field.id] {
            m_touchedCustom.insert(id);
            revalidate();
        });
        widget = edit;
        break;
    }
    case CustomFieldType::Date: {
        auto* date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setDisplayFormat(DisplayFormat::dateFormat());
        date->setMinimumDate(noDate);
        date->setSpecialValueText(tr("Not set"));
        date->setDate(noDate);
        connect(date, &QDateEdit::dateChanged, this, [this, id = field.id] {
            m_touchedCustom.insert(id);
            revalidate();
        });
        widget = date;
        break;
    }
    case CustomFieldType::Choice: {
        auto* combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(tr("(none)"), QString());
        for (const QString& choice : field.choices)
            combo->addItem(choice, choice);
        combo->setPlaceholderText(tr("Choose\u2026"));
        combo->setCurrentIndex(field.required ? -1 : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id = field.id] {
            m_touchedCustom.insert(id);
            revalidate();
        });
        widget = combo;
        break;
    }
    case CustomFieldType::Checkbox: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this, id = field.id] {
            m_touchedCustom.insert(id);
            revalidate();
        });
        widget = box;
        break;
    }
    }
    m_customInputs.insert(field.id, widget);
    m_customRows.insert(field.id, addRow(field.title,
                                         field.required && field.type != CustomFieldType::Checkbox,
                                         widget, QStringLiteral("custom_") + field.id));
}

void LeadFormWidget::watch(QWidget* widget, LeadField field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        connect(edit, &QLineEdit::textEdited, this, &LeadFormWidget::revalidate);
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { touch(field); });
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, field] { touch(field); });
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { touch(field); });
    } else if (auto* picker = qobject_cast<RecordPicker*>(widget)) {
        connect(picker, &RecordPicker::chosenChanged, this, [this, field] { touch(field); });
    } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
        connect(box, &QCheckBox::toggled, this, [this, field] {
            updateVisibility();
            touch(field);
        });
    }
}

void LeadFormWidget::touch(LeadField field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    revalidate();
}

void LeadFormWidget::onCompanyChanged()
{
    const QString companyId = comboValue(input(LeadField::ExistingCompany));
    if (!checked(input(LeadField::NewCompany))) {
        const auto company = companyId.isEmpty() ? Result<LeadCatalog::Company>(Error{})
                                                 : LeadCatalog::company(m_workspace, companyId);
        setLineValue(input(LeadField::CompanyTin), company ? company->tin : QString());
        if (QWidget* city = input(LeadField::City); city && company && lineValue(city).isEmpty())
            setLineValue(city, company->city);
    }
    // The contact picker offers the chosen company's contacts only.
    const QString contactsOf = checked(input(LeadField::NewCompany)) ? QString() : companyId;
    auto* contacts = static_cast<RecordPicker*>(input(LeadField::ExistingContact));
    contacts->setEnabled(!contactsOf.isEmpty());
    contacts->edit()->setPlaceholderText(
        contactsOf.isEmpty() ? tr("Pick the company first (a new company has no contacts yet)")
                             : tr("Type a name or e-mail of the company's contacts"));
    if (contactsOf == m_contactsCompanyId)
        return;
    m_contactsCompanyId = contactsOf;
    if (!contacts->chosenId().isEmpty() && m_chosenContactCompanyId != contactsOf) {
        contacts->clear();
        touch(LeadField::ExistingContact);
    }
}

void LeadFormWidget::updateVisibility()
{
    const bool newCompany = checked(input(LeadField::NewCompany));
    const bool newContact = checked(input(LeadField::NewContact));
    auto show = [this](LeadField field, bool visible) {
        if (m_rows.contains(field))
            m_form->setRowVisible(m_rows.value(field).container, visible);
    };
    show(LeadField::ExistingCompany, !newCompany);
    show(LeadField::CompanyName, newCompany);
    show(LeadField::CompanyWebsite, newCompany);
    auto* tin = static_cast<QLineEdit*>(input(LeadField::CompanyTin));
    const bool wasPrefilled = tin->isReadOnly();
    tin->setReadOnly(!newCompany);
    tin->setToolTip(newCompany ? QString() : tr("The TIN of the chosen company"));
    if (newCompany && wasPrefilled && !m_filling)
        tin->clear();
    if (!newCompany)
        onCompanyChanged();
    show(LeadField::ExistingContact, !newContact);
    for (LeadField field : {LeadField::FirstName, LeadField::LastName, LeadField::MiddleName,
                            LeadField::ContactPhone, LeadField::ContactEmail})
        show(field, newContact);
}

LeadDraft LeadFormWidget::draft() const
{
    LeadDraft draft;
    draft.listingId = m_listing.listingId;
    draft.formId = m_listing.formId;
    draft.name = lineValue(input(LeadField::Name));
    draft.sourceKey = comboValue(input(LeadField::Source));
    draft.leadCompanyName = lineValue(input(LeadField::LeadCompanyName));
    draft.newCompany = checked(input(LeadField::NewCompany));
    draft.existingCompanyId = comboValue(input(LeadField::ExistingCompany));
    draft.companyName = lineValue(input(LeadField::CompanyName));
    draft.companyWebsite = lineValue(input(LeadField::CompanyWebsite));
    draft.companyTin = lineValue(input(LeadField::CompanyTin));
    draft.campaignId = comboValue(input(LeadField::Campaign));
    draft.sellingDirectionId = comboValue(input(LeadField::SellingDirection));
    draft.serviceOrProduct = lineValue(input(LeadField::ServiceOrProduct));
    draft.newContact = checked(input(LeadField::NewContact));
    draft.firstName = lineValue(input(LeadField::FirstName));
    draft.lastName = lineValue(input(LeadField::LastName));
    draft.middleName = lineValue(input(LeadField::MiddleName));
    draft.contactPhone = lineValue(input(LeadField::ContactPhone));
    draft.contactEmail = lineValue(input(LeadField::ContactEmail));
    draft.existingContactId = comboValue(input(LeadField::ExistingContact));
    draft.description = lineValue(input(LeadField::Description));
    draft.ownerUserId = comboValue(input(LeadField::Owner));
    draft.city = lineValue(input(LeadField::City));
    draft.channelId = comboValue(input(LeadField::ContentChannel));
    for (auto it = m_customInputs.cbegin(); it != m_customInputs.cend(); ++it) {
        if (const auto* date = qobject_cast<const QDateEdit*>(it.value()))
            draft.customValues.insert(
                it.key(), date->date() == noDate ? QString() : date->date().toString(Qt::ISODate));
        else if (const auto* box = qobject_cast<const QCheckBox*>(it.value()))
            draft.customValues.insert(it.key(), box->isChecked());
        else if (qobject_cast<const QComboBox*>(it.value()))
            draft.customValues.insert(it.key(), comboValue(it.value()));
        else
            draft.customValues.insert(it.key(), lineValue(it.value()));
    }
    return draft;
}

void LeadFormWidget::setReferenceValue(LeadField field, LeadCatalog::ReferenceList list,
                                       const QString& id)
{
    // A lead keeps a retired entry (or one of the account that owned it before the lists were
    // per account): show it although Create Lead no longer offers it.
    auto* combo = qobject_cast<QComboBox*>(input(field));
    if (combo && !id.isEmpty() && combo->findData(id) < 0) {
        if (auto entry = LeadCatalog::referenceEntry(m_workspace, list, id))
            combo->addItem(entry->label, id);
    }
    setComboValue(combo, id);
}

void LeadFormWidget::setDraft(const LeadDraft& draft)
{
    m_filling = true;
    setLineValue(input(LeadField::Name), draft.name);
    setComboValue(input(LeadField::Source), draft.sourceKey);
    if (QWidget* leadCompany = input(LeadField::LeadCompanyName))
        setLineValue(leadCompany, draft.leadCompanyName);
    static_cast<QCheckBox*>(input(LeadField::NewCompany))->setChecked(draft.newCompany);
    auto* company = static_cast<RecordPicker*>(input(LeadField::ExistingCompany));
    if (auto found = LeadCatalog::company(m_workspace, draft.existingCompanyId); found)
        company->setChosen({found->id, found->name, found->tin});
    else
        company->setChosen({draft.existingCompanyId, draft.existingCompanyId, {}});
    setLineValue(input(LeadField::CompanyName), draft.companyName);
    setLineValue(input(LeadField::CompanyWebsite), draft.companyWebsite);
    if (draft.newCompany)
        setLineValue(input(LeadField::CompanyTin), draft.companyTin);
    setReferenceValue(LeadField::Campaign, LeadCatalog::ReferenceList::Campaigns, draft.campaignId);
    setReferenceValue(LeadField::SellingDirection, LeadCatalog::ReferenceList::SellingDirections,
                      draft.sellingDirectionId);
    if (QWidget* service = input(LeadField::ServiceOrProduct))
        setLineValue(service, draft.serviceOrProduct);
    static_cast<QCheckBox*>(input(LeadField::NewContact))->setChecked(draft.newContact);
    for (const auto& [field, value] : {std::pair{LeadField::FirstName, draft.firstName},
                                       std::pair{LeadField::LastName, draft.lastName},
                                       std::pair{LeadField::MiddleName, draft.middleName},
                                       std::pair{LeadField::ContactPhone, draft.contactPhone},
                                       std::pair{LeadField::ContactEmail, draft.contactEmail},
                                       std::pair{LeadField::Description, draft.description},
                                       std::pair{LeadField::City, draft.city}})
        if (QWidget* widget = input(field))
            setLineValue(widget, value);
    auto* contact = static_cast<RecordPicker*>(input(LeadField::ExistingContact));
    if (auto found = LeadCatalog::contact(m_workspace, draft.existingContactId); found) {
        contact->setChosen(found->option);
        m_chosenContactCompanyId = found->companyId;
    } else {
        contact->setChosen({draft.existingContactId, draft.existingContactId, {}});
    }
    setComboValue(input(LeadField::Owner), draft.ownerUserId);
    setReferenceValue(LeadField::ContentChannel, LeadCatalog::ReferenceList::ContentChannels,
                      draft.channelId);
    for (auto it = m_customInputs.cbegin(); it != m_customInputs.cend(); ++it) {
        const QVariant value = draft.customValues.value(it.key());
        if (auto* date = qobject_cast<QDateEdit*>(it.value()))
            date->setDate(value.toString().isEmpty()
                              ? noDate
                              : QDate::fromString(value.toString(), Qt::ISODate));
        else if (auto* box = qobject_cast<QCheckBox*>(it.value()))
            box->setChecked(value.toBool());
        else if (qobject_cast<QComboBox*>(it.value()))
            setComboValue(it.value(), value.toString());
        else
            setLineValue(it.value(), value.toString());
    }
    m_filling = false;
    updateVisibility();
    revalidate();
}

void LeadFormWidget::setPrefill(const LeadPrefill& prefill)
{
    m_filling = true;
    const auto fill = [this](LeadField field, const QString& value) {
        if (QWidget* widget = input(field); widget && !value.isEmpty())
            setLineValue(widget, value);
    };
    fill(LeadField::Name, prefill.name);
    if (!prefill.sourceKey.isEmpty())
        setComboValue(input(LeadField::Source), prefill.sourceKey);
    if (prefill.newCompany)
        static_cast<QCheckBox*>(input(LeadField::NewCompany))->setChecked(true);
    fill(LeadField::CompanyName, prefill.companyName);
    fill(LeadField::CompanyWebsite, prefill.companyWebsite);
    if (prefill.newContact)
        static_cast<QCheckBox*>(input(LeadField::NewContact))->setChecked(true);
    fill(LeadField::FirstName, prefill.firstName);
    fill(LeadField::MiddleName, prefill.middleName);
    fill(LeadField::LastName, prefill.lastName);
    fill(LeadField::ContactEmail, prefill.contactEmail);
    fill(LeadField::Description, prefill.description);
    m_filling = false;
    updateVisibility();
    revalidate();
}

void LeadFormWidget::showAllReasons()
{
    m_showAll = true;
    revalidate();
}

void LeadFormWidget::setValidation(const LeadValidation& validation)
{
    m_showAll = true;
    m_validation = validation;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString reason = validation.fields.value(it.key());
        it.value().reason->setText(reason);
        it.value().reason->setVisible(!reason.isEmpty());
    }
    for (auto it = m_customRows.cbegin(); it != m_customRows.cend(); ++it) {
        const QString reason = validation.customFields.value(it.key());
        it.value().reason->setText(reason);
        it.value().reason->setVisible(!reason.isEmpty());
    }
}

void LeadFormWidget::revalidate()
{
    if (m_filling || m_inputs.isEmpty())
        return;
    m_validation = LeadValidator::validate(draft(), m_listing.schema, m_listing.phoneRegion());
    QStringList missing;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString reason = m_validation.fields.value(it.key());
        const bool shown = !reason.isEmpty() && (m_showAll || m_touched.contains(it.key()));
        it.value().reason->setText(shown ? reason : QString());
        it.value().reason->setVisible(shown);
    }
    for (LeadField field : leadFields.all())
        if (m_validation.fields.contains(field))
            missing << leadFields.label(field);
    for (const CustomField& field : m_listing.schema.customFields()) {
        const QString reason = m_validation.customFields.value(field.id);
        const bool shown = !reason.isEmpty() && (m_showAll || m_touchedCustom.contains(field.id));
        const Row row = m_customRows.value(field.id);
        row.reason->setText(shown ? reason : QString());
        row.reason->setVisible(shown);
        if (!reason.isEmpty())
            missing << field.title;
    }
    m_summary->setText(missing.isEmpty()
                           ? QString()
                           : tr("To create the lead, complete: %1.").arg(missing.join(tr(", "))));
    m_summary->setVisible(!missing.isEmpty());
    for (QWidget* widget : m_inputs)
        widget->setAccessibleDescription(QString());
    for (auto it = m_validation.fields.cbegin(); it != m_validation.fields.cend(); ++it)
        if (QWidget* widget = input(it.key()))
            widget->setAccessibleDescription(it.value());
    emit changed();
}
