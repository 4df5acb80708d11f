#include "views/SavedViewsBar.h"

#include "common/DirectoryView.h"
#include "views/SavedViewNameDialog.h"
#include "views/SavedViewService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace {

/// The parts of a state that make a view: widths follow the window and do not count.
bool sameView(const DirectoryState& a, const DirectoryState& b)
{
    return a.query == b.query && a.columns == b.columns;
}

} // namespace

SavedViewsBar::SavedViewsBar(DirectoryView* view, const QString& directory, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_directory(directory)
    , m_combo(new QComboBox(this))
    , m_manage(new QPushButton(tr("Mana&ge views"), this))
    , m_saveAs(new QAction(tr("Save &as new view\u2026"), this))
    , m_save(new QAction(tr("&Save changes to the view"), this))
    , m_rename(new QAction(tr("&Rename view\u2026"), this))
    , m_delete(new QAction(tr("&Delete view\u2026"), this))
{
    const QString name = view->objectName() + QStringLiteral("Views");
    setObjectName(name);
    auto* caption = new QLabel(tr("&Views:"), this);
    caption->setObjectName(name + QStringLiteral("Label"));
    caption->setBuddy(m_combo);
    m_combo->setObjectName(name + QStringLiteral("Combo"));
    m_combo->setAccessibleName(tr("Saved views"));
    m_combo->setPlaceholderText(tr("No view chosen"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_combo->setToolTip(tr("Pick a saved view: its search, filters, sort and columns apply at "
                           "once"));
    m_manage->setObjectName(name + QStringLiteral("Manage"));
    m_manage->setToolTip(tr("Save the directory as it is shown as a view, or rename or delete "
                            "the chosen view"));
    m_saveAs->setObjectName(name + QStringLiteral("SaveAs"));
    m_save->setObjectName(name + QStringLiteral("Save"));
    m_rename->setObjectName(name + QStringLiteral("Rename"));
    m_delete->setObjectName(name + QStringLiteral("Delete"));
    auto* menu = new QMenu(m_manage);
    menu->setObjectName(name + QStringLiteral("Menu"));
    menu->addAction(m_saveAs);
    menu->addAction(m_save);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_delete);
    m_manage->setMenu(menu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!pick(m_combo->itemData(index).toLongLong()))
            fillCombo(); // back to what the directory shows
    });
    connect(m_saveAs, &QAction::triggered, this, &SavedViewsBar::saveAs);
    connect(m_save, &QAction::triggered, this, &SavedViewsBar::saveCurrent);
    connect(m_rename, &QAction::triggered, this, &SavedViewsBar::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &SavedViewsBar::deleteCurrent);
    connect(m_view, &DirectoryView::stateChanged, this, &SavedViewsBar::updateModified);
    updateActions();
}

Result<void> SavedViewsBar::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    const bool sameUser = acting.userId == m_acting.userId;
    m_workspace = workspace;
    m_acting = acting;
    if (!sameUser) {
        m_currentId = 0;
        m_modified = false;
    }
    return reloadList(m_currentId);
}

void SavedViewsBar::unload()
{
    m_workspace = {};
    m_acting = {};
    m_views.clear();
    m_currentId = 0;
    m_modified = false;
    fillCombo();
}

const SavedView* SavedViewsBar::current() const
{
    for (const SavedView& view : m_views)
        if (view.id == m_currentId)
            return &view;
    return nullptr;
}

Result<void> SavedViewsBar::reloadList(qint64 selectId)
{
    auto listed = SavedViewService::list(m_workspace, m_acting, m_directory);
    m_views = listed ? listed.value() : QList<SavedView>();
    m_currentId = selectId;
    if (!current()) {
        m_currentId = 0;
        m_modified = false;
    }
    fillCombo();
    if (!listed)
        return listed.error();
    return {};
}

void SavedViewsBar::fillCombo()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    int currentIndex = -1;
    for (const SavedView& view : std::as_const(m_views)) {
        if (view.id == m_currentId) {
            currentIndex = m_combo->count();
            m_combo->addItem(m_modified ? tr("%1 (modified)").arg(view.name) : view.name, view.id);
        } else {
            m_combo->addItem(view.name, view.id);
        }
    }
    m_combo->setCurrentIndex(currentIndex);
    updateActions();
}

