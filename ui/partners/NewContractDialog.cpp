#include "partners/NewContractDialog.h"

#include "common/InlineMessage.h"

#include "accounts/AccountRole.h"
#include "partners/ContractCreation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

/// Disables combo's item index, saying why in short after its text and in full in its tooltip
/// (the row stays visible).
void disableItem(QComboBox* combo, int index, const QString& shortReason, const QString& reason)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (!model)
        return;
    QStandardItem* item = model->item(index);
    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    item->setToolTip(reason);
    item->setText(NewContractDialog::tr("%1 \u2014 %2").arg(item->text(), shortReason));
}

bool itemEnabled(const QComboBox* combo, int index)
{
    const auto* model = qobject_cast<const QStandardItemModel*>(combo->model());
    return index >= 0 && (!model || model->item(index)->isEnabled());
}

/// Makes the first enabled item current (or none).
void selectFirstEnabled(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i)
        if (itemEnabled(combo, i)) {
            combo->setCurrentIndex(i);
            return;
        }
    combo->setCurrentIndex(-1);
}

} // namespace

NewContractDialog::NewContractDialog(WorkspaceHandle workspace, ActingContext acting,
                                     const QString& partnerAccountId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_partner(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_agreementLabel(new QLabel(this))
    , m_agreement(new QComboBox(this))
    , m_marketplaceLabel(new QLabel(tr("&Marketplace:"), this))
    , m_marketplace(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newContractDialog"));
    setWindowTitle(tr("New contract"));
    auto choices = ContractCreation::choices(m_workspace, m_acting);
    if (choices)
        m_choices = choices.value();

    for (QComboBox* combo : {m_partner, m_type, m_agreement, m_marketplace}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(40);
    }
    m_partner->setObjectName(QStringLiteral("newContractPartnerCombo"));
    m_type->setObjectName(QStringLiteral("newContractTypeCombo"));
    m_agreement->setObjectName(QStringLiteral("newContractAgreementCombo"));
    m_agreementLabel->setObjectName(QStringLiteral("newContractAgreementLabel"));
    m_marketplace->setObjectName(QStringLiteral("newContractMarketplaceCombo"));
    m_marketplaceLabel->setObjectName(QStringLiteral("newContractMarketplaceLabel"));
    m_hint->setObjectName(QStringLiteral("newContractHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("newContractProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    if (!choices)
        m_problem->setText(choices.error().message);

    for (int i = 0; i < m_choices.partners.size(); ++i) {
        const NewContractOption& partner = m_choices.partners.at(i);
        m_partner->addItem(
            tr("%1 (%2, %3)")
                .arg(partner.name, partner.id, accountRoles.labelForKey(partner.roleKey)),
            partner.id);
        if (!partner.reason.isEmpty())
            disableItem(m_partner, i, tr("removed"), partner.reason);
    }
    if (!partnerAccountId.isEmpty()) {
        m_partner->setCurrentIndex(m_partner->findData(partnerAccountId));
        m_partner->setEnabled(false);
    } else {
        selectFirstEnabled(m_partner);
    }

    auto* form = new QFormLayout;
    auto* partnerLabel = new QLabel(tr("&Partner:"), this);
    partnerLabel->setObjectName(QStringLiteral("newContractPartnerLabel"));
    partnerLabel->setBuddy(m_partner);
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setObjectName(QStringLiteral("newContractTypeLabel"));
    typeLabel->setBuddy(m_type);
    m_agreementLabel->setBuddy(m_agreement);
    m_marketplaceLabel->setBuddy(m_marketplace);
    form->addRow(partnerLabel, m_partner);
    form->addRow(typeLabel, m_type);
    form->addRow(m_agreementLabel, m_agreement);
    form->addRow(m_marketplaceLabel, m_marketplace);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create"));
    ok->setObjectName(QStringLiteral("newContractCreateButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("newContractCancelButton"));
    m_buttons->setObjectName(QStringLiteral("newContractButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewContractDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_partner, &QComboBox::currentIndexChanged, this, &NewContractDialog::fillTypes);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewContractDialog::fillAgreements);
    connect(m_agreement, &QComboBox::currentIndexChanged, this,
            &NewContractDialog::fillMarketplaces);
    connect(m_marketplace, &QComboBox::currentIndexChanged, this, &NewContractDialog::validate);
    fillTypes();
    resize(620, 280);
}

void NewContractDialog::fillTypes()
{
    const QString previous = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    const int index = m_partner->currentIndex();
    if (index >= 0 && index < m_choices.partners.size()) {
        const auto role = accountRoles.fromKey(m_choices.partners.at(index).roleKey);
        for (AgreementType type : ContractCreation::typesFor(role.value_or(AccountRole::Vendor)))
            m_type->addItem(agreementTypes.label(type), agreementTypes.key(type));
    }
    const int kept = m_type->findData(previous);
    m_type->setCurrentIndex(kept >= 0 ? kept : (m_type->count() > 0 ? 0 : -1));
    fillAgreements();
}

void NewContractDialog::fillAgreements()
{
    const auto type = agreementTypes.fromKey(m_type->currentData().toString());
    const bool distribution = type == AgreementType::Distribution;
    m_agreementLabel->setText(distribution ? tr("Program &agreement:") : tr("&Agreement:"));
    const QString wanted =
        type ? agreementTypes.key(distribution ? AgreementType::Program : *type) : QString();
    const QSignalBlocker blocker(m_agreement);
    m_agreement->clear();
    for (const NewContractOption& agreement : std::as_const(m_choices.agreements))
        if (agreement.typeKey == wanted)
            m_agreement->addItem(tr("%1 (%2)").arg(agreement.name, agreement.id), agreement.id);
    m_agreement->setCurrentIndex(m_agreement->count() > 0 ? 0 : -1);
    m_marketplaceLabel->setVisible(distribution);
    m_marketplace->setVisible(distribution);
    fillMarketplaces();
}

void NewContractDialog::fillMarketplaces()
{
    const QString program = m_agreement->currentData().toString();
    const QSignalBlocker blocker(m_marketplace);
    m_marketplace->clear();
    for (int i = 0; i < m_choices.marketplaces.size(); ++i) {
        const NewContractOption& marketplace = m_choices.marketplaces.at(i);
        m_marketplace->addItem(tr("%1 (%2)").arg(marketplace.name, marketplace.id), marketplace.id);
        if (const QString reason = ContractCreation::marketplaceReason(marketplace, program);
            !reason.isEmpty())
            disableItem(m_marketplace, i,
                        tr("has %1 of another program").arg(marketplace.distributionId), reason);
    }
    selectFirstEnabled(m_marketplace);
    validate();
}

NewContractDraft NewContractDialog::draft() const
{
    NewContractDraft draft;
    draft.partnerAccountId = m_partner->currentData().toString();
    draft.type =
        agreementTypes.fromKey(m_type->currentData().toString()).value_or(AgreementType::Program);
    draft.agreementId = m_agreement->currentData().toString();
    if (draft.type == AgreementType::Distribution)
        draft.marketplaceId = m_marketplace->currentData().toString();
    return draft;
}

void NewContractDialog::validate()
{
    const NewContractDraft current = draft();
    const auto reasons = ContractCreation::validate(current);
    QString hint;
    if (m_agreement->count() == 0 && m_type->currentIndex() >= 0)
        hint = tr("You have no \u201c%1\u201d agreement with an active version yet: create one "
                  "on the Agreements tab.")
                   .arg(current.type == AgreementType::Distribution
                            ? agreementTypes.label(AgreementType::Program)
                            : agreementTypes.label(current.type));
    else if (current.type == AgreementType::Distribution && !current.marketplaceId.isEmpty()) {
        for (const NewContractOption& marketplace : std::as_const(m_choices.marketplaces))
            if (marketplace.id == current.marketplaceId)
                hint = marketplace.distributionId.isEmpty()
                           ? tr("A new distribution agreement for this marketplace is created "
                                "under the program agreement.")
                           : tr("The contract uses the marketplace's distribution agreement %1.")
                                 .arg(marketplace.distributionId);
        hint += QLatin1Char(' ') + tr("The vendor enrolls, then you approve.");
    } else if (current.type == AgreementType::Syndication) {
        hint = tr("The reseller enrolls, then you approve.");
    } else if (m_type->currentIndex() >= 0) {
        hint = tr("The contract is Pending until the partner signs it.");
    }
    m_hint->setText(hint.trimmed());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(reasons.isEmpty() ? QString() : reasons.first());
}

void NewContractDialog::accept()
{
    auto created = ContractCreation::create(m_workspace, m_acting, draft());
    if (!created) {
        m_problem->setText(created.error().message);
        return;
    }
    m_createdId = created->contractId;
    emit contractCreated(m_createdId);
    QDialog::accept();
}
