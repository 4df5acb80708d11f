#pragma once

#include "partners/AccountProfileDraft.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/// Edit profile… (SPEC 4.5 General tab): overview, description, headquarters, countries,
/// languages, industry, websites, contacts, and media (images stored in the workspace, video
/// links). Each field says why it is refused next to it; Save writes everything through
/// AccountProfileService in one transaction and keeps what was typed when it fails.
class AccountProfileDialog : public QDialog {
    Q_OBJECT

public:
    AccountProfileDialog(WorkspaceHandle workspace, ActingContext acting, QString accountId,
                         const QString& accountName, QWidget* parent = nullptr);

    /// Whether the profile could be read for editing (else the dialog only shows why).
    bool isLoaded() const { return m_loaded; }
    AccountProfileDraft draft() const;
    QLineEdit* lineEdit(const QString& key) const { return m_lines.value(key); }
    QPlainTextEdit* textEdit(const QString& key) const { return m_texts.value(key); }
    QListWidget* mediaList() const { return m_mediaList; }

    /// Adds an image (refused with the reason shown when it is no image or too large).
    bool addImage(const QString& fileName, const QByteArray& bytes);
    /// Adds the video typed in the video fields.
    bool addVideo();
    void removeSelectedMedia();
    /// Opens a file chooser for an image.
    void chooseImage();

    void accept() override;

signals:
    void profileSaved(const QString& accountId);

private:
    void validate();
    void addMediaItem(const MediaDraft& media);

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_accountId;
    qint64 m_rowVersion = 0; ///< the account's version when the profile was read
    bool m_loaded = false;
    QMap<QString, QLineEdit*> m_lines;
    QMap<QString, QPlainTextEdit*> m_texts;
    QMap<QString, QLabel*> m_problems;
    QList<MediaDraft> m_media;
    QListWidget* m_mediaList;
    QLineEdit* m_videoTitle;
    QLineEdit* m_videoUrl;
    QLabel* m_mediaProblem;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
