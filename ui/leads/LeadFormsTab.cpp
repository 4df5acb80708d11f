#include "leads/LeadFormsTab.h"

#include "common/DirectoryView.h"
#include "leads/LeadFormEditorDialog.h"
#include "leads/LeadFormList.h"
#include "leads/LeadFormListModel.h"
#include "leads/LeadFormService.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

LeadFormsTab::LeadFormsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("leadForms"), tr("Lead forms"), this))
    , m_model(new LeadFormListModel(this))
    , m_newButton(new QPushButton(tr("&New form\u2026"), this))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), this))
{
    setObjectName(QStringLiteral("leadFormsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No lead forms yet. Leads of your products use the default form."));
    m_newButton->setObjectName(QStringLiteral("newLeadFormButton"));
    m_newButton->setToolTip(tr("Create a lead form for some of your products"));
    m_editButton->setObjectName(QStringLiteral("editLeadFormButton"));
    m_editButton->setToolTip(tr("Change the selected lead form (or press Enter on it)"));
    m_view->addToolWidget(m_newButton);
    m_view->addToolWidget(m_editButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_newButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_editButton, &QPushButton::clicked, this, &LeadFormsTab::editCurrent);
    connect(m_view, &DirectoryView::rowActivated, this, [this](int) { editCurrent(); });
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LeadFormsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &LeadFormsTab::updateButtons);
    updateButtons();
}

Result<void> LeadFormsTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    return reload();
}

Result<void> LeadFormsTab::reload()
{
    auto forms = m_acting.isVendorPortal()
                     ? LeadFormList::of(m_workspace, m_acting)
                     : Result<QList<LeadFormListRow>>(QList<LeadFormListRow>());
    m_model->setRows(forms ? forms.value() : QList<LeadFormListRow>());
    updateButtons();
    if (!forms)
        return forms.error();
    return {};
}

void LeadFormsTab::openEditor(const QString& formId)
{
    if (!LeadFormService::canEdit(m_acting))
        return;
    auto* dialog = new LeadFormEditorDialog(m_workspace, m_acting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = dialog->load(formId); !loaded) {
        QMessageBox::warning(this, tr("Could not open the lead form"), loaded.error().message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString saved = dialog->savedId();
        if (auto reloaded = reload(); !reloaded)
            QMessageBox::warning(this, tr("Could not show the lead forms"),
                                 reloaded.error().message);
        select(saved);
    });
    dialog->open();
}

void LeadFormsTab::select(const QString& formId)
{
    if (m_view->selectId(formId))
        m_view->table()->setFocus();
}

void LeadFormsTab::editCurrent()
{
    const QString formId = currentFormId();
    if (!formId.isEmpty())
        openEditor(formId);
}

QString LeadFormsTab::currentFormId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return {};
    return m_model->index(row, 0).data(LeadFormListModel::IdRole).toString();
}

void LeadFormsTab::updateButtons()
{
    const bool mayEdit = LeadFormService::canEdit(m_acting);
    m_newButton->setVisible(mayEdit);
    m_editButton->setVisible(mayEdit);
    m_newButton->setEnabled(mayEdit);
    m_editButton->setEnabled(mayEdit && !currentFormId().isEmpty());
}
