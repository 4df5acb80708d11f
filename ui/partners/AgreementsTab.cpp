#include "partners/AgreementsTab.h"

#include "common/DirectoryView.h"
#include "partners/AgreementEditorDialog.h"
#include "partners/AgreementList.h"
#include "partners/AgreementListModel.h"
#include "partners/AgreementVersionsDialog.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AgreementsTab::AgreementsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("agreementList"), tr("Agreements"), this))
    , m_model(new AgreementListModel(this))
    , m_newButton(new QPushButton(tr("&New agreement\u2026"), this))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), this))
    , m_versionsButton(new QPushButton(tr("&Versions\u2026"), this))
{
    setObjectName(QStringLiteral("agreementsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No agreements yet."));
    m_newButton->setObjectName(QStringLiteral("newAgreementButton"));
    m_newButton->setToolTip(tr("Create a program, distribution, service, syndication or "
                               "referral agreement"));
    m_editButton->setObjectName(QStringLiteral("editAgreementButton"));
    m_editButton->setToolTip(tr("Rename the selected agreement (or press Enter on it)"));
    m_versionsButton->setObjectName(QStringLiteral("agreementVersionsButton"));
    m_versionsButton->setToolTip(tr("Add, activate or delete versions of the selected agreement"));
    m_view->addToolWidget(m_newButton);
    m_view->addToolWidget(m_editButton);
    m_view->addToolWidget(m_versionsButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_newButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_editButton, &QPushButton::clicked, this,
            [this] { openEditor(currentAgreementId()); });
    connect(m_versionsButton, &QPushButton::clicked, this,
            [this] { openVersions(currentAgreementId()); });
    connect(m_view, &DirectoryView::rowActivated, this, [this](int) {
        if (m_acting.canManagePartners())
            openEditor(currentAgreementId());
        else
            openVersions(currentAgreementId());
    });
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgreementsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &AgreementsTab::updateButtons);
    updateButtons();
}

Result<void> AgreementsTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    m_workspace = workspace;
    m_acting = acting;
    return reload();
}

Result<void> AgreementsTab::reload()
{
    auto agreements = AgreementList::of(m_workspace, m_acting);
    m_model->setRows(agreements ? agreements.value() : QList<AgreementListRow>());
    updateButtons();
    if (!agreements)
        return agreements.error();
    return {};
}

void AgreementsTab::reloadOrWarn()
{
    const QString current = currentAgreementId();
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the agreements"), reloaded.error().message);
    select(current);
    emit agreementsChanged();
}

void AgreementsTab::openEditor(const QString& agreementId)
{
    if (!m_acting.canManagePartners())
        return;
    auto* dialog = new AgreementEditorDialog(m_workspace, m_acting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = dialog->load(agreementId); !loaded) {
        QMessageBox::warning(this, tr("Could not open the agreement"), loaded.error().message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString saved = dialog->savedId();
        reloadOrWarn();
        select(saved);
    });
    dialog->open();
}

void AgreementsTab::openVersions(const QString& agreementId)
{
    if (agreementId.isEmpty())
        return;
    auto* dialog = new AgreementVersionsDialog(m_workspace, m_acting, agreementId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = dialog->load(); !loaded) {
        QMessageBox::warning(this, tr("Could not show the versions"), loaded.error().message);
        dialog->deleteLater();
        return;
    }
    connect(dialog, &AgreementVersionsDialog::versionsChanged, this, &AgreementsTab::reloadOrWarn);
    dialog->open();
}

void AgreementsTab::select(const QString& agreementId)
{
    if (!agreementId.isEmpty())
        m_view->selectId(agreementId);
}

QString AgreementsTab::currentAgreementId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return {};
    return m_model->index(row, 0).data(AgreementListModel::IdRole).toString();
}

void AgreementsTab::updateButtons()
{
    const bool mayEdit = m_acting.canManagePartners();
    const bool selected = !currentAgreementId().isEmpty();
    m_newButton->setVisible(mayEdit);
    m_editButton->setVisible(mayEdit);
    m_newButton->setEnabled(mayEdit);
    m_editButton->setEnabled(mayEdit && selected);
    m_versionsButton->setEnabled(selected);
}
