#include "leads/LeadFormEditorDialog.h"

#include "common/CheckableListAccessible.h"
#include "common/InlineMessage.h"
#include "leads/CustomFieldListModel.h"

#include "leads/LeadFormService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString nameKey = QStringLiteral("name");
const QString listingsKey = QStringLiteral("listings");
const QString schemaKey = QStringLiteral("schema");

constexpr int FieldRole = Qt::UserRole;
constexpr int ListingRole = Qt::UserRole;

QStringList choiceLines(const QString& text)
{
    QStringList choices;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            choices << line.trimmed();
    return choices;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LeadFormEditorDialog::LeadFormEditorDialog(const WorkspaceHandle& workspace,
                                           const ActingContext& acting, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_acting(acting)
{
    setObjectName(QStringLiteral("leadFormEditorDialog"));
    setWindowTitle(tr("New lead form"));
    setSizeGripEnabled(true);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(createListingsColumn(), 5);
    columns->addLayout(createDefaultFieldsColumn(), 0);
    columns->addLayout(createCustomFieldsColumn(), 6);

    m_saveReason = InlineMessage::create(this, QStringLiteral("formSaveReason"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("leadFormButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveLeadFormButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelLeadFormButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeadFormEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createNameRows());
    layout->addSpacing(6);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveReason);
    layout->addWidget(m_buttons);
    orderTabs();
    resize(1080, 660);
}

QLayout* LeadFormEditorDialog::createNameRows()
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("formNameEdit"));
    m_nameEdit->setMaxLength(LeadFormService::maxNameLength * 2);
    m_nameEdit->setPlaceholderText(tr("e.g. Backup trial requests"));
    m_nameReason = InlineMessage::create(this, m_nameEdit->objectName() + QStringLiteral("Reason"));
    auto* nameCell = new QVBoxLayout;
    nameCell->setSpacing(2);
    nameCell->addWidget(m_nameEdit);
    nameCell->addWidget(m_nameReason);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);

    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(QStringLiteral("formIdLabel"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_activeCheck =
        new QCheckBox(tr("&Active: leads of its products are entered with this form"), this);
    m_activeCheck->setObjectName(QStringLiteral("formActiveCheck"));
    auto* statusLabel = new QLabel(tr("Status:"), this);
    statusLabel->setBuddy(m_activeCheck);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel, nameCell);
    form->addRow(tr("ID:"), m_idLabel);
    form->addRow(statusLabel, m_activeCheck);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(nameKey);
        validate();
    });
    connect(m_activeCheck, &QCheckBox::toggled, this, &LeadFormEditorDialog::validate);
    return form;
}

QLayout* LeadFormEditorDialog::createListingsColumn()
{
    m_listingsList = new QListWidget(this);
    m_listingsList->setObjectName(QStringLiteral("formListingsList"));
    m_listingsList->setAccessibleName(tr("Products"));
    CheckableListAccessible::enable(m_listingsList);
    m_listingsList->setWordWrap(true);
    m_listingsList->setResizeMode(QListView::Adjust);
    m_listingsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listingsList->setSpacing(1);
    m_listingsList->setMinimumWidth(m_listingsList->fontMetrics().averageCharWidth() * 36);
    m_listingsReason =
        InlineMessage::create(this, m_listingsList->objectName() + QStringLiteral("Reason"));
    auto* caption = new QLabel(tr("&Products:"), this);
    caption->setBuddy(m_listingsList);

    auto* column = new QVBoxLayout;
    column->addWidget(caption);
    column->addWidget(hint(tr("Leads of the ticked products are entered with this form."), this));
    column->addWidget(m_listingsList, 1);
    column->addWidget(m_listingsReason);

    connect(m_listingsList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_touched.insert(listingsKey);
        validate();
    });
    return column;
}

