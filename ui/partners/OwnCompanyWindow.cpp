#include "partners/OwnCompanyWindow.h"

#include "common/DetailsParts.h"
#include "common/DirectoryView.h"
#include "partners/AccountProfileDialog.h"
#include "partners/AccountProfileService.h"
#include "partners/NewsEditorDialog.h"
#include "partners/NewsListModel.h"
#include "partners/NewsService.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

OwnCompanyWindow::OwnCompanyWindow(WorkspaceHandle workspace, ActingContext acting, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_news(new DirectoryView(QStringLiteral("ownNewsList"), tr("News"), this))
    , m_model(new NewsListModel(this))
    , m_editProfile(new QPushButton(tr("Edit &profile\u2026"), this))
    , m_newArticle(new QPushButton(tr("&New article\u2026"), this))
    , m_editArticle(new QPushButton(tr("&Edit article\u2026"), this))
    , m_deleteArticle(new QPushButton(tr("&Delete article\u2026"), this))
{
    setObjectName(QStringLiteral("ownCompanyWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 \u2014 Our company").arg(m_acting.accountName));
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("ownCompanyEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    QLabel* name =
        DetailsParts::title(m_acting.accountName, QStringLiteral("ownCompanyNameLabel"), 1.4, this);
    QLabel* id =
        DetailsParts::identifier(m_acting.accountId, QStringLiteral("ownCompanyIdLabel"), this);
    id->setAccessibleDescription(tr("Account ID"));
    auto* intro = DetailsParts::note(
        tr("Your partners see this profile on the General tab and these articles, newest first, "
           "on the News tab of their Partner Details."),
        QStringLiteral("ownCompanyIntro"), this);

    m_editProfile->setObjectName(QStringLiteral("ownEditProfileButton"));
    const bool mayEditProfile =
        AccountProfileService::checkEditable(m_workspace, m_acting, m_acting.accountId).ok();
    m_editProfile->setEnabled(mayEditProfile);
    m_editProfile->setToolTip(mayEditProfile
                                  ? tr("Overview, description, contacts, websites and media")
                                  : tr("Editing the profile needs the CRM admin, manager or "
                                       "marketeer role."));
    connect(m_editProfile, &QPushButton::clicked, this, &OwnCompanyWindow::editProfile);

    m_news->setSourceModel(m_model);
    m_news->setEmptyText(tr("No articles yet."));
    m_newArticle->setObjectName(QStringLiteral("newArticleButton"));
    m_editArticle->setObjectName(QStringLiteral("editArticleButton"));
    m_deleteArticle->setObjectName(QStringLiteral("deleteArticleButton"));
    const bool mayWrite = NewsService::canWrite(m_acting);
    for (QPushButton* button : {m_newArticle, m_editArticle, m_deleteArticle})
        button->setVisible(mayWrite);
    connect(m_newArticle, &QPushButton::clicked, this, &OwnCompanyWindow::newArticle);
    connect(m_editArticle, &QPushButton::clicked, this, &OwnCompanyWindow::editArticle);
    connect(m_deleteArticle, &QPushButton::clicked, this, &OwnCompanyWindow::deleteArticle);
    connect(m_news, &DirectoryView::rowActivated, this, [this] {
        if (m_editArticle->isVisible() && m_editArticle->isEnabled())
            editArticle();
    });
    connect(m_news->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OwnCompanyWindow::updateButtons);
    connect(m_news->proxy(), &QAbstractItemModel::modelReset, this,
            &OwnCompanyWindow::updateButtons);

    auto* top = new QHBoxLayout;
    auto* heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(id);
    top->addLayout(heading, 1);
    top->addWidget(m_editProfile, 0, Qt::AlignTop);
    auto* newsButtons = new QHBoxLayout;
    newsButtons->addWidget(m_newArticle);
    newsButtons->addWidget(m_editArticle);
    newsButtons->addWidget(m_deleteArticle);
    newsButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_news, 1);
    layout->addLayout(newsButtons);
    DetailsParts::addCloseButton(this, layout, QStringLiteral("ownCompanyCloseButton"));
    resize(760, 560);
    reload();
}

void OwnCompanyWindow::reload()
{
    auto news = NewsService::ownNews(m_workspace, m_acting);
    m_model->setRows(news ? news.value() : QList<PartnerNewsItem>());
    if (!news)
        QMessageBox::warning(this, tr("News"), news.error().message);
    if (m_model->rowCount() > 0 && !m_news->table()->currentIndex().isValid())
        m_news->table()->setCurrentIndex(m_news->proxy()->index(0, 0));
    updateButtons();
}

void OwnCompanyWindow::updateButtons()
{
    const bool selected = m_news->currentSourceRow() >= 0;
    m_editArticle->setEnabled(selected);
    m_deleteArticle->setEnabled(selected);
}

AccountProfileDialog* OwnCompanyWindow::editProfile()
{
    auto* dialog = new AccountProfileDialog(m_workspace, m_acting, m_acting.accountId,
                                            m_acting.accountName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

NewsEditorDialog* OwnCompanyWindow::newArticle()
{
    return openEditor({});
}

NewsEditorDialog* OwnCompanyWindow::editArticle()
{
    const int row = m_news->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return nullptr;
    return openEditor(m_model->rows().at(row));
}

NewsEditorDialog* OwnCompanyWindow::openEditor(const PartnerNewsItem& item)
{
    auto* dialog = new NewsEditorDialog(m_workspace, m_acting, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewsEditorDialog::saved, this, [this](const QString& newsId) {
        reload();
        m_news->selectId(newsId);
    });
    dialog->show();
    return dialog;
}

void OwnCompanyWindow::deleteArticle()
{
    const int row = m_news->currentSourceRow();
    if (row < 0 || row >= m_model->rows().size())
        return;
    const PartnerNewsItem item = m_model->rows().at(row);
    if (QMessageBox::question(
            this, tr("Delete article"),
            tr("Delete the article \u201c%1\u201d? Partners no longer see it.").arg(item.title),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (auto removed = NewsService::remove(m_workspace, m_acting, item.id); !removed)
        QMessageBox::warning(this, tr("Delete article"), removed.error().message);
    reload();
}
