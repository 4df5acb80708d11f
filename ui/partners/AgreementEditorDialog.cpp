#include "partners/AgreementEditorDialog.h"

#include "common/InlineMessage.h"

#include "partners/AgreementForm.h"
#include "partners/AgreementWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString parentKey = QStringLiteral("parent");
const QString marketplaceKey = QStringLiteral("marketplace");
const QString sourcingKey = QStringLiteral("sourcing");

} // namespace

AgreementEditorDialog::AgreementEditorDialog(const WorkspaceHandle& workspace,
                                             const ActingContext& acting, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_header(new QFormLayout)
{
    setObjectName(QStringLiteral("agreementEditorDialog"));
    setWindowTitle(tr("New agreement"));
    setSizeGripEnabled(true);

    m_typeCombo = createCombo(QStringLiteral("agreementTypeCombo"));
    for (AgreementType type : agreementTypes.all())
        m_typeCombo->addItem(agreementTypes.label(type), static_cast<int>(type));
    m_typeLabel = new QLabel(this);
    m_typeLabel->setObjectName(QStringLiteral("agreementTypeLabel"));
    m_idLabel = new QLabel(this);
    m_idLabel->setObjectName(QStringLiteral("agreementIdLabel"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* typeCell = new QWidget(this);
    typeCell->setObjectName(QStringLiteral("agreementTypeRow"));
    auto* typeLayout = new QVBoxLayout(typeCell);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->addWidget(m_typeCombo);
    typeLayout->addWidget(m_typeLabel);
    auto* typeCaption = new QLabel(tr("&Type"), this);
    typeCaption->setObjectName(QStringLiteral("agreementTypeCaption"));
    typeCaption->setBuddy(m_typeCombo);
    auto* idCaption = new QLabel(tr("ID"), this);
    idCaption->setObjectName(QStringLiteral("agreementIdCaption"));

    const auto referenceRow = [this](QComboBox* combo, QLabel* reason, const QString& name) {
        auto* row = new QWidget(this);
        row->setObjectName(name);
        auto* layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(combo);
        layout->addWidget(reason);
        return row;
    };
    m_parentCombo = createCombo(QStringLiteral("agreementParentCombo"));
    m_parentReason = InlineMessage::create(this, QStringLiteral("agreementParentReason"));
    m_parentRow = referenceRow(m_parentCombo, m_parentReason, QStringLiteral("agreementParentRow"));
    m_marketplaceCombo = createCombo(QStringLiteral("agreementMarketplaceCombo"));
    m_marketplaceReason = InlineMessage::create(this, QStringLiteral("agreementMarketplaceReason"));
    m_marketplaceRow = referenceRow(m_marketplaceCombo, m_marketplaceReason,
                                    QStringLiteral("agreementMarketplaceRow"));
    m_sourcingCombo = createCombo(QStringLiteral("agreementSourcingCombo"));
    m_sourcingReason = InlineMessage::create(this, QStringLiteral("agreementSourcingReason"));
    m_sourcingRow =
        referenceRow(m_sourcingCombo, m_sourcingReason, QStringLiteral("agreementSourcingRow"));
    const auto caption = [this](const QString& text, QWidget* buddy, const QString& name) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setBuddy(buddy);
        return label;
    };

    m_header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_header->addRow(typeCaption, typeCell);
    m_header->addRow(idCaption, m_idLabel);
    m_header->addRow(
        caption(tr("&Parent program *"), m_parentCombo, QStringLiteral("agreementParentLabel")),
        m_parentRow);
    m_header->addRow(caption(tr("&Marketplace *"), m_marketplaceCombo,
                             QStringLiteral("agreementMarketplaceLabel")),
                     m_marketplaceRow);
    m_header->addRow(caption(tr("&Sourcing agreement *"), m_sourcingCombo,
                             QStringLiteral("agreementSourcingLabel")),
                     m_sourcingRow);

    m_contentHint = new QLabel(
        tr("The description and document belong to the agreement's versions: use Versions\u2026 "
           "to add a version and activate it."),
        this);
    m_contentHint->setObjectName(QStringLiteral("agreementContentHint"));
    m_contentHint->setWordWrap(true);
    m_contentHint->setForegroundRole(QPalette::PlaceholderText);
    m_contentHint->hide();

    m_form = new AgreementForm(this);
    int labelWidth = m_form->labelWidth();
    for (int row = 0; row < m_header->rowCount(); ++row)
        if (QLayoutItem* item = m_header->itemAt(row, QFormLayout::LabelRole);
            item && item->widget())
            labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
    m_form->setLabelWidth(labelWidth);
    for (int row = 0; row < m_header->rowCount(); ++row)
        if (QLayoutItem* item = m_header->itemAt(row, QFormLayout::LabelRole);
            item && item->widget())
            item->widget()->setMinimumWidth(labelWidth);
    m_saveReason = InlineMessage::create(this, QStringLiteral("agreementSaveReason"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("agreementEditorButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveAgreementButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelAgreementButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_contentHint);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_saveReason);
    layout->addWidget(m_buttons);

    setTabOrder(m_typeCombo, m_parentCombo);
    setTabOrder(m_parentCombo, m_marketplaceCombo);
    setTabOrder(m_marketplaceCombo, m_sourcingCombo);
    setTabOrder(m_sourcingCombo, m_form->nameEdit());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgreementEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &AgreementForm::changed, this, &AgreementEditorDialog::validate);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeRows();
        validate();
    });
    for (QComboBox* combo : {m_parentCombo, m_marketplaceCombo, m_sourcingCombo})
        connect(combo, &QComboBox::activated, this, [this] {
            m_touchedReferences = true;
            validate();
        });
    for (QComboBox* combo : {m_parentCombo, m_marketplaceCombo, m_sourcingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AgreementEditorDialog::validate);
    resize(640, 700);
}

QComboBox* AgreementEditorDialog::createCombo(const QString& name)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    return combo;
}

Result<void> AgreementEditorDialog::load(const QString& agreementId)
{
    m_agreementId = agreementId;
    if (agreementId.isEmpty()) {
        auto choices = AgreementService::choices(m_workspace, m_acting);
        if (!choices)
            return choices.error();
        m_choices = choices.value();
        setWindowTitle(tr("New agreement"));
        m_typeCombo->show();
        m_typeLabel->hide();
        m_header->setRowVisible(m_idLabel, false);
        m_contentHint->hide();
        m_form->setContentEnabled(true);
        updateTypeRows();
        validate();
        return {};
    }
    auto details = AgreementService::details(m_workspace, m_acting, agreementId);
    if (!details)
        return details.error();
    setWindowTitle(tr("Edit agreement %1").arg(agreementId));
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(static_cast<int>(details->type)));
    m_typeCombo->hide();
    m_typeLabel->setText(agreementTypes.label(details->type));
    m_typeLabel->show();
    m_idLabel->setText(agreementId);
    m_header->setRowVisible(m_idLabel, true);
    for (QWidget* row : {m_parentRow, m_marketplaceRow, m_sourcingRow})
        m_header->setRowVisible(row, false);
    AgreementInput input;
    input.name = details->name;
    input.descriptionHtml = details->activeVersion.descriptionHtml;
    input.source = details->activeVersion.source;
    input.documentUrl = details->activeVersion.documentUrl;
    input.fileName = details->activeVersion.fileName;
    m_form->setInput(input);
    m_form->setContentEnabled(false);
    m_contentHint->show();
    validate();
    return {};
}

void AgreementEditorDialog::fillChoices()
{
    const auto type = static_cast<AgreementType>(m_typeCombo->currentData().toInt());
    const auto fill = [](QComboBox* combo, const QList<AgreementChoice>& choices,
                         const QString& placeholder, bool disableTaken) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(placeholder, QString());
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        for (const AgreementChoice& choice : choices) {
            const bool taken = disableTaken && !choice.unavailableReason.isEmpty();
            combo->addItem(taken ? tr("%1 \u2014 %2").arg(choice.name, choice.unavailableReason)
                                 : tr("%1 (%2)").arg(choice.name, choice.id),
                           choice.id);
            if (taken && model)
                model->item(combo->count() - 1)->setEnabled(false);
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index > 0 && (!model || model->item(index)->isEnabled()) ? index
                                                                                        : 0);
    };
    const bool distribution = type == AgreementType::Distribution;
    fill(m_parentCombo, m_choices.programs, tr("Choose a program agreement"), false);
    fill(m_marketplaceCombo, m_choices.marketplaces,
         distribution ? tr("Choose a marketplace") : tr("No marketplace"), distribution);
    fill(m_sourcingCombo, m_choices.syndications, tr("Choose a syndication agreement"), false);
    if (m_choices.programs.isEmpty())
        m_parentCombo->setItemText(0, tr("No program agreement yet: create one first"));
    if (m_choices.syndications.isEmpty())
        m_sourcingCombo->setItemText(0, tr("No syndication agreement yet: create one first"));
}

