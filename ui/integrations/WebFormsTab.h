#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

class DirectoryView;
class PublishWebFormDialog;
class QPushButton;
class WebFormListModel;
struct WebFormPublication;

/// Administration → Web forms (crm_admins of a distributor or reseller; issue 14, point 3): every
/// pair of a vendor's active lead form and a listing of the account it applies to, published or
/// not, with Publish… (a pair not published), Change…, Embed code… and Unpublish… (after a
/// confirmation; the form's address stops answering at once) for a published one. Double-click
/// or Enter opens Publish… or Embed code…, as fits the row.
class WebFormsTab : public QWidget {
    Q_OBJECT

public:
    /// Where a new publication's service is reached until one is published in this session.
    static constexpr const char* defaultServiceUrl = "http://127.0.0.1:8080";

    explicit WebFormsTab(QWidget* parent = nullptr);

    /// Shows acting's account's pairs (nothing, and no buttons, unless acting may publish).
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    /// Forgets the workspace and its pairs (before it is closed).
    void unload();

    DirectoryView* view() const { return m_view; }
    QPushButton* publishButton() const { return m_publishButton; }
    QPushButton* changeButton() const { return m_changeButton; }
    QPushButton* embedCodeButton() const { return m_embedCodeButton; }
    QPushButton* unpublishButton() const { return m_unpublishButton; }

    /// Opens Publish… for the current pair when it is not published (window-modal).
    PublishWebFormDialog* openPublishDialog();
    /// Opens Change… for the current pair when it is published (window-modal).
    PublishWebFormDialog* openChangeDialog();
    /// Opens Embed code… for the current pair when it is published (window-modal).
    PublishWebFormDialog* openEmbedCodeDialog();
    /// Opens Publish… or Embed code…, as fits the current pair.
    PublishWebFormDialog* openForCurrent();
    /// Unpublishes the current pair after a confirmation.
    void unpublishCurrent();
    /// Makes the pair of formId and listingId current; false when it is not listed.
    bool select(const QString& formId, const QString& listingId);
    /// The current pair, or nullptr.
    const WebFormPublication* current() const;
    /// The service address Publish… starts with: the one used last in this tab, or
    /// defaultServiceUrl.
    QString lastServiceUrl() const { return m_lastServiceUrl; }

private:
    Result<void> reload();
    void reloadOrWarn(const QString& selectRowId);
    void updateButtons();
    PublishWebFormDialog* openDialog(PublishWebFormDialog* dialog);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_lastServiceUrl;
    DirectoryView* m_view;
    WebFormListModel* m_model;
    QPushButton* m_publishButton;
    QPushButton* m_changeButton;
    QPushButton* m_embedCodeButton;
    QPushButton* m_unpublishButton;
};
