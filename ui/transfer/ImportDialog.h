#pragma once

#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"
#include "transfer/CsvSample.h"
#include "transfer/ImportBatch.h"
#include "transfer/ImportField.h"
#include "transfer/ImportMapping.h"
#include "transfer/ImportReport.h"
#include "transfer/TransferKind.h"

#include <QDialog>

#include <optional>

class ImportMappingView;
class ImportReportView;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

/// File → Import leads… / Import partners…: choose a CSV file, choose the field of each column
/// (headers that name a field are chosen already), import with a progress dialog that can
/// cancel, then read the report of what was imported and skipped.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(TransferKind kind, const WorkspaceHandle& workspace, const ActingContext& acting,
                 QWidget* parent = nullptr);

    /// Reads the header and first rows of path and maps its columns; false (reason shown) when
    /// the file cannot be read as CSV.
    bool setFile(const QString& path);
    ImportMapping mapping() const;
    /// Rows per transaction; the default suits real files, tests use small batches.
    void setBatch(const ImportBatch& batch) { m_batch = batch; }
    /// Runs the import (what the Import button does).
    void startImport();
    /// The report of the import, once it has run.
    const std::optional<ImportReport>& report() const { return m_report; }
    qint64 importedCount() const { return m_report ? m_report->imported : 0; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// Rows were committed: the directories should reload.
    void imported(qint64 rows);

private:
    void browse();
    void updateState();

    TransferKind m_kind;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QList<ImportField> m_fields;
    QString m_path;
    ImportBatch m_batch;
    std::optional<ImportReport> m_report;

    QStackedWidget* m_pages;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_fileInfo;
    ImportMappingView* m_mappingView;
    QLabel* m_problems;
    ImportReportView* m_reportView;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
};
