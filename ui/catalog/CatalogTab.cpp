#include "catalog/CatalogTab.h"

#include "catalog/CatalogDialog.h"
#include "common/DirectoryView.h"
#include "common/RowListModel.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CatalogTab::CatalogTab(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(name, accessibleName, this))
    , m_new(new QPushButton(tr("&New\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete\u2026"), this))
{
    setObjectName(name + QStringLiteral("Tab"));
    m_new->setObjectName(name + QStringLiteral("NewButton"));
    m_edit->setObjectName(name + QStringLiteral("EditButton"));
    m_delete->setObjectName(name + QStringLiteral("DeleteButton"));
    m_view->addToolWidget(m_new);
    m_view->addToolWidget(m_edit);
    m_view->addToolWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, &CatalogTab::deleteCurrent);
    connect(m_view, &DirectoryView::rowActivated, this, [this](int) {
        if (m_edit->isVisible() && m_edit->isEnabled())
            openEditor(currentId());
    });
}

void CatalogTab::setModel(QAbstractItemModel* model)
{
    m_view->setSourceModel(model);
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &CatalogTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::layoutChanged, this, &CatalogTab::updateButtons);
}

void CatalogTab::addButton(QPushButton* button)
{
    m_view->addToolWidget(button);
}

Result<void> CatalogTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    // The same list read again keeps its current row.
    const QString keep = m_acting == acting && m_workspace == workspace ? currentId() : QString();
    m_workspace = workspace;
    m_acting = acting;
    auto loaded = reload();
    select(keep);
    return loaded;
}

QString CatalogTab::currentId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return {};
    return m_view->proxy()->sourceModel()->index(row, 0).data(RowListModel<int>::IdRole).toString();
}

void CatalogTab::select(const QString& id)
{
    if (!id.isEmpty())
        m_view->selectId(id);
    updateButtons();
}

void CatalogTab::updateButtons()
{
    const bool editable = mayEdit();
    const QString id = currentId();
    m_new->setVisible(editable);
    m_edit->setVisible(editable);
    m_delete->setVisible(editable);
    m_edit->setEnabled(editable && !id.isEmpty());
    const QString refusal = id.isEmpty() ? QString() : deleteRefusal(id);
    m_delete->setEnabled(editable && !id.isEmpty() && refusal.isEmpty());
    m_delete->setToolTip(refusal.isEmpty() ? tr("Delete the selected row") : refusal);
}

void CatalogTab::reloadOrWarn(const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? currentId() : selectId;
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the list"), reloaded.error().message);
    select(keep);
    emit changed();
}

CatalogDialog* CatalogTab::openEditor(const QString& id)
{
    if (!mayEdit())
        return nullptr;
    auto editor = createEditor(id);
    if (!editor) {
        QMessageBox::warning(this, tr("Could not open the editor"), editor.error().message);
        return nullptr;
    }
    CatalogDialog* dialog = editor.value();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { reloadOrWarn(dialog->savedId()); });
    dialog->open();
    return dialog;
}

void CatalogTab::deleteCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !mayEdit())
        return;
    if (const QString refusal = deleteRefusal(id); !refusal.isEmpty()) {
        QMessageBox::information(this, tr("Cannot delete"), refusal);
        return;
    }
    if (QMessageBox::question(this, tr("Delete"),
                              tr("Delete %1 (%2)? This cannot be undone.").arg(rowName(id), id)) !=
        QMessageBox::Yes)
        return;
    if (auto removed = remove(id); !removed) {
        QMessageBox::warning(this, tr("Could not delete"), removed.error().message);
        return;
    }
    reloadOrWarn({});
}
