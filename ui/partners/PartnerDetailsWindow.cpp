#include "partners/PartnerDetailsWindow.h"

#include "accounts/AccountRole.h"
#include "common/DetailsParts.h"
#include "common/LiveRefresh.h"
#include "common/ToneColors.h"
#include "partners/AccountProfileDialog.h"
#include "partners/AccountProfileService.h"
#include "partners/ContractCreation.h"
#include "partners/ContractService.h"
#include "partners/ContractWindow.h"
#include "partners/NewContractDialog.h"
#include "partners/PartnerContractsTab.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerDetailsLabels.h"
#include "partners/PartnerGeneralTab.h"
#include "partners/PartnerLifecycle.h"
#include "partners/PartnerListingsTab.h"
#include "partners/PartnerNewsTab.h"
#include "partners/PartnerStatus.h"
#include "partners/RemovePartnerDialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

ToneColors::Tone statusTone(const QString& statusKey)
{
    if (statusKey == partnerStatuses.key(PartnerStatus::Invited))
        return ToneColors::Tone::Attention;
    if (statusKey == partnerStatuses.key(PartnerStatus::Removed))
        return ToneColors::Tone::Neutral;
    return ToneColors::Tone::Good;
}

} // namespace

PartnerDetailsWindow::PartnerDetailsWindow(WorkspaceHandle workspace, ActingContext acting,
                                           QString accountId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_accountId(std::move(accountId))
{
    setObjectName(QStringLiteral("partnerDetailsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("partnerDetailsEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    // Ctrl+Tab switches tabs wherever the focus is, also on the Close button.
    auto* nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    nextTab->setObjectName(QStringLiteral("partnerDetailsNextTab"));
    connect(nextTab, &QShortcut::activated, this, [this] { switchTab(1); });
    const QList<QKeySequence> backwards = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)};
    for (const QKeySequence& sequence : backwards) {
        auto* previousTab = new QShortcut(sequence, this);
        previousTab->setObjectName(QStringLiteral("partnerDetailsPreviousTab"));
        connect(previousTab, &QShortcut::activated, this, [this] { switchTab(-1); });
    }
    setMinimumSize(560, 440);
    resize(920, 720);
    reload();
}

PartnerDetailsWindow* PartnerDetailsWindow::open(WorkspaceHandle workspace, ActingContext acting,
                                                 QString accountId, QWidget* parent)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* window = qobject_cast<PartnerDetailsWindow*>(widget);
        if (window && window->partnerAccountId() == accountId &&
            window->actingAccountId() == acting.accountId && window->m_workspace == workspace) {
            DetailsParts::bringToFront(window);
            return window;
        }
    }
    auto* window = new PartnerDetailsWindow(std::move(workspace), std::move(acting),
                                            std::move(accountId), parent);
    DetailsParts::bringToFront(window);
    return window;
}

