#include "admin/ReferenceListTab.h"

#include "admin/ReferenceListModel.h"
#include "admin/ReferenceNameDialog.h"
#include "common/DirectoryView.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ReferenceListTab::ReferenceListTab(ReferenceKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_view(new DirectoryView(ReferenceKindInfo::of(kind).keyName() + QStringLiteral("List"),
                               ReferenceKindInfo::of(kind).titleText(), this))
    , m_model(new ReferenceListModel(this))
    , m_addButton(new QPushButton(tr("&Add\u2026"), this))
    , m_renameButton(new QPushButton(tr("Re&name\u2026"), this))
    , m_retireButton(new QPushButton(tr("&Retire"), this))
    , m_deleteButton(new QPushButton(tr("&Delete\u2026"), this))
{
    const QString key = ReferenceKindInfo::of(kind).keyName();
    setObjectName(key + QStringLiteral("Tab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No entries yet."));
    m_addButton->setObjectName(key + QStringLiteral("AddButton"));
    m_renameButton->setObjectName(key + QStringLiteral("RenameButton"));
    m_retireButton->setObjectName(key + QStringLiteral("RetireButton"));
    m_deleteButton->setObjectName(key + QStringLiteral("DeleteButton"));
    m_retireButton->setToolTip(tr("A retired entry stays on the leads that have it and is no "
                                  "longer offered for new leads"));
    m_deleteButton->setToolTip(tr("Only an entry that no lead uses can be deleted"));
    for (QPushButton* button : {m_addButton, m_renameButton, m_retireButton, m_deleteButton})
        m_view->addToolWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_addButton, &QPushButton::clicked, this, &ReferenceListTab::openAdd);
    connect(m_renameButton, &QPushButton::clicked, this, &ReferenceListTab::openRename);
    connect(m_retireButton, &QPushButton::clicked, this, &ReferenceListTab::toggleRetired);
    connect(m_deleteButton, &QPushButton::clicked, this, &ReferenceListTab::deleteCurrent);
    connect(m_view, &DirectoryView::rowActivated, this, [this](int) { openRename(); });
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReferenceListTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this,
            &ReferenceListTab::updateButtons);
    updateButtons();
}

Result<void> ReferenceListTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    return reload();
}

Result<void> ReferenceListTab::reload()
{
    auto entries = ReferenceListService::entries(m_workspace, m_acting.accountId, m_kind);
    m_model->setRows(entries ? entries.value() : QList<ReferenceEntry>());
    updateButtons();
    if (!entries)
        return entries.error();
    return {};
}

void ReferenceListTab::reloadAndSelect(const QString& id)
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, ReferenceKindInfo::of(m_kind).titleText(),
                             reloaded.error().message);
    select(id);
    emit listChanged();
}

const ReferenceEntry* ReferenceListTab::currentEntry() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return nullptr;
    return &m_model->rows().at(row);
}

QString ReferenceListTab::currentId() const
{
    const ReferenceEntry* entry = currentEntry();
    return entry ? entry->id : QString();
}

void ReferenceListTab::select(const QString& id)
{
    if (!id.isEmpty())
        m_view->selectId(id);
}

ReferenceNameDialog* ReferenceListTab::openAdd()
{
    if (!ReferenceListService::mayEdit(m_acting))
        return nullptr;
    auto added = std::make_shared<QString>();
    auto* dialog = new ReferenceNameDialog(
        tr("Add %1").arg(ReferenceKindInfo::of(m_kind).singularText()), {},
        [this, added](const QString& name) -> Result<void> {
            auto id = ReferenceListService::add(m_workspace, m_acting, m_kind, name);
            if (!id)
                return id.error();
            *added = id.value();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, added] { reloadAndSelect(*added); });
    dialog->open();
    return dialog;
}

ReferenceNameDialog* ReferenceListTab::openRename()
{
    const ReferenceEntry* entry = currentEntry();
    if (!entry || !ReferenceListService::mayEdit(m_acting))
        return nullptr;
    const QString id = entry->id;
    auto* dialog = new ReferenceNameDialog(
        tr("Rename %1").arg(ReferenceKindInfo::of(m_kind).singularText()), entry->name,
        [this, id](const QString& name) {
            return ReferenceListService::rename(m_workspace, m_acting, m_kind, id, name);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, id] { reloadAndSelect(id); });
    dialog->open();
    return dialog;
}

void ReferenceListTab::toggleRetired()
{
    const ReferenceEntry* entry = currentEntry();
    if (!entry)
        return;
    const QString id = entry->id;
    if (auto done =
            ReferenceListService::setRetired(m_workspace, m_acting, m_kind, id, !entry->retired);
        !done) {
        QMessageBox::warning(this, ReferenceKindInfo::of(m_kind).titleText(), done.error().message);
        return;
    }
    reloadAndSelect(id);
}

void ReferenceListTab::deleteCurrent()
{
    const ReferenceEntry* entry = currentEntry();
    if (!entry)
        return;
    const QString id = entry->id;
    const QString title = ReferenceKindInfo::of(m_kind).titleText();
    // An entry in use is not asked about: core refuses it with the reason.
    if (entry->leads == 0 &&
        QMessageBox::question(this, title, tr("Delete \"%1\"?").arg(entry->name)) !=
            QMessageBox::Yes)
        return;
    if (auto done = ReferenceListService::remove(m_workspace, m_acting, m_kind, id); !done) {
        QMessageBox::warning(this, title, done.error().message);
        return;
    }
    reloadAndSelect({});
}

void ReferenceListTab::updateButtons()
{
    const bool mayEdit = ReferenceListService::mayEdit(m_acting);
    const ReferenceEntry* entry = currentEntry();
    for (QPushButton* button : {m_addButton, m_renameButton, m_retireButton, m_deleteButton})
        button->setVisible(mayEdit);
    m_addButton->setEnabled(mayEdit);
    m_renameButton->setEnabled(mayEdit && entry);
    m_retireButton->setEnabled(mayEdit && entry);
    m_retireButton->setText(entry && entry->retired ? tr("Un-&retire") : tr("&Retire"));
    m_deleteButton->setEnabled(mayEdit && entry);
}
