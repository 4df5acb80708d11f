#include "partners/ContractWindow.h"

#include "common/CellText.h"
#include "common/DetailsParts.h"
#include "partners/AgreementType.h"
#include "partners/ContractActionRunner.h"
#include "partners/ContractService.h"
#include "partners/ContractStatus.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString statusText(const QString& key)
{
    return key.isEmpty() ? ContractWindow::tr("none") : contractStatuses.labelForKey(key);
}

QString actionText(const QString& action)
{
    static const std::pair<const char*, const char*> texts[] = {
        {"created", QT_TRANSLATE_NOOP("ContractWindow", "Created")},
        {"signed", QT_TRANSLATE_NOOP("ContractWindow", "Signed")},
        {"rejected", QT_TRANSLATE_NOOP("ContractWindow", "Rejected")},
        {"deleted", QT_TRANSLATE_NOOP("ContractWindow", "Deleted")},
        {"enrolled", QT_TRANSLATE_NOOP("ContractWindow", "Enrolled")},
        {"approved", QT_TRANSLATE_NOOP("ContractWindow", "Approved")},
        {"refined", QT_TRANSLATE_NOOP("ContractWindow", "Sent back to enrolling")},
        {"terminated", QT_TRANSLATE_NOOP("ContractWindow", "Terminated")},
        {"version_signed", QT_TRANSLATE_NOOP("ContractWindow", "Updated version signed")},
    };
    for (const auto& [key, text] : texts)
        if (action == QLatin1String(key))
            return ContractWindow::tr(text);
    return action;
}

