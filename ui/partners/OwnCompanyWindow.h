#pragma once

#include "partners/PartnerProfile.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class AccountProfileDialog;
class DirectoryView;
class NewsEditorDialog;
class NewsListModel;
class QPushButton;

/// Our company: the acting account's own profile (Edit profile…) and its news articles (New,
/// Edit, Delete), which partners see in Partner Details.
class OwnCompanyWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnCompanyWindow)

public:
    OwnCompanyWindow(WorkspaceHandle workspace, ActingContext acting, QWidget* parent = nullptr);

    DirectoryView* newsView() const { return m_news; }
    QPushButton* editProfileButton() const { return m_editProfile; }
    QPushButton* newArticleButton() const { return m_newArticle; }
    QPushButton* editArticleButton() const { return m_editArticle; }
    QPushButton* deleteArticleButton() const { return m_deleteArticle; }

    void reload();
    /// The dialogs are window-modal and returned (shown).
    AccountProfileDialog* editProfile();
    NewsEditorDialog* newArticle();
    NewsEditorDialog* editArticle();
    /// Asks, then deletes the selected article.
    void deleteArticle();

private:
    void updateButtons();
    NewsEditorDialog* openEditor(const PartnerNewsItem& item);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryView* m_news;
    NewsListModel* m_model;
    QPushButton* m_editProfile;
    QPushButton* m_newArticle;
    QPushButton* m_editArticle;
    QPushButton* m_deleteArticle;
};