QLayout* LeadFormEditorDialog::createDefaultFieldsColumn()
{
    m_defaultFieldsList = new QListWidget(this);
    m_defaultFieldsList->setObjectName(QStringLiteral("formDefaultFieldsList"));
    m_defaultFieldsList->setAccessibleName(tr("Default fields"));
    CheckableListAccessible::enable(m_defaultFieldsList);
    m_defaultFieldsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fillDefaultFields(LeadFormSchema::defaultForm());
    m_defaultFieldsList->setMinimumWidth(m_defaultFieldsList->sizeHintForColumn(0) +
                                         2 * m_defaultFieldsList->frameWidth() +
                                         style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    m_defaultFieldsList->setMinimumHeight(m_defaultFieldsList->sizeHintForRow(0) * 10);
    auto* caption = new QLabel(tr("&Default fields:"), this);
    caption->setBuddy(m_defaultFieldsList);

    auto* column = new QVBoxLayout;
    column->addWidget(caption);
    column->addWidget(hint(tr("Greyed fields are mandatory."), this));
    column->addWidget(m_defaultFieldsList, 1);

    connect(m_defaultFieldsList, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    return column;
}

QLayout* LeadFormEditorDialog::createCustomFieldsColumn()
{
    m_customModel = new CustomFieldListModel(this);
    m_customTable = new QTableView(this);
    m_customTable->setObjectName(QStringLiteral("customFieldsTable"));
    m_customTable->setAccessibleName(tr("Custom fields"));
    m_customTable->setModel(m_customModel);
    m_customTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customTable->setTabKeyNavigation(false);
    m_customTable->setWordWrap(false);
    m_customTable->verticalHeader()->hide();
    m_customTable->verticalHeader()->setObjectName(QStringLiteral("customFieldsTableRows"));
    m_customTable->horizontalHeader()->setObjectName(QStringLiteral("customFieldsTableHeader"));
    m_customTable->horizontalHeader()->setAccessibleName(tr("Custom field columns"));
    m_customTable->horizontalHeader()->setSectionResizeMode(CustomFieldListModel::TitleColumn,
                                                            QHeaderView::Stretch);
    for (int column : {CustomFieldListModel::KeyColumn, CustomFieldListModel::TypeColumn,
                       CustomFieldListModel::RequiredColumn})
        m_customTable->horizontalHeader()->setSectionResizeMode(column,
                                                                QHeaderView::ResizeToContents);
    m_customTable->setMinimumSize(m_customTable->fontMetrics().averageCharWidth() * 44,
                                  m_customTable->verticalHeader()->defaultSectionSize() * 5 +
                                      m_customTable->horizontalHeader()->sizeHint().height());
    m_customReason =
        InlineMessage::create(this, m_customTable->objectName() + QStringLiteral("Reason"));
    auto* caption = new QLabel(tr("&Custom fields:"), this);
    caption->setBuddy(m_customTable);

    m_addButton = new QPushButton(tr("Add &field"), this);
    m_addButton->setObjectName(QStringLiteral("addCustomFieldButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeCustomFieldButton"));
    m_upButton = new QPushButton(tr("Move &up"), this);
    m_upButton->setObjectName(QStringLiteral("moveCustomFieldUpButton"));
    m_downButton = new QPushButton(tr("Move do&wn"), this);
    m_downButton->setObjectName(QStringLiteral("moveCustomFieldDownButton"));
    for (QPushButton* button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);

    auto* editor = new QGroupBox(tr("Selected field"), this);
    editor->setObjectName(QStringLiteral("customFieldEditor"));
    m_fieldEditor = editor;
    m_fieldTitleEdit = new QLineEdit(editor);
    m_fieldTitleEdit->setObjectName(QStringLiteral("customFieldTitleEdit"));
    m_fieldTitleEdit->setPlaceholderText(tr("e.g. Number of seats"));
    m_fieldIdEdit = new QLineEdit(editor);
    m_fieldIdEdit->setObjectName(QStringLiteral("customFieldIdEdit"));
    m_fieldIdEdit->setToolTip(tr("Where the value is stored: a-z, 0-9 and _, starting with a "
                                 "letter. Follows the title until you change it."));
    m_fieldTypeCombo = new QComboBox(editor);
    m_fieldTypeCombo->setObjectName(QStringLiteral("customFieldTypeCombo"));
    for (CustomFieldType type : customFieldTypes.all())
        m_fieldTypeCombo->addItem(customFieldTypes.label(type), static_cast<int>(type));
    m_fieldRequiredCheck =
        new QCheckBox(tr("Re&quired: a lead cannot be created without it"), editor);
    m_fieldRequiredCheck->setObjectName(QStringLiteral("customFieldRequiredCheck"));
    m_fieldChoicesEdit = new QPlainTextEdit(editor);
    m_fieldChoicesEdit->setObjectName(QStringLiteral("customFieldChoicesEdit"));
    m_fieldChoicesEdit->setTabChangesFocus(true);
    m_fieldChoicesEdit->setPlaceholderText(tr("One choice per line"));
    m_fieldChoicesEdit->setFixedHeight(m_fieldChoicesEdit->fontMetrics().lineSpacing() * 4 + 12);

    auto* titleLabel = new QLabel(tr("&Title:"), editor);
    titleLabel->setBuddy(m_fieldTitleEdit);
    auto* idLabel = new QLabel(tr("&Key:"), editor);
    idLabel->setBuddy(m_fieldIdEdit);
    auto* typeLabel = new QLabel(tr("T&ype:"), editor);
    typeLabel->setBuddy(m_fieldTypeCombo);
    auto* requiredLabel = new QLabel(tr("Entry:"), editor);
    requiredLabel->setBuddy(m_fieldRequiredCheck);
    auto* choicesLabel = new QLabel(tr("C&hoices:"), editor);
    choicesLabel->setBuddy(m_fieldChoicesEdit);
    auto* editorForm = new QFormLayout(editor);
    editorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    editorForm->addRow(titleLabel, m_fieldTitleEdit);
    editorForm->addRow(idLabel, m_fieldIdEdit);
    editorForm->addRow(typeLabel, m_fieldTypeCombo);
    editorForm->addRow(requiredLabel, m_fieldRequiredCheck);
    editorForm->addRow(choicesLabel, m_fieldChoicesEdit);

    auto* column = new QVBoxLayout;
    column->addWidget(caption);
    column->addWidget(hint(tr("Asked after the default fields, in this order."), this));
    column->addWidget(m_customTable, 1);
    column->addLayout(buttons);
    column->addWidget(editor);
    column->addWidget(m_customReason);

    connect(m_customTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showCustomField(current.row()); });
    connect(m_addButton, &QPushButton::clicked, this, &LeadFormEditorDialog::addCustomField);
    connect(m_removeButton, &QPushButton::clicked, this, &LeadFormEditorDialog::removeCustomField);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCustomField(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCustomField(1); });
    connect(m_fieldTitleEdit, &QLineEdit::textEdited, this, [this](const QString& title) {
        const int row = currentCustomRow();
        editCurrentField([&](CustomField& field) {
            field.title = title;
            if (m_autoIds.value(row)) {
                field.id = LeadFormService::suggestFieldId(title, otherFieldIds(row));
                m_fieldIdEdit->setText(field.id);
            }
        });
    });
    connect(m_fieldIdEdit, &QLineEdit::textEdited, this, [this](const QString& id) {
        if (const int row = currentCustomRow(); row >= 0)
            m_autoIds[row] = id.isEmpty();
        editCurrentField([&](CustomField& field) { field.id = id; });
    });
    connect(m_fieldTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto type = static_cast<CustomFieldType>(m_fieldTypeCombo->currentData().toInt());
        m_fieldChoicesEdit->setEnabled(type == CustomFieldType::Choice);
        editCurrentField([&](CustomField& field) { field.type = type; });
    });
    connect(m_fieldRequiredCheck, &QCheckBox::toggled, this, [this](bool required) {
        editCurrentField([&](CustomField& field) { field.required = required; });
    });
    connect(m_fieldChoicesEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList choices = choiceLines(m_fieldChoicesEdit->toPlainText());
        editCurrentField([&](CustomField& field) { field.choices = choices; });
    });
    return column;
}