void PartnerDetailsWindow::switchTab(int step)
{
    if (!m_tabs || m_tabs->count() == 0)
        return;
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void PartnerDetailsWindow::reload()
{
    const int currentTab = m_tabs ? m_tabs->currentIndex() : 0;
    m_tabs = nullptr;
    QVBoxLayout* content =
        DetailsParts::replaceContent(this, m_content, QStringLiteral("partnerDetailsContent"));

    auto loaded = PartnerDetails::load(m_workspace, m_acting, m_accountId);
    if (!loaded) {
        m_profile.reset();
        setWindowTitle(tr("%1 \u2014 Partner details").arg(m_accountId));
        DetailsParts::showLoadError(content, loaded.error().message,
                                    QStringLiteral("partnerDetailsError"));
    } else {
        m_profile = loaded.value();
        const PartnerProfile& profile = *m_profile;
        setWindowTitle(tr("%1 \u2014 Partner details").arg(profile.name));
        content->addWidget(buildHeader(profile));
        m_tabs = new QTabWidget(m_content);
        m_tabs->setObjectName(QStringLiteral("partnerDetailsTabs"));
        m_tabs->setAccessibleName(tr("Partner details"));
        m_tabs->tabBar()->setObjectName(QStringLiteral("partnerDetailsTabBar"));
        m_tabs->addTab(new PartnerGeneralTab(profile, m_workspace, m_acting), tr("General"));
        m_tabs->addTab(new PartnerNewsTab(profile), tr("News"));
        auto* contracts = new PartnerContractsTab(profile, m_acting.canManagePartners());
        connect(contracts, &PartnerContractsTab::contractActivated, this,
                &PartnerDetailsWindow::openContract);
        connect(contracts, &PartnerContractsTab::signUpdatedVersionRequested, this,
                &PartnerDetailsWindow::signUpdatedVersion);
        m_tabs->addTab(contracts, tr("Contracts"));
        m_tabs->addTab(new PartnerListingsTab(profile), tr("Listings"));
        m_tabs->setCurrentIndex(qBound(0, currentTab, m_tabs->count() - 1));
        content->addWidget(m_tabs, 1);
    }

    QPushButton* close =
        DetailsParts::addCloseButton(this, content, QStringLiteral("partnerCloseButton"));
    layout()->addWidget(m_content);
    if (m_tabs)
        m_tabs->tabBar()->setFocus();
    else
        close->setFocus();
}

QWidget* PartnerDetailsWindow::buildHeader(const PartnerProfile& profile)
{
    auto* header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("partnerHeader"));
    QLabel* name =
        DetailsParts::title(profile.name, QStringLiteral("partnerNameLabel"), 1.6, header);
    QLabel* id =
        DetailsParts::identifier(profile.accountId, QStringLiteral("partnerIdLabel"), header);
    id->setAccessibleDescription(tr("Account ID"));
    auto* role = new QLabel(accountRoles.labelForKey(profile.roleKey), header);
    role->setObjectName(QStringLiteral("partnerRoleLabel"));
    role->setAccessibleDescription(tr("Type"));
    auto* status = new QLabel(partnerStatuses.labelForKey(profile.statusKey), header);
    status->setObjectName(QStringLiteral("partnerStatusLabel"));
    status->setAccessibleDescription(tr("Status"));
    status->setToolTip(tr("Status of the partnership"));
    ToneColors::applyBadge(status, statusTone(profile.statusKey));
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(id);
    auto* separator = new QLabel(QStringLiteral("\u00B7"), header);
    separator->setObjectName(QStringLiteral("partnerHeaderSeparator"));
    separator->setForegroundRole(QPalette::PlaceholderText);
    idRow->addWidget(separator);
    idRow->addWidget(role);
    idRow->addSpacing(6);
    idRow->addWidget(status);
    idRow->addStretch(1);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(name);
    layout->addLayout(idRow);
    layout->addWidget(buildActions(profile, header));
    if (!profile.description.trimmed().isEmpty()) {
        // A long description keeps the tabs in view: the header shows its start, the General
        // tab all of it.
        const QString text = profile.description.simplified();
        const bool shortened = text.size() > PartnerGeneralTab::headerDescriptionLength;
        QString shown = text;
        if (shortened) {
            shown.truncate(PartnerGeneralTab::headerDescriptionLength);
            const qsizetype space = shown.lastIndexOf(QLatin1Char(' '));
            if (space > PartnerGeneralTab::headerDescriptionLength / 2)
                shown.truncate(space);
            while (!shown.isEmpty() && (shown.back().isPunct() || shown.back().isSpace()))
                shown.chop(1);
            shown += QStringLiteral("\u2026");
        }
        QLabel* description = PartnerDetailsLabels::value(
            shown, QStringLiteral("partnerDescriptionLabel"), tr("Description"), header);
        if (shortened)
            description->setToolTip(tr("The whole description is on the General tab."));
        description->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(description);
    }
    return header;
}

void PartnerDetailsWindow::signUpdatedVersion(const QString& contractId)
{
    if (QMessageBox::question(
            this, tr("Sign updated version"),
            tr("Sign the active version of the agreement for contract %1?").arg(contractId)) !=
        QMessageBox::Yes)
        return;
    auto signedVersion = ContractService::signUpdatedVersion(m_workspace, m_acting, contractId);
    if (!signedVersion) {
        QMessageBox::warning(this, tr("Sign updated version"), signedVersion.error().message);
        return;
    }
    reload();
    // Partnership, contracts, agreements, news, media and listings as other users change them.
    new LiveRefresh(this, m_workspace,
                    {QStringLiteral("partnerships"), QStringLiteral("accounts"),
                     QStringLiteral("contacts"), QStringLiteral("contracts"),
                     QStringLiteral("agreements"), QStringLiteral("listings"),
                     QStringLiteral("news"), QStringLiteral("invitations")},
                    [this] { reload(); });
}