void AgreementEditorDialog::updateTypeRows()
{
    if (!m_agreementId.isEmpty())
        return;
    const auto type = static_cast<AgreementType>(m_typeCombo->currentData().toInt());
    fillChoices();
    const bool distribution = type == AgreementType::Distribution;
    const bool service = type == AgreementType::Service;
    m_header->setRowVisible(m_parentRow, distribution);
    m_header->setRowVisible(m_marketplaceRow, distribution || service);
    m_header->setRowVisible(m_sourcingRow, service);
    if (auto* label = qobject_cast<QLabel*>(m_header->labelForField(m_marketplaceRow)))
        label->setText(distribution ? tr("&Marketplace *") : tr("&Marketplace"));
}

AgreementInput AgreementEditorDialog::input() const
{
    AgreementInput input = m_form->input();
    input.type = static_cast<AgreementType>(m_typeCombo->currentData().toInt());
    if (input.type == AgreementType::Distribution) {
        input.parentAgreementId = m_parentCombo->currentData().toString();
        input.marketplaceId = m_marketplaceCombo->currentData().toString();
    }
    if (input.type == AgreementType::Service) {
        input.marketplaceId = m_marketplaceCombo->currentData().toString();
        input.sourcingAgreementId = m_sourcingCombo->currentData().toString();
    }
    return input;
}

