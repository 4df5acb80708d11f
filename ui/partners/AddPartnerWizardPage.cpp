#include "partners/AddPartnerWizardPage.h"

#include "common/InlineMessage.h"

#include "partners/AddPartnerWizard.h"

#include <QLabel>
#include <QVBoxLayout>

AddPartnerWizardPage::AddPartnerWizardPage(QWidget* parent)
    : QWizardPage(parent)
    , m_content(new QVBoxLayout)
    , m_error(new InlineMessage(this))
{
    m_error->setObjectName(QStringLiteral("partnerWizardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_error);
}

int AddPartnerWizardPage::nextId() const
{
    if (!partnerWizard())
        return -1;
    const QList<int> ids = wizard()->pageIds();
    for (int id : ids)
        if (wizard()->page(id) == this)
            return partnerWizard()->nextAfter(id);
    return -1;
}

AddPartnerWizard* AddPartnerWizardPage::partnerWizard() const
{
    return static_cast<AddPartnerWizard*>(wizard());
}

QLabel* AddPartnerWizardPage::reasonLabel(const QString& objectName)
{
    return InlineMessage::create(this, objectName);
}

void AddPartnerWizardPage::showReason(QLabel* label, const QString& reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}
