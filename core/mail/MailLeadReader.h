#pragma once

#include "common/Result.h"
#include "mail/MailLead.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Reads a customer's e-mail (an .eml file, RFC 5322 with MIME) into a MailLead with GMime:
/// encoded words in headers decoded, text/plain preferred over HTML in
/// multipart/alternative, an HTML-only body turned into text (HtmlText), every charset
/// converted. Only reads: the file is never changed.
class MailLeadReader {
    Q_DECLARE_TR_FUNCTIONS(MailLeadReader)

public:
    /// Larger files are refused unread.
    static constexpr qint64 maxMessageBytes = 10 * 1024 * 1024;

    static Result<MailLead> readFile(const QString& path);
    static Result<MailLead> read(const QByteArray& message);
};
