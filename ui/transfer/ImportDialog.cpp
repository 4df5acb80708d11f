#include "transfer/ImportDialog.h"

#include "common/InlineMessage.h"

#include "transfer/ImportMappingView.h"
#include "transfer/ImportReportView.h"
#include "transfer/RecordImport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return ImportDialog::tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return ImportDialog::tr("tab");
    return ImportDialog::tr("comma");
}

} // namespace

ImportDialog::ImportDialog(TransferKind kind, const WorkspaceHandle& workspace,
                           const ActingContext& acting, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_pages(new QStackedWidget(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_fileInfo(new QLabel(this))
    , m_mappingView(new ImportMappingView(this))
    , m_problems(new InlineMessage(this))
    , m_reportView(new ImportReportView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    const bool leads = kind == TransferKind::Leads;
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(leads ? tr("Import leads") : tr("Import partners"));
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A .csv file"));
    m_browse->setObjectName(QStringLiteral("browseImportFileButton"));
    m_fileInfo->setObjectName(QStringLiteral("importFileInfoLabel"));
    m_fileInfo->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("importProblemsLabel"));
    m_problems->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_pages->setObjectName(QStringLiteral("importPages"));

    auto* intro = new QLabel(
        leads ? tr("Each row of the file becomes a lead of %1, checked by the same rules as "
                   "Create Lead. Name the listing by its product and marketplace; a row without "
                   "an existing company or contact creates them from its company and contact "
                   "columns. Rows that break a rule are skipped and listed with their line.")
                    .arg(acting.accountName)
              : tr("Each row of the file becomes a partner of %1, checked by the same rules as "
                   "Add partner, on one of your existing program (vendor) or service (reseller) "
                   "agreements. Rows that break a rule are skipped and listed with their line.")
                    .arg(acting.accountName),
        this);
    intro->setWordWrap(true);
    auto* fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_file);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* mappingLabel = new QLabel(tr("Import each column as (* mandatory):"), this);
    mappingLabel->setObjectName(QStringLiteral("importMappingLabel"));

    auto* setup = new QWidget(this);
    setup->setObjectName(QStringLiteral("importSetupPage"));
    auto* setupLayout = new QGridLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(intro, 0, 0, 1, 2);
    setupLayout->addWidget(fileLabel, 1, 0);
    setupLayout->addLayout(fileRow, 1, 1);
    setupLayout->addWidget(m_fileInfo, 2, 1);
    setupLayout->addWidget(mappingLabel, 3, 0, 1, 2);
    setupLayout->addWidget(m_mappingView, 4, 0, 1, 2);
    setupLayout->addWidget(m_problems, 5, 0, 1, 2);
    setupLayout->setRowStretch(4, 1);
    setupLayout->setColumnStretch(1, 1);
    m_pages->addWidget(setup);
    m_pages->addWidget(m_reportView);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(760, 600);
    setTabOrder(m_file, m_browse);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    m_file->installEventFilter(this); // Enter there reads the file, and does not import yet
    m_browse->setAutoDefault(false);
    m_import->setDefault(true);
    connect(m_mappingView, &ImportMappingView::mappingChanged, this, &ImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!RecordImport::isAllowed(kind, acting)) {
        m_problems->setText(leads ? tr("%1 may not create leads in %2: that needs a CRM role in a "
                                       "distributor or reseller account.")
                                        .arg(acting.userName, acting.accountName)
                                  : tr("%1 may not add partners in %2: that needs the CRM admin "
                                       "or manager role in a distributor account.")
                                        .arg(acting.userName, acting.accountName));
        m_file->setEnabled(false);
        m_browse->setEnabled(false);
    } else if (auto fields = RecordImport::fields(kind, workspace, acting); !fields) {
        m_problems->setText(fields.error().message);
    } else {
        m_fields = fields.value();
    }
    updateState();
    m_browse->setFocus();
}

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            setFile(QDir::fromNativeSeparators(m_file->text().trimmed()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::browse()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, windowTitle(), start, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    auto sample = CsvSample::read(path);
    if (!sample) {
        m_path.clear();
        m_mappingView->setColumns({}, m_fields, {});
        m_fileInfo->clear();
        m_problems->setText(sample.error().message);
        updateState();
        return false;
    }
    m_path = path;
    const ImportMapping automatic = ImportMapping::fromHeader(sample->header, m_fields);
    QStringList info{tr("%n columns, separated by %1; %2 of them recognised by their header.",
                        nullptr, static_cast<int>(sample->header.size()))
                         .arg(delimiterName(sample->delimiter))
                         .arg(automatic.columns().size())};
    for (const auto& ignored : ImportMapping::ignoredColumns(sample->header, m_fields))
        if (ignored.duplicateOf >= 0)
            info << ignored.reason;
    m_fileInfo->setText(info.join(QLatin1Char('\n')));
    m_mappingView->setColumns(sample.value(), m_fields, automatic);
    updateState();
    return true;
}

ImportMapping ImportDialog::mapping() const
{
    return m_mappingView->mapping();
}

void ImportDialog::updateState()
{
    if (m_report)
        return;
    if (m_fields.isEmpty()) { // not allowed, or the fields could not be read: said already
        m_import->setEnabled(false);
        return;
    }
    if (m_path.isEmpty()) {
        m_import->setEnabled(false);
        if (m_file->text().isEmpty())
            m_problems->clear();
        return;
    }
    const QStringList problems = mapping().problems(m_fields);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_import->setEnabled(problems.isEmpty());
}

void ImportDialog::startImport()
{
    if (m_report || m_path.isEmpty() || !mapping().problems(m_fields).isEmpty())
        return;
    QProgressDialog progress(tr("Importing %1\u2026").arg(QFileInfo(m_path).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QElapsedTimer sinceShown;
    bool first = true;
    const auto update = [&](qint64 rows, qint64 bytes, qint64 total) {
        if (first || sinceShown.elapsed() >= 50) {
            first = false;
            progress.setLabelText(tr("Importing %1: %n rows read\u2026", nullptr,
                                     static_cast<int>(qMin<qint64>(rows, INT_MAX)))
                                      .arg(QFileInfo(m_path).fileName()));
            progress.setValue(total > 0 ? static_cast<int>(bytes * 1000 / total) : 0);
            QCoreApplication::processEvents();
            sinceShown.start();
        }
        return !progress.wasCanceled();
    };
    m_import->setEnabled(false);
    auto report =
        RecordImport::importFile(m_kind, m_workspace, m_acting, m_path, mapping(), update, m_batch);
    progress.close();
    if (!report) {
        m_problems->setText(report.error().message);
        updateState();
        return;
    }
    m_report = report.value();
    m_reportView->setReport(m_report.value());
    m_pages->setCurrentWidget(m_reportView);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_import->hide(); // after the box lays its buttons out again
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeImportButton"));
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    if (m_report->imported > 0)
        emit imported(m_report->imported);
}