void AgreementEditorDialog::validate()
{
    QMap<QString, QString> reasons = AgreementWriter::validate(input());
    if (!m_agreementId.isEmpty()) {
        const QString nameReason = reasons.value(QStringLiteral("name"));
        reasons.clear();
        if (!nameReason.isEmpty())
            reasons.insert(QStringLiteral("name"), nameReason);
    }
    m_form->setReasons(reasons);
    const QList<std::pair<QString, QLabel*>> labels = {{parentKey, m_parentReason},
                                                       {marketplaceKey, m_marketplaceReason},
                                                       {sourcingKey, m_sourcingReason}};
    for (const auto& [key, label] : labels) {
        const QString reason = m_touchedReferences ? reasons.value(key) : QString();
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(reasons.isEmpty() ? QString() : reasons.first());
}

void AgreementEditorDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Result<QString> saved = m_agreementId;
    if (m_agreementId.isEmpty()) {
        saved = AgreementService::create(m_workspace, m_acting, input());
    } else if (auto renamed = AgreementService::rename(m_workspace, m_acting, m_agreementId,
                                                       m_form->input().name);
               !renamed) {
        saved = renamed.error();
    }
    if (!saved) {
        m_saveReason->setText(saved.error().message);
        m_saveReason->show();
        m_form->showAllReasons();
        m_touchedReferences = true;
        validate();
        return;
    }
    m_saveReason->hide();
    m_savedId = saved.value();
    accept();
}
