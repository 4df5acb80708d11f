#include "partners/AddPartnerDetailsPage.h"

#include "partners/AddPartnerWizard.h"
#include "partners/PartnerService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

AddPartnerDetailsPage::AddPartnerDetailsPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_vendor(new QRadioButton(tr("&Vendor"), this))
    , m_reseller(new QRadioButton(tr("&Reseller"), this))
    , m_createAgreement(new QCheckBox(tr("Create new &agreement"), this))
    , m_description(new QPlainTextEdit(this))
    , m_nameReason(reasonLabel(QStringLiteral("partnerNameEditReason")))
    , m_emailReason(reasonLabel(QStringLiteral("partnerContactEmailReason")))
{
    setObjectName(QStringLiteral("partnerDetailsPage"));
    setTitle(tr("Partner details"));
    setSubTitle(tr("Who is the new partner? A vendor signs a program agreement with you; a "
                   "reseller a service agreement."));
    m_vendor->setObjectName(QStringLiteral("partnerTypeVendorRadio"));
    m_reseller->setObjectName(QStringLiteral("partnerTypeResellerRadio"));
    m_vendor->setChecked(true);
    auto* types = new QButtonGroup(this);
    types->addButton(m_vendor);
    types->addButton(m_reseller);
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_vendor);
    typeRow->addWidget(m_reseller);
    typeRow->addStretch(1);
    auto* typeLabel = new QLabel(tr("Type:"), this);

    auto* form = new QFormLayout;
    form->addRow(typeLabel, typeRow);
    m_name = addLine(form, tr("Partner &name *"), QStringLiteral("partnerNameEdit"));
    form->addRow(QString(), m_nameReason);
    m_externalId = addLine(form, tr("Partner &External ID (optional)"),
                           QStringLiteral("partnerExternalIdEdit"));
    m_createAgreement->setObjectName(QStringLiteral("createAgreementCheck"));
    m_createAgreement->setChecked(true);
    form->addRow(QString(), m_createAgreement);
    content()->addLayout(form);

    auto* more = new QGroupBox(tr("Additional attributes"), this);
    more->setObjectName(QStringLiteral("additionalAttributesGroup"));
    auto* moreForm = new QFormLayout(more);
    m_description->setObjectName(QStringLiteral("partnerDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    auto* descriptionLabel = new QLabel(tr("&Description"), this);
    descriptionLabel->setBuddy(m_description);
    moreForm->addRow(descriptionLabel, m_description);
    m_countries = addLine(moreForm, tr("C&ountries"), QStringLiteral("partnerCountriesEdit"));
    m_industry = addLine(moreForm, tr("&Industry"), QStringLiteral("partnerIndustryEdit"));
    m_technicalName =
        addLine(moreForm, tr("&Technical contact"), QStringLiteral("technicalContactNameEdit"));
    m_technicalEmail = addLine(moreForm, tr("Technical contact e-&mail"),
                               QStringLiteral("technicalContactEmailEdit"));
    m_businessName =
        addLine(moreForm, tr("&Business contact"), QStringLiteral("businessContactNameEdit"));
    m_businessEmail = addLine(moreForm, tr("Business contact e-ma&il"),
                              QStringLiteral("businessContactEmailEdit"));
    moreForm->addRow(QString(), m_emailReason);
    content()->addWidget(more);
    content()->addStretch(1);

    for (QLineEdit* edit : {m_name, m_externalId, m_technicalEmail, m_businessEmail})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            collect();
            emit completeChanged();
        });
}

QLineEdit* AddPartnerDetailsPage::addLine(QFormLayout* form, const QString& label,
                                          const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    return edit;
}

void AddPartnerDetailsPage::collect()
{
    if (!partnerWizard())
        return;
    PartnerDraft& draft = partnerWizard()->draft();
    draft.type = m_reseller->isChecked() ? AccountRole::Reseller : AccountRole::Vendor;
    draft.name = m_name->text();
    draft.externalId = m_externalId->text();
    draft.createAgreement = m_createAgreement->isChecked();
    draft.description = m_description->toPlainText();
    draft.countries = m_countries->text();
    draft.industry = m_industry->text();
    draft.technicalContactName = m_technicalName->text();
    draft.technicalContactEmail = m_technicalEmail->text();
    draft.businessContactName = m_businessName->text();
    draft.businessContactEmail = m_businessEmail->text();
    const auto reasons = PartnerService::validate(draft);
    showReason(m_nameReason,
               m_name->text().isEmpty() ? QString() : reasons.value(QStringLiteral("name")));
    showReason(m_emailReason, reasons.value(QStringLiteral("technicalContactEmail"),
                                            reasons.value(QStringLiteral("businessContactEmail"))));
}

bool AddPartnerDetailsPage::isComplete() const
{
    PartnerDraft draft;
    draft.name = m_name->text();
    draft.externalId = m_externalId->text();
    draft.technicalContactEmail = m_technicalEmail->text();
    draft.businessContactEmail = m_businessEmail->text();
    const auto reasons = PartnerService::validate(draft);
    for (const char* key : {"name", "externalId", "technicalContactEmail", "businessContactEmail"})
        if (reasons.contains(QString::fromLatin1(key)))
            return false;
    return true;
}

bool AddPartnerDetailsPage::validatePage()
{
    collect();
    return isComplete();
}
