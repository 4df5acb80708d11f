#pragma once

#include "partners/NewsService.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Writes or edits one news article of the acting account (title, date, body). Save goes
/// through NewsService; on an error the dialog stays open with the text and says why.
class NewsEditorDialog : public QDialog {
    Q_OBJECT

public:
    /// newsId empty: a new article (dated today); otherwise that article, prefilled from item.
    NewsEditorDialog(WorkspaceHandle workspace, ActingContext acting,
                     const PartnerNewsItem& item = {}, QWidget* parent = nullptr);

    NewsDraft draft() const;
    QString newsId() const { return m_newsId; }

    void accept() override;

signals:
    void saved(const QString& newsId);

private:
    void validate();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_newsId;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QPlainTextEdit* m_body;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