void SavedViewsBar::updateActions()
{
    const SavedView* view = current();
    const bool open = m_workspace.isOpen();
    m_combo->setEnabled(open && !m_views.isEmpty());
    m_saveAs->setEnabled(open);
    m_save->setEnabled(view && m_modified);
    m_rename->setEnabled(view);
    m_delete->setEnabled(view);
    m_save->setText(view ? tr("&Save changes to \u201c%1\u201d").arg(view->name)
                         : tr("&Save changes to the view"));
    m_rename->setText(view ? tr("&Rename \u201c%1\u201d\u2026").arg(view->name)
                           : tr("&Rename view\u2026"));
    m_delete->setText(view ? tr("&Delete \u201c%1\u201d\u2026").arg(view->name)
                           : tr("&Delete view\u2026"));
    m_manage->setEnabled(open);
}

void SavedViewsBar::updateModified()
{
    if (m_applying || !current())
        return;
    const bool modified = !sameView(m_view->state(), m_shownState);
    if (modified == m_modified)
        return;
    m_modified = modified;
    fillCombo();
}

bool SavedViewsBar::pick(qint64 viewId)
{
    // Read again: the view may have been changed in another window or by another session.
    auto found = SavedViewService::find(m_workspace, m_acting, viewId);
    if (!found) {
        showError(tr("Views"), found.error().message);
        static_cast<void>(reloadList(m_currentId)); // the error above is the one to show
        return false;
    }
    m_applying = true;
    QStringList notes = found->notes;
    notes << m_view->applyState(found->state);
    m_applying = false;
    m_shownState = m_view->state();
    m_currentId = viewId;
    m_modified = false;
    for (SavedView& view : m_views)
        if (view.id == viewId)
            view = found.value();
    fillCombo();
    if (!notes.isEmpty())
        showNotes(found->name, notes);
    return true;
}

void SavedViewsBar::saveAs()
{
    const DirectoryState state = m_view->state();
    qint64 savedId = 0;
    SavedViewNameDialog dialog(
        tr("Save view"),
        tr("Save the search, filters, sort and columns the directory shows now as a view of "
           "your own."),
        tr("Save view"), QString(),
        [this, &state, &savedId](const QString& name) -> Result<void> {
            auto saved = SavedViewService::save(m_workspace, m_acting, m_directory, name, state);
            if (!saved)
                return saved.error();
            savedId = saved->id;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_shownState = state;
    m_modified = false;
    if (auto listed = reloadList(savedId); !listed)
        showError(tr("Views"), listed.error().message);
}

void SavedViewsBar::saveCurrent()
{
    const SavedView* view = current();
    if (!view)
        return;
    const DirectoryState state = m_view->state();
    auto saved = SavedViewService::overwrite(m_workspace, m_acting, view->id, state);
    if (!saved) {
        showError(tr("Save view"), saved.error().message);
        static_cast<void>(reloadList(m_currentId)); // the error above is the one to show
        return;
    }
    m_shownState = state;
    m_modified = false;
    if (auto listed = reloadList(saved->id); !listed)
        showError(tr("Views"), listed.error().message);
}

void SavedViewsBar::renameCurrent()
{
    const SavedView* view = current();
    if (!view)
        return;
    const qint64 viewId = view->id;
    SavedViewNameDialog dialog(
        tr("Rename view"), tr("Give the view \u201c%1\u201d a new name.").arg(view->name),
        tr("Rename"), view->name,
        [this, viewId](const QString& name) -> Result<void> {
            auto renamed = SavedViewService::rename(m_workspace, m_acting, viewId, name);
            if (!renamed)
                return renamed.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto listed = reloadList(viewId); !listed)
        showError(tr("Views"), listed.error().message);
}

void SavedViewsBar::deleteCurrent()
{
    const SavedView* view = current();
    if (!view)
        return;
    const qint64 viewId = view->id;
    QMessageBox confirm(QMessageBox::Question, tr("Delete view"),
                        tr("Delete the view \u201c%1\u201d? The directory keeps showing what it "
                           "shows now; only the saved view goes.")
                            .arg(view->name),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("savedViewDeleteConfirm"));
    QPushButton* remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("savedViewDeleteButton"));
    QPushButton* cancel = confirm.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("savedViewDeleteCancelButton"));
    confirm.setDefaultButton(cancel);
    confirm.setEscapeButton(cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    if (auto removed = SavedViewService::remove(m_workspace, m_acting, viewId); !removed)
        showError(tr("Delete view"), removed.error().message);
    if (auto listed = reloadList(0); !listed)
        showError(tr("Views"), listed.error().message);
}

void SavedViewsBar::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void SavedViewsBar::showNotes(const QString& name, const QStringList& notes)
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Views"),
                                tr("The view \u201c%1\u201d no longer fits the directory in every "
                                   "part:")
                                    .arg(name),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("savedViewNotes"));
    box->setInformativeText(notes.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
