#pragma once

#include "intake/WebFormField.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

/// What a published web form page shows: its fields, what the visitor typed and the reasons
/// the server refused it (after a failed submission), or that the request was received.
struct WebFormView {
    QString title;         ///< the product, e.g. "Apex Backup"
    QString recipientName; ///< who receives the request: the distributor that published the form
    QString action;        ///< where the form posts (its own address)
    QString language;      ///< the page's lang attribute
    QList<WebFormField> fields;
    QMap<QString, QString> values; ///< by field key
    QMap<QString, QString> errors; ///< by field key
    QString generalError;          ///< a reason not about one field
    bool received = false;         ///< the lead was created: thank the visitor
    /// Sent back with the form (a hidden input), so that the same submission sent twice (a
    /// double click, a reload) makes one lead; empty for none.
    QString submission;
};

/// A plain, accessible HTML page for a published lead form: no script, every input with its
/// label, required marks in words as well as the required attribute, the browser's own checks
/// (type, pattern, maxlength), and the server's reasons beside the fields (aria-describedby,
/// aria-invalid) with a summary linking to them. Everything from data is HTML-escaped.
class WebFormPage {
    Q_DECLARE_TR_FUNCTIONS(WebFormPage)

public:
    /// The name of the hidden input that carries WebFormView::submission.
    static inline const QString submissionKey = QStringLiteral("submission");

    static QByteArray render(const WebFormView& view);
};
