#include "partners/AddPartnerAgreementPage.h"

#include "partners/AddPartnerWizard.h"
#include "partners/AgreementForm.h"
#include "partners/PartnerCatalog.h"
#include "partners/PartnerService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

AddPartnerAgreementPage::AddPartnerAgreementPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_form(new AgreementForm(this))
    , m_existing(new QListWidget(this))
    , m_existingEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("partnerAgreementPage"));
    setTitle(tr("Agreement"));
    m_existing->setObjectName(QStringLiteral("existingAgreementList"));
    m_existing->setAccessibleName(tr("Existing agreements"));
    m_existingEmpty->setObjectName(QStringLiteral("existingAgreementEmpty"));
    m_existingEmpty->setWordWrap(true);
    auto* pick = new QWidget(this);
    auto* pickLayout = new QVBoxLayout(pick);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Agreements:"), pick);
    label->setBuddy(m_existing);
    pickLayout->addWidget(label);
    pickLayout->addWidget(m_existing, 1);
    pickLayout->addWidget(m_existingEmpty);
    m_stack->addWidget(m_form);
    m_stack->addWidget(pick);
    content()->addWidget(m_stack, 1);
    connect(m_form, &AgreementForm::changed, this, [this] {
        collect();
        emit completeChanged();
    });
    connect(m_existing, &QListWidget::currentRowChanged, this, [this] {
        collect();
        emit completeChanged();
    });
}

void AddPartnerAgreementPage::initializePage()
{
    AddPartnerWizard* wizard = partnerWizard();
    const PartnerDraft& draft = wizard->draft();
    const bool vendor = draft.type == AccountRole::Vendor;
    const AgreementType type = vendor ? AgreementType::Program : AgreementType::Service;
    setSubTitle(draft.createAgreement
                    ? (vendor ? tr("The program agreement the new vendor signs with you.")
                              : tr("The service agreement the new reseller signs with you."))
                    : (vendor ? tr("Pick the program agreement the new vendor signs.")
                              : tr("Pick the service agreement the new reseller signs.")));
    m_stack->setCurrentIndex(draft.createAgreement ? 0 : 1);
    if (!draft.createAgreement) {
        const QString selected = draft.existingAgreementId;
        m_existing->clear();
        if (auto agreements =
                PartnerCatalog::agreements(wizard->workspace(), wizard->acting(), type)) {
            for (const LeadOption& option : agreements.value()) {
                auto* item = new QListWidgetItem(
                    tr("%1 \u2014 %2").arg(option.label, option.detail), m_existing);
                item->setData(Qt::UserRole, option.id);
                if (option.id == selected)
                    m_existing->setCurrentItem(item);
            }
        }
        m_existingEmpty->setText(
            m_existing->count() == 0
                ? tr("You have no \u201c%1\u201d agreement yet: go Back and tick Create new "
                     "agreement.")
                      .arg(agreementTypes.label(type))
                : QString());
        m_existingEmpty->setVisible(m_existing->count() == 0);
        if (!m_existing->currentItem() && m_existing->count() > 0)
            m_existing->setCurrentRow(0);
    } else if (m_form->nameEdit()->text().isEmpty() && !draft.name.trimmed().isEmpty()) {
        m_form->nameEdit()->setText(tr("%1 Agreement").arg(draft.name.trimmed()));
    }
    collect();
}

void AddPartnerAgreementPage::collect()
{
    if (!partnerWizard())
        return;
    PartnerDraft& draft = partnerWizard()->draft();
    if (draft.createAgreement) {
        const AgreementType type = draft.agreement.type;
        draft.agreement = m_form->input();
        draft.agreement.type = type;
        QMap<QString, QString> reasons;
        const auto all = PartnerService::validate(draft);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (it.key().startsWith(QLatin1String("agreement.")))
                reasons.insert(it.key().mid(10), it.value());
        m_form->setReasons(reasons);
    } else {
        draft.existingAgreementId = m_existing->currentItem()
                                        ? m_existing->currentItem()->data(Qt::UserRole).toString()
                                        : QString();
    }
}

bool AddPartnerAgreementPage::isComplete() const
{
    if (!partnerWizard())
        return false;
    const auto reasons = PartnerService::validate(partnerWizard()->draft());
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (it.key().startsWith(QLatin1String("agreement")))
            return false;
    return true;
}

bool AddPartnerAgreementPage::validatePage()
{
    collect();
    if (!isComplete()) {
        m_form->showAllReasons();
        return false;
    }
    return true;
}
