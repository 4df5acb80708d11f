#include "partners/ContractsTab.h"

#include "common/DirectoryView.h"
#include "partners/ContractActionRunner.h"
#include "partners/ContractCreation.h"
#include "partners/ContractList.h"
#include "partners/ContractListModel.h"
#include "partners/ContractService.h"
#include "partners/ContractWindow.h"
#include "partners/NewContractDialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ContractsTab::ContractsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("contractList"), tr("Contracts"), this))
    , m_model(new ContractListModel(this))
    , m_actionBar(new QWidget(this))
    , m_newContract(new QPushButton(tr("&New contract\u2026"), this))
{
    setObjectName(QStringLiteral("contractsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No contracts yet."));
    m_view->addColumnFilter(tr("&Type:"), ContractListModel::Type);
    m_view->addColumnFilter(tr("Stat&us:"), ContractListModel::Status);
    m_newContract->setObjectName(QStringLiteral("newContractButton"));
    m_newContract->setToolTip(tr("Add a contract for one of your partners"));
    m_newContract->setVisible(false);
    m_view->addToolWidget(m_newContract);
    connect(m_newContract, &QPushButton::clicked, this, &ContractsTab::newContract);
    connect(m_view, &DirectoryView::rowActivated, this, &ContractsTab::openContract);

    m_actionBar->setObjectName(QStringLiteral("contractActions"));
    auto* bar = new QHBoxLayout(m_actionBar);
    // Line the buttons up with the search line and the table above them.
    const QMargins margins = m_view->layout() ? m_view->layout()->contentsMargins() : QMargins();
    bar->setContentsMargins(margins.left(), 0, margins.right(), margins.bottom());
    const QList<ContractAction> actions = contractActions.all();
    for (const ContractAction action : actions) {
        auto* button = new QPushButton(ContractActionRunner::buttonText(action), m_actionBar);
        button->setObjectName(ContractActionRunner::buttonName(action));
        button->setToolTip(ContractActionRunner::buttonToolTip(action));
        bar->addWidget(button);
        m_buttons.insert(action, button);
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

Result<void> ContractsTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    m_loaded = true;
    m_newContract->setVisible(ContractCreation::canCreate(acting));
    return reload();
}

Result<void> ContractsTab::reload()
{
    const QString current = currentContractId();
    const int currentRow = m_view->table()->currentIndex().row();
    auto contracts = ContractList::of(m_workspace, m_acting);
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
        auto actions = ContractService::allowedActions(m_workspace, m_acting, contractId);
        if (actions)
            allowed = actions.value();
    }
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setVisible(mayAct);
        it.value()->setEnabled(allowed.contains(it.key()));
    }
}

void ContractsTab::trigger(ContractAction action)
{
    const QString contractId = currentContractId();
    QPushButton* button = m_buttons.value(action);
    if (contractId.isEmpty() || !button || !button->isEnabled())
        return;
    ContractActionRunner::run(this, m_workspace, m_acting, contractId, action,
                              m_model->rows().at(m_view->currentSourceRow()).rowVersion);
    contractChanged();
    m_view->table()->setFocus();
}

NewContractDialog* ContractsTab::newContract()
{
    if (!m_loaded || !ContractCreation::canCreate(m_acting))
        return nullptr;
    auto* dialog = new NewContractDialog(m_workspace, m_acting, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewContractDialog::contractCreated, this, [this](const QString& contractId) {
        contractChanged();
        select(contractId);
    });
    dialog->show();
    return dialog;
}

ContractWindow* ContractsTab::openContract(int sourceRow)
{
    const QString contractId =
        m_model->index(sourceRow, 0).data(ContractListModel::IdRole).toString();
    if (contractId.isEmpty())
        return nullptr;
    ContractWindow* window = ContractWindow::open(m_workspace, m_acting, contractId, this);
    connect(window, &ContractWindow::contractChanged, this, &ContractsTab::contractChanged,
            Qt::UniqueConnection);
    return window;
}

void ContractsTab::contractChanged()
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the contracts"), reloaded.error().message);
}