/// What an event of the contract's history says, in words.
QString describe(const Event& event)
{
    QStringList parts;
    parts << actionText(event.action);
    const QString from = event.changes.value(QStringLiteral("from")).toString();
    const QJsonValue to = event.changes.value(QStringLiteral("to"));
    if (event.action == QLatin1String("version_signed"))
        parts << ContractWindow::tr("version %1 \u2192 %2")
                     .arg(event.changes.value(QStringLiteral("from")).toInt())
                     .arg(event.changes.value(QStringLiteral("to")).toInt());
    else if (event.changes.contains(QStringLiteral("from")))
        parts << ContractWindow::tr("%1 \u2192 %2")
                     .arg(statusText(from),
                          to.isNull() ? ContractWindow::tr("deleted") : statusText(to.toString()));
    if (event.action == QLatin1String("created"))
        parts << statusText(event.changes.value(QStringLiteral("status")).toString());
    if (const QString note = event.changes.value(QStringLiteral("note")).toString();
        !note.isEmpty())
        parts << ContractWindow::tr("note: %1").arg(note);
    if (event.changes.contains(QStringLiteral("partner_removed")))
        parts << ContractWindow::tr("the partner was removed");
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace

ContractWindow::ContractWindow(WorkspaceHandle workspace, ActingContext acting, QString contractId,
                               QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_contractId(std::move(contractId))
{
    setObjectName(QStringLiteral("contractWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("contractWindowEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    setMinimumSize(520, 420);
    resize(760, 600);
    reload();
}

ContractWindow* ContractWindow::open(WorkspaceHandle workspace, ActingContext acting,
                                     QString contractId, QWidget* parent)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* window = qobject_cast<ContractWindow*>(widget);
        if (window && window->contractId() == contractId &&
            window->m_acting.accountId == acting.accountId && window->m_workspace == workspace) {
            DetailsParts::bringToFront(window);
            return window;
        }
    }
    auto* window =
        new ContractWindow(std::move(workspace), std::move(acting), std::move(contractId), parent);
    DetailsParts::bringToFront(window);
    return window;
}

void ContractWindow::reload()
{
    m_buttons.clear();
    QVBoxLayout* content =
        DetailsParts::replaceContent(this, m_content, QStringLiteral("contractWindowContent"));
    auto loaded = ContractDetails::load(m_workspace, m_acting, m_contractId);
    if (!loaded) {
        m_record.reset();
        setWindowTitle(tr("%1 \u2014 Contract").arg(m_contractId));
        DetailsParts::showLoadError(content, loaded.error().message,
                                    QStringLiteral("contractWindowError"));
    } else {
        m_record = loaded.value();
        const ContractRecord& record = *m_record;
        setWindowTitle(tr("%1 \u2014 Contract").arg(record.id));
        content->addWidget(
            DetailsParts::title(tr("%1 contract").arg(agreementTypes.labelForKey(record.typeKey)),
                                QStringLiteral("contractTitleLabel"), 1.4, m_content));
        QLabel* id =
            DetailsParts::identifier(record.id, QStringLiteral("contractIdLabel"), m_content);
        id->setAccessibleDescription(tr("Contract ID"));
        content->addWidget(id);
        content->addWidget(buildFacts(record));

        auto* history = new QGroupBox(tr("History"), m_content);
        history->setObjectName(QStringLiteral("contractHistoryGroup"));
        auto* historyLayout = new QVBoxLayout(history);
        historyLayout->addWidget(buildHistory(record));
        content->addWidget(history, 1);

        if (m_acting.canManagePartners()) {
            auto* actions = new QHBoxLayout;
            for (const ContractAction action : record.actions) {
                auto* button = new QPushButton(ContractActionRunner::buttonText(action), m_content);
                button->setObjectName(ContractActionRunner::buttonName(action));
                button->setToolTip(ContractActionRunner::buttonToolTip(action));
                connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
                actions->addWidget(button);
                m_buttons.insert(action, button);
            }
            if (record.statusKey == QLatin1String("active") && record.activeVersion > 0 &&
                record.activeVersion != record.version) {
                auto* sign = new QPushButton(tr("Sign &updated version"), m_content);
                sign->setObjectName(QStringLiteral("contractSignUpdatedButton"));
                sign->setToolTip(tr("Move the contract to version %1 of the agreement")
                                     .arg(record.activeVersion));
                connect(sign, &QPushButton::clicked, this, [this] {
                    auto signedVersion = ContractService::signUpdatedVersion(
                        m_workspace, m_acting, m_contractId,
                        m_record ? std::optional(m_record->rowVersion) : std::nullopt);
                    if (!signedVersion)
                        QMessageBox::warning(this, tr("Sign updated version"),
                                             signedVersion.error().message);
                    reload();
                    emit contractChanged(m_contractId);
                });
                actions->addWidget(sign);
            }
            if (record.actions.isEmpty())
                content->addWidget(
                    DetailsParts::note(tr("There is nothing you can do with this contract now."),
                                       QStringLiteral("contractNoActions"), m_content));
            actions->addStretch(1);
            content->addLayout(actions);
        }
    }
    QPushButton* close =
        DetailsParts::addCloseButton(this, content, QStringLiteral("contractCloseButton"));
    layout()->addWidget(m_content);
    close->setFocus();
}

QWidget* ContractWindow::buildFacts(const ContractRecord& record)
{
    auto* facts = new QGroupBox(tr("Contract"), m_content);
    facts->setObjectName(QStringLiteral("contractFactsGroup"));
    QFormLayout* form = DetailsParts::newForm();
    facts->setLayout(form);
    const auto add = [&](const QString& caption, const QString& name, const QString& value) {
        QLabel* label = DetailsParts::textLabel(value, name, facts);
        if (value.isEmpty())
            DetailsParts::showEmpty(label);
        label->setAccessibleDescription(caption);
        auto* captionLabel = new QLabel(tr("%1:").arg(caption), facts);
        captionLabel->setObjectName(name + QStringLiteral("Caption"));
        captionLabel->setBuddy(label);
        form->addRow(captionLabel, label);
    };
    QString status = contractStatuses.labelForKey(record.statusKey);
    if (!record.statusNote.isEmpty())
        status = tr("%1 (%2)").arg(status, record.statusNote);
    add(tr("Status"), QStringLiteral("contractStatusValue"), status);
    add(tr("Issuer"), QStringLiteral("contractIssuerValue"),
        tr("%1 (%2)").arg(record.issuerName, record.issuerId));
    add(tr("Partner"), QStringLiteral("contractPartnerValue"),
        tr("%1 (%2)").arg(record.partnerName, record.partnerId));
    add(tr("Agreement"), QStringLiteral("contractAgreementValue"),
        tr("%1 (%2)").arg(record.agreementName, record.agreementId));
    QString version = QString::number(record.version);
    if (record.activeVersion > 0 && record.activeVersion != record.version)
        version = tr("%1 (version %2 is active)").arg(record.version).arg(record.activeVersion);
    add(tr("Version"), QStringLiteral("contractVersionValue"), version);
    add(tr("Marketplace"), QStringLiteral("contractMarketplaceValue"),
        record.marketplaceId.isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(record.marketplaceName, record.marketplaceId));
    add(tr("Created"), QStringLiteral("contractCreatedValue"),
        CellText::dateTime(record.createdAt));
    add(tr("Signed"), QStringLiteral("contractSignedValue"),
        record.signedAt > 0 ? CellText::dateTime(record.signedAt) : QString());
    return facts;
}

QTableWidget* ContractWindow::buildHistory(const ContractRecord& record)
{
    auto* table = new QTableWidget(static_cast<int>(record.history.size()), 3, m_content);
    table->setObjectName(QStringLiteral("contractHistoryTable"));
    table->setAccessibleName(tr("History"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const Event& event : record.history) {
        table->setItem(row, 0, new QTableWidgetItem(CellText::dateTime(event.at)));
        table->setItem(row, 1,
                       new QTableWidgetItem(record.userNames.value(event.userId, event.userId)));
        table->setItem(row, 2, new QTableWidgetItem(describe(event)));
        ++row;
    }
    table->resizeColumnsToContents();
    return table;
}

void ContractWindow::trigger(ContractAction action)
{
    QPushButton* button = m_buttons.value(action);
    if (!button || !button->isEnabled())
        return;
    bool conflicted = false;
    if (!ContractActionRunner::run(this, m_workspace, m_acting, m_contractId, action,
                                   m_record ? std::optional(m_record->rowVersion) : std::nullopt,
                                   &conflicted)) {
        if (conflicted) {
            emit contractChanged(m_contractId);
            reload();
        }
        return;
    }
    emit contractChanged(m_contractId);
    if (action == ContractAction::Delete)
        close();
    else
        reload();
}
