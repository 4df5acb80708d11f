#pragma once

#include "transfer/ImportReport.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// What an import did: "N imported, M skipped", then each skipped row with its line and reason
/// (and notes such as invitation links), which can be copied or saved to a file.
class ImportReportView : public QWidget {
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void setReport(const ImportReport& report);
    void copyToClipboard();
    /// Writes the report to path as UTF-8 text; false (and a message box) on failure.
    bool saveTo(const QString& path);

private:
    void save();

    ImportReport m_report;
    QLabel* m_summary;
    QPlainTextEdit* m_details;
    QPushButton* m_copy;
    QPushButton* m_save;
};
