#include "integrations/WebFormsTab.h"

#include "common/DirectoryView.h"
#include "intake/WebFormPublications.h"
#include "integrations/PublishWebFormDialog.h"
#include "integrations/WebFormListModel.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

WebFormsTab::WebFormsTab(QWidget* parent)
    : QWidget(parent)
    , m_lastServiceUrl(QString::fromLatin1(defaultServiceUrl))
    , m_view(new DirectoryView(QStringLiteral("webFormList"), tr("Web forms"), this))
    , m_model(new WebFormListModel(this))
    , m_publishButton(new QPushButton(tr("&Publish\u2026"), this))
    , m_changeButton(new QPushButton(tr("C&hange\u2026"), this))
    , m_embedCodeButton(new QPushButton(tr("&Embed code\u2026"), this))
    , m_unpublishButton(new QPushButton(tr("&Unpublish\u2026"), this))
{
    setObjectName(QStringLiteral("webFormsTab"));
    m_view->setSourceModel(m_model);
    m_view->setEmptyText(
        tr("No lead form to publish. A vendor's active lead form can be published here for "
           "each of your listings of the vendor's products it applies to."));
    m_publishButton->setObjectName(QStringLiteral("publishWebFormButton"));
    m_publishButton->setToolTip(
        tr("Publish the selected form on your websites: customers fill it in and their leads "
           "are yours"));
    m_changeButton->setObjectName(QStringLiteral("changeWebFormButton"));
    m_changeButton->setToolTip(
        tr("Change the service address and the sites that may embed the selected form"));
    m_embedCodeButton->setObjectName(QStringLiteral("embedWebFormButton"));
    m_embedCodeButton->setToolTip(
        tr("Show the code to paste into a page of your website (or press Enter on it)"));
    m_unpublishButton->setObjectName(QStringLiteral("unpublishWebFormButton"));
    m_unpublishButton->setToolTip(tr("Take the selected form off the web: its address stops "
                                     "answering at once"));
    for (QPushButton* button :
         {m_publishButton, m_changeButton, m_embedCodeButton, m_unpublishButton})
        m_view->addToolWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_publishButton, &QPushButton::clicked, this, &WebFormsTab::openPublishDialog);
    connect(m_changeButton, &QPushButton::clicked, this, &WebFormsTab::openChangeDialog);
    connect(m_embedCodeButton, &QPushButton::clicked, this, &WebFormsTab::openEmbedCodeDialog);
    connect(m_unpublishButton, &QPushButton::clicked, this, &WebFormsTab::unpublishCurrent);
    connect(m_view, &DirectoryView::rowActivated, this, [this](int) { openForCurrent(); });
    connect(m_view->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WebFormsTab::updateButtons);
    connect(m_view->proxy(), &QAbstractItemModel::modelReset, this, &WebFormsTab::updateButtons);
    updateButtons();
}

Result<void> WebFormsTab::load(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    const WebFormPublication* kept =
        m_acting == acting && m_workspace == workspace ? current() : nullptr;
    const QString keep = kept ? WebFormListModel::rowId(*kept) : QString();
    m_workspace = workspace;
    m_acting = acting;
    auto loaded = reload();
    if (!keep.isEmpty())
        m_view->selectId(keep);
    updateButtons();
    return loaded;
}

void WebFormsTab::unload()
{
    m_workspace = {};
    m_acting = {};
    m_model->setRows({});
    updateButtons();
}

Result<void> WebFormsTab::reload()
{
    if (!m_workspace || !WebFormPublications::mayPublish(m_acting)) {
        m_model->setRows({});
        updateButtons();
        return {};
    }
    auto pairs = WebFormPublications::list(m_workspace, m_acting);
    m_model->setRows(pairs ? pairs.value() : QList<WebFormPublication>());
    updateButtons();
    if (!pairs)
        return pairs.error();
    return {};
}

void WebFormsTab::reloadOrWarn(const QString& selectRowId)
{
    if (auto reloaded = reload(); !reloaded)
        QMessageBox::warning(this, tr("Could not show the web forms"), reloaded.error().message);
    if (!selectRowId.isEmpty())
        m_view->selectId(selectRowId);
    updateButtons();
}

