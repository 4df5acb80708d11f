#include "integrations/ApiKeysTab.h"

#include "common/DirectoryView.h"
#include "integrations/ApiKeyListModel.h"
#include "integrations/ApiKeyService.h"
#include "integrations/NewApiKeyDialog.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ApiKeysTab::ApiKeysTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new DirectoryView(QStringLiteral("apiKeyList"), tr("API keys"), this))
    , m_model(new ApiKeyListModel(this))
    , m_newButton(new QPushButton(tr("&New key\u2026"), this))
    , m_revokeButton(new QPushButton(tr("Re&voke\u2026"), this))
{
    setObjectName(QStringLiteral("apiKeysTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(tr("No API keys yet. A key lets your website or another program send "
                            "leads to the REST API; create one with New key\u2026"));
    m_newButton->setObjectName(QStringLiteral("newApiKeyButton"));
    m_newButton->setToolTip(tr("Create a key for the REST API; it is shown once"));
    m_revokeButton->setObjectName(QStringLiteral("revokeApiKeyButton"));
    m_revokeButton->setToolTip(tr("Revoke the selected key: it stops working at once"));
    m_view->addToolWidget(m_newButton);
    m_view->addToolWidget(m_revokeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_newButton, &QPushButton::clicked, this, &ApiKeysTab::openNewKeyDialog);
    connect(m_revokeButton, &QPushButton::clicked, this, &ApiKeysTab::revokeCurrent);
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ApiKeysTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &ApiKeysTab::updateButtons);
    updateButtons();
}

Result<void> ApiKeysTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    const QString keep =
        m_acting == acting && m_workspace == workspace ? currentKeyId() : QString();
    m_workspace = workspace;
    m_acting = acting;
    auto loaded = reload();
    if (!keep.isEmpty())
        m_view->selectId(keep);
    updateButtons();
    return loaded;
}

void ApiKeysTab::unload()
{
    m_workspace = {};
    m_acting = {};
    m_model->setRows({});
    updateButtons();
}

Result<void> ApiKeysTab::reload()
{
    if (!ApiKeyService::mayManage(m_acting)) {
        m_model->setRows({});
        updateButtons();
        return {};
    }
    auto keys = ApiKeyService::list(m_workspace, m_acting);
    m_model->setRows(keys ? keys.value() : QList<ApiKey>());
    updateButtons();
    if (!keys)
        return keys.error();
    return {};
}

void ApiKeysTab::reloadOrWarn(const QString& selectId)
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the API keys"), reloaded.error().message);
    if (!selectId.isEmpty())
        m_view->selectId(selectId);
    updateButtons();
}

QString ApiKeysTab::currentKeyId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return {};
    return m_model->rows().at(row).id;
}

NewApiKeyDialog* ApiKeysTab::openNewKeyDialog()
{
    if (!ApiKeyService::mayManage(m_acting))
        return nullptr;
    auto* dialog = new NewApiKeyDialog(
        [workspace = m_workspace, acting = m_acting](const QString& name) {
            return ApiKeyService::create(workspace, acting, name);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewApiKeyDialog::keyCreated, this,
            [this](const QString& keyId) { reloadOrWarn(keyId); });
    dialog->open();
    return dialog;
}

void ApiKeysTab::revokeCurrent()
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size() || !ApiKeyService::mayManage(m_acting))
        return;
    const ApiKey key = m_model->rows().at(row);
    if (key.isRevoked())
        return;
    if (QMessageBox::question(this, tr("Revoke API key"),
                              tr("Revoke the API key \u201c%1\u201d (%2)? Programs that send it "
                                 "are refused from now on. This cannot be undone.")
                                  .arg(key.name, key.id)) != QMessageBox::Yes)
        return;
    if (auto done = ApiKeyService::revoke(m_workspace, m_acting, key.id); !done)
        QMessageBox::warning(this, tr("Revoke API key"), done.error().message);
    reloadOrWarn(key.id);
}

void ApiKeysTab::updateButtons()
{
    const bool mayManage = ApiKeyService::mayManage(m_acting);
    const int row = m_view->currentSourceRow();
    const bool revocable =
        row >= 0 && row < m_model->rows().size() && !m_model->rows().at(row).isRevoked();
    m_newButton->setVisible(mayManage);
    m_revokeButton->setVisible(mayManage);
    m_newButton->setEnabled(mayManage && m_workspace);
    m_revokeButton->setEnabled(mayManage && revocable);
}
