#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// One image or video of an account's profile being edited: an image keeps its stored file
/// (fileId) or brings a new one (fileName, fileData); a video is a link.
struct MediaDraft {
    QString kindKey = QStringLiteral("image"); ///< "image" or "video"
    QString title;
    QString url;         ///< video: the link (required); image: an optional link
    qint64 fileId = 0;   ///< image: its file already stored for this account
    QString fileName;    ///< image: a new file…
    QByteArray fileData; ///< …and its bytes
};

/// The General tab's fields of an account (SPEC 4.5) as edited.
struct AccountProfileDraft {
    QString overview;
    QString description;
    QString headquarters;
    QString countries; ///< "Italy, Spain"
    QString languages;
    QString industry;
    QString websites; ///< comma, semicolon or white space separated
    QString technicalContactName;
    QString technicalContactEmail;
    QString businessContactName;
    QString businessContactEmail;
    QList<MediaDraft> media; ///< in display order
    /// The account's version when load() read it; save() refuses with a Conflict when the
    /// profile changed since (0: not checked).
    qint64 rowVersion = 0;
};
