#include "partners/ContractsTab.h"

#include "common/DirectoryView.h"
#include "partners/ContractList.h"
#include "partners/ContractListModel.h"
#include "partners/ContractService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct ButtonText {
    ContractAction action;
    const char* objectName;
    const char* text;
    const char* toolTip;
};

const ButtonText buttonTexts[] = {
    {ContractAction::Sign, "signContractButton", QT_TRANSLATE_NOOP("ContractsTab", "Si&gn"),
     QT_TRANSLATE_NOOP("ContractsTab", "Sign the selected pending contract")},
    {ContractAction::Reject, "rejectContractButton",
     QT_TRANSLATE_NOOP("ContractsTab", "Re&ject\u2026"),
     QT_TRANSLATE_NOOP("ContractsTab", "Reject the selected pending contract")},
    {ContractAction::Delete, "deleteContractButton",
     QT_TRANSLATE_NOOP("ContractsTab", "&Delete\u2026"),
     QT_TRANSLATE_NOOP("ContractsTab", "Delete the selected pending contract you issued")},
    {ContractAction::Enroll, "enrollContractButton", QT_TRANSLATE_NOOP("ContractsTab", "&Enroll"),
     QT_TRANSLATE_NOOP("ContractsTab", "Enroll in the selected contract")},
    {ContractAction::Approve, "approveContractButton",
     QT_TRANSLATE_NOOP("ContractsTab", "&Approve"),
     QT_TRANSLATE_NOOP("ContractsTab", "Approve the selected enrolled contract")},
    {ContractAction::Refine, "refineContractButton", QT_TRANSLATE_NOOP("ContractsTab", "Re&fine"),
     QT_TRANSLATE_NOOP("ContractsTab", "Send the selected contract back to enrolling")},
    {ContractAction::Terminate, "terminateContractButton",
     QT_TRANSLATE_NOOP("ContractsTab", "Ter&minate\u2026"),
     QT_TRANSLATE_NOOP("ContractsTab", "Terminate the selected active contract")},
};

} // namespace

ContractsTab::ContractsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("contractList"), tr("Contracts"), this))
    , m_model(new ContractListModel(this))
    , m_actionBar(new QWidget(this))
{
    setObjectName(QStringLiteral("contractsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No contracts yet."));
    m_view->addColumnFilter(tr("&Type:"), ContractListModel::Type);
    m_view->addColumnFilter(tr("Stat&us:"), ContractListModel::Status);

    m_actionBar->setObjectName(QStringLiteral("contractActions"));
    auto* bar = new QHBoxLayout(m_actionBar);
    // Line the buttons up with the search line and the table above them.
    const QMargins margins = m_view->layout() ? m_view->layout()->contentsMargins() : QMargins();
    bar->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    for (const ButtonText& text : buttonTexts) {
        auto* button = new QPushButton(tr(text.text), m_actionBar);
        button->setObjectName(QString::fromLatin1(text.objectName));
        button->setToolTip(tr(text.toolTip));
        bar->addWidget(button);
        m_buttons.insert(text.action, button);
        const ContractAction action = text.action;
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
    }
    bar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_actionBar);

    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContractsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &ContractsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::layoutChanged, this,
            &ContractsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::rowsRemoved, this, &ContractsTab::updateButtons);
    updateButtons();
}

Result<void> ContractsTab::load(const QSqlDatabase& database, const ActingContext& acting)
{
    m_connectionName = database.connectionName();
    m_acting = acting;
    m_loaded = true;
    return reload();
}

QSqlDatabase ContractsTab::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> ContractsTab::reload()
{
    const QString current = currentContractId();
    const int currentRow = m_view->table()->currentIndex().row();
    auto contracts = ContractList::of(database(), m_acting);
    m_model->setRows(contracts ? contracts.value() : QList<ContractListRow>());
    select(current, currentRow);
    updateButtons();
    if (!contracts)
        return contracts.error();
    return {};
}

void ContractsTab::select(const QString& contractId, int fallbackRow)
{
    QModelIndex index;
    for (int row = 0; !contractId.isEmpty() && row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (source.data(ContractListModel::IdRole).toString() == contractId) {
            index = m_view->proxy()->mapFromSource(source);
            break;
        }
    }
    // A deleted contract: keep the cursor where it was.
    const int rows = m_view->proxy()->rowCount();
    if (!index.isValid() && fallbackRow >= 0 && rows > 0)
        index = m_view->proxy()->index(std::min(fallbackRow, rows - 1), 0);
    if (!index.isValid())
        return;
    m_view->table()->setCurrentIndex(index);
    m_view->table()->scrollTo(index);
}

QString ContractsTab::currentContractId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return {};
    return m_model->index(row, 0).data(ContractListModel::IdRole).toString();
}

void ContractsTab::updateButtons()
{
    const bool mayAct = m_loaded && m_acting.canManagePartners();
    m_actionBar->setVisible(mayAct);
    QList<ContractAction> allowed;
    const QString contractId = currentContractId();
    if (mayAct && !contractId.isEmpty()) {
        auto actions = ContractService::allowedActions(database(), m_acting, contractId);
        if (actions)
            allowed = actions.value();
    }
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setVisible(mayAct);
        it.value()->setEnabled(allowed.contains(it.key()));
    }
}

std::optional<QString> ContractsTab::askNote(ContractAction action, const QString& contractId)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("contractNoteDialog"));
    const bool rejects = action == ContractAction::Reject;
    dialog.setWindowTitle(rejects ? tr("Reject contract %1").arg(contractId)
                                  : tr("Terminate contract %1").arg(contractId));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("contractNoteEdit"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("Why? The other party sees this note."));
    note->setAccessibleName(tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("contractNoteButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(contractActions.label(action));
    auto* layout = new QFormLayout(&dialog);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* label = new QLabel(tr("&Note (optional):"), &dialog);
    label->setObjectName(QStringLiteral("contractNoteLabel"));
    label->setBuddy(note);
    layout->addRow(label, note);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, 220);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return note->toPlainText().trimmed();
}

void ContractsTab::trigger(ContractAction action)
{
    const QString contractId = currentContractId();
    QPushButton* button = m_buttons.value(action);
    if (contractId.isEmpty() || !button || !button->isEnabled())
        return;
    QString note;
    if (action == ContractAction::Reject || action == ContractAction::Terminate) {
        auto asked = askNote(action, contractId);
        if (!asked)
            return;
        note = *asked;
    } else if (action == ContractAction::Delete) {
        const auto answer = QMessageBox::question(
            this, tr("Delete contract"),
            tr("Delete the pending contract %1? This cannot be undone.").arg(contractId),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto done = ContractService::perform(database(), m_acting, contractId, action, note);
    auto reloaded = reload();
    if (!done)
        QMessageBox::warning(this, tr("Could not change the contract"), done.error().message);
    else if (!reloaded)
        QMessageBox::warning(this, tr("Could not show the contracts"), reloaded.error().message);
    m_view->table()->setFocus();
}
