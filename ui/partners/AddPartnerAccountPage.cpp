#include "partners/AddPartnerAccountPage.h"

#include "common/CheckableListAccessible.h"
#include "leads/LeadCatalog.h"
#include "partners/AddPartnerWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

AddPartnerAccountPage::AddPartnerAccountPage(QWidget* parent)
    : AddPartnerWizardPage(parent)
    , m_selectAll(new QCheckBox(tr("Select &all"), this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("accountDetailsPage"));
    setTitle(tr("Account details"));
    setSubTitle(tr("Add users to the new partner account. They can act in it as CRM admins."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Add"));
    m_selectAll->setObjectName(QStringLiteral("selectAllUsersCheck"));
    m_list->setObjectName(QStringLiteral("partnerUserList"));
    m_list->setAccessibleName(tr("Users"));
    CheckableListAccessible::enable(m_list);
    auto* label = new QLabel(tr("&Users:"), this);
    label->setBuddy(m_list);
    content()->addWidget(m_selectAll);
    content()->addWidget(label);
    content()->addWidget(m_list, 1);
    connect(m_selectAll, &QCheckBox::toggled, this, [this](bool all) {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(all ? Qt::Checked : Qt::Unchecked);
        emit completeChanged();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        const QSignalBlocker blocker(m_selectAll);
        m_selectAll->setChecked(checkedUsers().size() == m_list->count() && m_list->count() > 0);
        emit completeChanged();
    });
}

void AddPartnerAccountPage::initializePage()
{
    AddPartnerWizard* wizard = partnerWizard();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (auto users = LeadCatalog::users(wizard->workspace(), wizard->acting().accountId)) {
        for (const LeadOption& user : users.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 \u2014 %2").arg(user.label, user.detail), m_list);
            item->setData(Qt::UserRole, user.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(wizard->draft().userIds.contains(user.id) ? Qt::Checked
                                                                          : Qt::Unchecked);
        }
    }
}

QStringList AddPartnerAccountPage::checkedUsers() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toString();
    return ids;
}

bool AddPartnerAccountPage::isComplete() const
{
    return !checkedUsers().isEmpty();
}

bool AddPartnerAccountPage::validatePage()
{
    partnerWizard()->draft().userIds = checkedUsers();
    return partnerWizard()->commit(errorLabel());
}
