#pragma once

#include "common/Result.h"
#include "intake/WebFormPublication.h"

#include <QDialog>

#include <functional>

class InlineMessage;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

/// Publish…, Change… and Embed code… of a web form (issue 14, point 3). Shows the form, vendor,
/// product and marketplace of the pair; Publish and Change ask where the service is reached and
/// which sites may embed the form, check both (WebFormPublications::parseServiceUrl,
/// parseOrigins) and submit them. Any refusal, the check's or submit's, shows its reason in the
/// dialog, which keeps what was typed. Once published (and in Embed code from the start) the
/// dialog shows the embed snippet read-only, with Copy, and the form's address; Close ends it.
class PublishWebFormDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Publish, Change, EmbedCode };
    using Submit = std::function<Result<WebFormPublication>(const QString& serviceUrl,
                                                            const QStringList& allowedOrigins)>;

    /// Publish (publication not published yet: the address starts as serviceUrl) or Change (a
    /// published one: its own address and sites).
    PublishWebFormDialog(const WebFormPublication& publication, const QString& serviceUrl,
                         Submit submit, QWidget* parent = nullptr);
    /// Embed code of a published publication: the snippet and the address only.
    explicit PublishWebFormDialog(const WebFormPublication& publication, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The pair as it is now (after publishing, the publication).
    const WebFormPublication& publication() const { return m_publication; }
    /// The inputs of Publish and Change (nullptr in Embed code).
    QLineEdit* serviceUrlEdit() const { return m_serviceUrl; }
    QPlainTextEdit* originsEdit() const { return m_origins; }
    InlineMessage* problemLabel() const { return m_problem; }
    QPlainTextEdit* snippetEdit() const { return m_snippet; }
    QPushButton* copyButton() const { return m_copy; }
    QLineEdit* addressEdit() const { return m_address; }
    InlineMessage* snippetNote() const { return m_snippetNote; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// Whether the snippet is shown (published, or Embed code).
    bool isShowingSnippet() const { return m_showingSnippet; }

    /// Checks and submits (Publish, Change), or closes the dialog once the snippet is shown.
    void accept() override;

signals:
    /// publish or change succeeded (before the snippet is shown): lists may reload.
    void published(const WebFormPublication& publication);

private:
    PublishWebFormDialog(Mode mode, const WebFormPublication& publication,
                         const QString& serviceUrl, Submit submit, QWidget* parent);
    void addDetailRows();
    void addEditRows(const QString& serviceUrl);
    void addSnippetRows();
    void setEditRowsVisible(bool visible);
    void setSnippetRowsVisible(bool visible);
    void showSnippet();
    void showProblem(const QString& message, QWidget* field);

    Mode m_mode;
    WebFormPublication m_publication;
    Submit m_submit;
    bool m_showingSnippet = false;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_serviceUrl = nullptr;
    QLabel* m_serviceUrlHint = nullptr;
    QPlainTextEdit* m_origins = nullptr;
    QLabel* m_originsHint = nullptr;
    InlineMessage* m_problem = nullptr;
    QPlainTextEdit* m_snippet = nullptr;
    QVBoxLayout* m_snippetColumn = nullptr;
    QPushButton* m_copy = nullptr;
    QLineEdit* m_address = nullptr;
    InlineMessage* m_snippetNote = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