QWidget* PartnerDetailsWindow::buildActions(const PartnerProfile& profile, QWidget* parent)
{
    auto* bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("partnerActions"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 6, 0, 0);
    const bool removed = profile.statusKey == partnerStatuses.key(PartnerStatus::Removed);
    const bool owner = profile.managedByActing;
    const auto add = [&](const QString& text, const QString& name, const QString& toolTip,
                         bool visible, auto slot) {
        if (!visible)
            return;
        auto* button = new QPushButton(text, bar);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
    };
    add(tr("New co&ntract\u2026"), QStringLiteral("partnerNewContractButton"),
        tr("Add a program, distribution, service, syndication or referral contract"),
        owner && !removed && ContractCreation::canCreate(m_acting), [this] { newContract(); });
    add(tr("&Edit profile\u2026"), QStringLiteral("partnerEditProfileButton"),
        tr("Edit the General tab: %1 has no users of its own yet").arg(profile.name),
        AccountProfileService::checkEditable(m_workspace, m_acting, profile.accountId).ok(),
        [this] { editProfile(); });
    add(tr("&Remove partner\u2026"), QStringLiteral("removePartnerButton"),
        tr("Remove the partner: pending contracts are deleted, active ones terminated"),
        owner && !removed && PartnerLifecycle::canChange(m_acting), [this] { removePartner(); });
    add(tr("Rest&ore partner"), QStringLiteral("restorePartnerButton"),
        tr("Make the partner active again"),
        owner && removed && PartnerLifecycle::canChange(m_acting), [this] { restorePartner(); });
    layout->addStretch(1);
    bar->setVisible(layout->count() > 1);
    return bar;
}

void PartnerDetailsWindow::changed()
{
    reload();
    emit partnerChanged(m_accountId);
}

NewContractDialog* PartnerDetailsWindow::newContract()
{
    if (!ContractCreation::canCreate(m_acting))
        return nullptr;
    auto* dialog = new NewContractDialog(m_workspace, m_acting, m_accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewContractDialog::contractCreated, this, [this] {
        changed();
        if (m_tabs)
            m_tabs->setCurrentIndex(2);
    });
    dialog->show();
    return dialog;
}

std::optional<qint64> PartnerDetailsWindow::readVersion() const
{
    if (!m_profile)
        return std::nullopt;
    return m_profile->partnershipVersion;
}

void PartnerDetailsWindow::removePartner()
{
    auto plan = PartnerLifecycle::removalPlan(m_workspace, m_acting, m_accountId);
    if (!plan) {
        QMessageBox::warning(this, tr("Remove partner"), plan.error().message);
        return;
    }
    RemovePartnerDialog dialog(plan.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto removed = PartnerLifecycle::remove(m_workspace, m_acting, m_accountId, readVersion());
        !removed)
        QMessageBox::warning(this, tr("Remove partner"), removed.error().message);
    changed();
}

void PartnerDetailsWindow::restorePartner()
{
    if (auto restored =
            PartnerLifecycle::restore(m_workspace, m_acting, m_accountId, readVersion());
        !restored)
        QMessageBox::warning(this, tr("Restore partner"), restored.error().message);
    changed();
}

AccountProfileDialog* PartnerDetailsWindow::editProfile()
{
    if (!m_profile ||
        !AccountProfileService::checkEditable(m_workspace, m_acting, m_accountId).ok())
        return nullptr;
    auto* dialog =
        new AccountProfileDialog(m_workspace, m_acting, m_accountId, m_profile->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AccountProfileDialog::profileSaved, this, &PartnerDetailsWindow::changed);
    dialog->show();
    return dialog;
}

ContractWindow* PartnerDetailsWindow::openContract(const QString& contractId)
{
    ContractWindow* window = ContractWindow::open(m_workspace, m_acting, contractId, this);
    connect(window, &ContractWindow::contractChanged, this, &PartnerDetailsWindow::changed,
            Qt::UniqueConnection);
    return window;
}