const WebFormPublication* WebFormsTab::current() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return nullptr;
    return &m_model->rows().at(row);
}

bool WebFormsTab::select(const QString& formId, const QString& listingId)
{
    const bool found = m_view->selectId(WebFormListModel::rowId(formId, listingId));
    updateButtons();
    return found;
}

PublishWebFormDialog* WebFormsTab::openDialog(PublishWebFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PublishWebFormDialog::published, this,
            [this](const WebFormPublication& publication) {
                m_lastServiceUrl = publication.serviceUrl;
                reloadOrWarn(WebFormListModel::rowId(publication));
            });
    dialog->open();
    return dialog;
}

PublishWebFormDialog* WebFormsTab::openPublishDialog()
{
    const WebFormPublication* pair = current();
    if (!pair || pair->isPublished() || !m_workspace || !WebFormPublications::mayPublish(m_acting))
        return nullptr;
    return openDialog(new PublishWebFormDialog(
        *pair, m_lastServiceUrl,
        [workspace = m_workspace, acting = m_acting, formId = pair->formId,
         listingId = pair->listingId](const QString& serviceUrl, const QStringList& origins) {
            return WebFormPublications::publish(workspace, acting, formId, listingId, serviceUrl,
                                                origins);
        },
        this));
}

PublishWebFormDialog* WebFormsTab::openChangeDialog()
{
    const WebFormPublication* pair = current();
    if (!pair || !pair->isLive() || !m_workspace || !WebFormPublications::mayPublish(m_acting))
        return nullptr;
    return openDialog(new PublishWebFormDialog(
        *pair, m_lastServiceUrl,
        [workspace = m_workspace, acting = m_acting, id = pair->id](const QString& serviceUrl,
                                                                    const QStringList& origins) {
            return WebFormPublications::change(workspace, acting, id, serviceUrl, origins);
        },
        this));
}

PublishWebFormDialog* WebFormsTab::openEmbedCodeDialog()
{
    const WebFormPublication* pair = current();
    if (!pair || !pair->isPublished() || !WebFormPublications::mayPublish(m_acting))
        return nullptr;
    return openDialog(new PublishWebFormDialog(*pair, this));
}

PublishWebFormDialog* WebFormsTab::openForCurrent()
{
    const WebFormPublication* pair = current();
    if (!pair)
        return nullptr;
    return pair->isPublished() ? openEmbedCodeDialog() : openPublishDialog();
}

void WebFormsTab::unpublishCurrent()
{
    const WebFormPublication* pair = current();
    if (!pair || !pair->isPublished() || !WebFormPublications::mayPublish(m_acting))
        return;
    const WebFormPublication publication = *pair;
    if (QMessageBox::question(
            this, tr("Unpublish web form"),
            tr("Unpublish the form \u201c%1\u201d (%2) for %3? Its address %4 stops answering "
               "at once: pages that show the form show an error instead, and no lead comes "
               "from it any more.")
                .arg(publication.formName, publication.formId, publication.productName,
                     publication.address())) != QMessageBox::Yes)
        return;
    if (auto done = WebFormPublications::unpublish(m_workspace, m_acting, publication.id); !done)
        QMessageBox::warning(this, tr("Unpublish web form"), done.error().message);
    reloadOrWarn(WebFormListModel::rowId(publication));
}

void WebFormsTab::updateButtons()
{
    const bool mayPublish = WebFormPublications::mayPublish(m_acting);
    const WebFormPublication* pair = current();
    const bool published = pair && pair->isPublished();
    for (QPushButton* button :
         {m_publishButton, m_changeButton, m_embedCodeButton, m_unpublishButton})
        button->setVisible(mayPublish);
    m_publishButton->setEnabled(mayPublish && m_workspace && pair && !published);
    // a paused publication is changed once it is served again (or unpublished)
    m_changeButton->setEnabled(mayPublish && m_workspace && pair && pair->isLive());
    m_embedCodeButton->setEnabled(mayPublish && published);
    m_unpublishButton->setEnabled(mayPublish && m_workspace && published);
}
