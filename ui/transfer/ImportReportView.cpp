#include "transfer/ImportReportView.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
    , m_save(new QPushButton(tr("&Save report\u2026"), this))
{
    setObjectName(QStringLiteral("importReportView"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details->setObjectName(QStringLiteral("importDetailsText"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    auto* detailsLabel = new QLabel(tr("Skipped &rows and notes:"), this);
    detailsLabel->setBuddy(m_details);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ImportReportView::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ImportReportView::save);
}

void ImportReportView::setReport(const ImportReport& report)
{
    m_report = report;
    m_summary->setText(report.summary());
    QStringList parts;
    if (report.skipped > 0)
        parts << report.problemsText();
    if (!report.notes.isEmpty())
        parts << report.notes.join(QLatin1Char('\n'));
    m_details->setPlainText(parts.isEmpty() ? tr("Every row was imported.")
                                            : parts.join(QStringLiteral("\n\n")));
}

void ImportReportView::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_report.text());
}

bool ImportReportView::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(m_report.text().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Save report"),
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ImportReportView::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the import report"), QDir::homePath() + QStringLiteral("/import-report.txt"),
        tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}