void LeadFormEditorDialog::orderTabs()
{
    const QList<QWidget*> order = {m_nameEdit,
                                   m_activeCheck,
                                   m_listingsList,
                                   m_defaultFieldsList,
                                   m_customTable,
                                   m_addButton,
                                   m_removeButton,
                                   m_upButton,
                                   m_downButton,
                                   m_fieldTitleEdit,
                                   m_fieldIdEdit,
                                   m_fieldTypeCombo,
                                   m_fieldRequiredCheck,
                                   m_fieldChoicesEdit,
                                   m_buttons->button(QDialogButtonBox::Ok),
                                   m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

Result<void> LeadFormEditorDialog::load(const QString& formId)
{
    auto listings = LeadFormService::vendorListings(m_workspace, m_acting);
    if (!listings)
        return listings.error();
    m_listings = listings.value();
    LeadFormDraft form;
    if (!formId.isEmpty()) {
        auto stored = LeadFormService::load(m_workspace, m_acting, formId);
        if (!stored)
            return stored.error();
        form = stored.value();
        m_touched = {nameKey, listingsKey};
    }
    m_formId = form.id;
    m_rowVersion = form.rowVersion;
    setWindowTitle(m_formId.isEmpty() ? tr("New lead form") : tr("Edit lead form"));
    m_idLabel->setText(m_formId.isEmpty() ? tr("Assigned when the form is saved") : m_formId);

    m_filling = true;
    m_nameEdit->setText(form.name);
    m_activeCheck->setChecked(form.active);
    fillListings(form.listingIds);
    fillDefaultFields(form.schema);
    m_customModel->setFields(form.schema.customFields());
    m_autoIds = QList<bool>(m_customModel->rowCount(), false);
    m_filling = false;
    setCurrentCustomRow(m_customModel->rowCount() == 0 ? -1 : 0);
    showCustomField(currentCustomRow());
    m_nameEdit->setFocus();
    validate();
    return {};
}

void LeadFormEditorDialog::fillListings(const QStringList& checkedIds)
{
    m_listingsList->clear();
    QStringList unknown = checkedIds;
    for (const VendorListing& listing : std::as_const(m_listings)) {
        QString text =
            tr("%1 \u2014 %2 (%3)")
                .arg(listing.productName, listing.marketplaceName, listing.distributorName);
        QStringList notes;
        if (listing.statusKey == QLatin1String("unlisted"))
            notes << tr("unlisted");
        if (!listing.activeFormId.isEmpty() && listing.activeFormId != m_formId)
            notes << tr("active form: %1").arg(listing.activeFormName);
        if (!notes.isEmpty())
            text += QStringLiteral(" \u00b7 ") + notes.join(QStringLiteral(", "));
        auto* item = new QListWidgetItem(text, m_listingsList);
        item->setData(ListingRole, listing.listingId);
        item->setToolTip(listing.listingId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.contains(listing.listingId) ? Qt::Checked : Qt::Unchecked);
        unknown.removeAll(listing.listingId);
    }
    for (const QString& listingId : std::as_const(unknown)) {
        auto* item = new QListWidgetItem(listingId, m_listingsList);
        item->setData(ListingRole, listingId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_listingsList->count() == 0) {
        auto* item = new QListWidgetItem(tr("None of your products is listed on a marketplace "
                                            "yet."),
                                         m_listingsList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void LeadFormEditorDialog::fillDefaultFields(const LeadFormSchema& schema)
{
    m_defaultFieldsList->clear();
    for (LeadField field : leadFields.all()) {
        auto* item = new QListWidgetItem(leadFields.label(field), m_defaultFieldsList);
        item->setData(FieldRole, static_cast<int>(field));
        item->setCheckState(schema.shows(field) ? Qt::Checked : Qt::Unchecked);
        if (LeadFormSchema::isAlwaysShown(field)) {
            item->setFlags(Qt::ItemIsSelectable);
            item->setToolTip(tr("Mandatory: always shown"));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setToolTip(tr("Optional: shown when ticked"));
        }
    }
}

int LeadFormEditorDialog::currentCustomRow() const
{
    const QModelIndex current = m_customTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LeadFormEditorDialog::setCurrentCustomRow(int row)
{
    m_customTable->setCurrentIndex(m_customModel->index(row, CustomFieldListModel::TitleColumn));
}

void LeadFormEditorDialog::showCustomField(int row)
{
    const bool valid = m_customModel->isRow(row);
    const CustomField field = m_customModel->field(row);
    const bool filling = m_filling;
    m_filling = true;
    m_fieldTitleEdit->setText(field.title);
    m_fieldIdEdit->setText(field.id);
    m_fieldTypeCombo->setCurrentIndex(m_fieldTypeCombo->findData(static_cast<int>(field.type)));
    m_fieldRequiredCheck->setChecked(field.required);
    m_fieldChoicesEdit->setPlainText(field.choices.join(QLatin1Char('\n')));
    m_fieldChoicesEdit->setEnabled(field.type == CustomFieldType::Choice);
    m_filling = filling;
    m_fieldEditor->setEnabled(valid);
    updateCustomButtons();
}

void LeadFormEditorDialog::updateCustomButtons()
{
    const int row = currentCustomRow();
    m_removeButton->setEnabled(m_customModel->isRow(row));
    m_upButton->setEnabled(m_customModel->isRow(row) && m_customModel->isRow(row - 1));
    m_downButton->setEnabled(m_customModel->isRow(row) && m_customModel->isRow(row + 1));
}

void LeadFormEditorDialog::addCustomField()
{
    CustomField field;
    field.id = LeadFormService::suggestFieldId({}, otherFieldIds(-1));
    m_autoIds << true;
    const int row = m_customModel->appendField(field);
    setCurrentCustomRow(row);
    showCustomField(row);
    m_fieldTitleEdit->setFocus();
    validate();
}

void LeadFormEditorDialog::removeCustomField()
{
    const int row = currentCustomRow();
    if (!m_customModel->isRow(row))
        return;
    m_autoIds.removeAt(row);
    m_customModel->removeField(row);
    const int next = qMin(row, m_customModel->rowCount() - 1);
    setCurrentCustomRow(next);
    showCustomField(next);
    (next >= 0 ? static_cast<QWidget*>(m_customTable) : m_addButton)->setFocus();
    validate();
}

void LeadFormEditorDialog::moveCustomField(int offset)
{
    const int row = currentCustomRow();
    const int target = row + offset;
    if (!m_customModel->moveField(row, offset))
        return;
    m_autoIds.swapItemsAt(row, target);
    setCurrentCustomRow(target);
    showCustomField(target);
    validate();
}

void LeadFormEditorDialog::editCurrentField(const std::function<void(CustomField&)>& change)
{
    const int row = currentCustomRow();
    if (m_filling || !m_customModel->isRow(row))
        return;
    CustomField field = m_customModel->field(row);
    change(field);
    m_customModel->setField(row, field);
    validate();
}

QStringList LeadFormEditorDialog::otherFieldIds(int row) const
{
    QStringList ids;
    for (int i = 0; i < m_customModel->rowCount(); ++i)
        if (i != row)
            ids << m_customModel->field(i).id;
    return ids;
}

LeadFormDraft LeadFormEditorDialog::draft() const
{
    LeadFormDraft form;
    form.id = m_formId;
    form.rowVersion = m_rowVersion;
    form.name = m_nameEdit->text();
    form.active = m_activeCheck->isChecked();
    for (int row = 0; row < m_listingsList->count(); ++row) {
        const QListWidgetItem* item = m_listingsList->item(row);
        if (item->checkState() == Qt::Checked)
            form.listingIds << item->data(ListingRole).toString();
    }
    LeadFormSchema schema;
    for (int row = 0; row < m_defaultFieldsList->count(); ++row) {
        const QListWidgetItem* item = m_defaultFieldsList->item(row);
        schema.setShown(static_cast<LeadField>(item->data(FieldRole).toInt()),
                        item->checkState() == Qt::Checked);
    }
    QList<CustomField> fields = m_customModel->fields();
    for (CustomField& field : fields)
        if (field.type != CustomFieldType::Choice)
            field.choices.clear();
    schema.setCustomFields(fields);
    form.schema = schema;
    return form;
}

void LeadFormEditorDialog::validate()
{
    if (m_filling)
        return;
    const LeadFormDraft form = draft();
    const auto reasons = LeadFormService::validate(form);
    const QString overlap = LeadFormService::overlapReason(form, m_listings);
    const auto show = [](QLabel* label, QWidget* input, const QString& text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
        input->setAccessibleDescription(text);
    };
    show(m_nameReason, m_nameEdit,
         m_touched.contains(nameKey) ? reasons.value(nameKey) : QString());
    show(m_listingsReason, m_listingsList,
         m_touched.contains(listingsKey) && reasons.contains(listingsKey)
             ? reasons.value(listingsKey)
             : overlap);
    show(m_customReason, m_customTable, reasons.value(schemaKey));
    m_saveReason->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty() && overlap.isEmpty());
}

void LeadFormEditorDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto saved = LeadFormService::save(m_workspace, m_acting, draft());
    if (!saved) {
        if (auto listings = LeadFormService::vendorListings(m_workspace, m_acting); listings) {
            const QStringList checked = draft().listingIds;
            m_listings = listings.value();
            m_filling = true;
            fillListings(checked);
            m_filling = false;
        }
        validate();
        const bool shownAtProducts = m_listingsReason->text() == saved.error().message;
        m_saveReason->setText(shownAtProducts
                                  ? tr("The form was not saved: see the reason at Products.")
                                  : tr("The form was not saved: %1").arg(saved.error().message));
        m_saveReason->show();
        return;
    }
    m_savedId = saved.value();
    accept();
}
