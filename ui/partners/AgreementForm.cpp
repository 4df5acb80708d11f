#include "partners/AgreementForm.h"

#include "common/InlineMessage.h"

#include "partners/AgreementWriter.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString nameKey = QStringLiteral("name");
const QString descriptionKey = QStringLiteral("description");
const QString documentKey = QStringLiteral("document");

QLabel* hint(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(22, 0, 0, 4);
    return label;
}

} // namespace

AgreementForm::AgreementForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("agreementForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_nameRow = createNameRow();
    auto* nameLabel = new QLabel(tr("&Name *"), this);
    nameLabel->setObjectName(QStringLiteral("agreementNameLabel"));
    nameLabel->setBuddy(m_nameEdit);
    m_form->addRow(nameLabel, m_nameRow);

    QWidget* description = createDescriptionRow();
    auto* descriptionLabel = new QLabel(tr("&Description *"), this);
    descriptionLabel->setObjectName(QStringLiteral("agreementDescriptionLabel"));
    descriptionLabel->setBuddy(m_descriptionEdit);
    // The captions sit outside the inputs' row widgets, where Qt does not look for a name.
    m_nameEdit->setAccessibleName(tr("Name"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_form->addRow(descriptionLabel, description);

    QWidget* document = createDocumentRow();
    auto* documentLabel = new QLabel(tr("Document source"), this);
    documentLabel->setObjectName(QStringLiteral("agreementDocumentSourceLabel"));
    documentLabel->setBuddy(m_noneRadio);
    m_form->addRow(documentLabel, document);

    setTabOrder(m_nameEdit, m_boldButton);
    setTabOrder(m_boldButton, m_italicButton);
    setTabOrder(m_italicButton, m_descriptionEdit);
    setTabOrder(m_descriptionEdit, m_noneRadio);
    setTabOrder(m_noneRadio, m_externalRadio);
    setTabOrder(m_externalRadio, m_urlEdit);
    setTabOrder(m_urlEdit, m_uploadedRadio);
    setTabOrder(m_uploadedRadio, m_fileButton);

    updateCounters();
    updateDocumentFields();
}

QWidget* AgreementForm::createNameRow()
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("agreementNameRow"));
    m_nameEdit = new QLineEdit(row);
    m_nameEdit->setObjectName(QStringLiteral("agreementNameEdit"));
    m_nameEdit->setMaxLength(AgreementWriter::maxNameLength * 2);
    m_nameEdit->setPlaceholderText(tr("e.g. Champions LLC Agreement"));
    m_nameCounter = new QLabel(row);
    m_nameCounter->setObjectName(QStringLiteral("agreementNameCounter"));
    m_nameCounter->setForegroundRole(QPalette::PlaceholderText);
    m_nameReason = InlineMessage::create(this, m_nameEdit->objectName() + QStringLiteral("Reason"));
    m_nameReason->setParent(row);

    auto* line = new QHBoxLayout;
    line->addWidget(m_nameEdit, 1);
    line->addWidget(m_nameCounter);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_nameReason);

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        updateCounters();
        emit changed();
    });
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { touch(nameKey); });
    return row;
}

QWidget* AgreementForm::createDescriptionRow()
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("agreementDescriptionRow"));
    m_boldButton = new QToolButton(row);
    m_boldButton->setObjectName(QStringLiteral("agreementBoldButton"));
    m_boldButton->setText(tr("B"));
    m_boldButton->setCheckable(true);
    m_boldButton->setShortcut(QKeySequence::Bold);
    m_boldButton->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    m_boldButton->setAccessibleName(tr("Bold"));
    QFont bold = m_boldButton->font();
    bold.setBold(true);
    m_boldButton->setFont(bold);
    m_italicButton = new QToolButton(row);
    m_italicButton->setObjectName(QStringLiteral("agreementItalicButton"));
    m_italicButton->setText(tr("I"));
    m_italicButton->setCheckable(true);
    m_italicButton->setShortcut(QKeySequence::Italic);
    m_italicButton->setToolTip(
        tr("Italic (%1)")
            .arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    m_italicButton->setAccessibleName(tr("Italic"));
    QFont italic = m_italicButton->font();
    italic.setItalic(true);
    m_italicButton->setFont(italic);

    m_descriptionEdit = new QTextEdit(row);
    m_descriptionEdit->setObjectName(QStringLiteral("agreementDescriptionEdit"));
    m_descriptionEdit->setAcceptRichText(false);
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setPlaceholderText(tr("What the partner agrees to"));
    m_descriptionEdit->setMinimumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 6);
    m_descriptionCounter = new QLabel(row);
    m_descriptionCounter->setObjectName(QStringLiteral("agreementDescriptionCounter"));
    m_descriptionCounter->setForegroundRole(QPalette::PlaceholderText);
    m_descriptionReason =
        InlineMessage::create(this, m_descriptionEdit->objectName() + QStringLiteral("Reason"));
    m_descriptionReason->setParent(row);

    auto* tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(m_boldButton);
    tools->addWidget(m_italicButton);
    tools->addStretch(1);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_descriptionEdit, 1);
    layout->addWidget(m_descriptionCounter);
    layout->addWidget(m_descriptionReason);

    connect(m_boldButton, &QToolButton::clicked, this, [this](bool checked) {
        QTextCharFormat format;
        format.setFontWeight(checked ? QFont::Bold : QFont::Normal);
        m_descriptionEdit->mergeCurrentCharFormat(format);
        m_descriptionEdit->setFocus();
        emit changed();
    });
    connect(m_italicButton, &QToolButton::clicked, this, [this](bool checked) {
        QTextCharFormat format;
        format.setFontItalic(checked);
        m_descriptionEdit->mergeCurrentCharFormat(format);
        m_descriptionEdit->setFocus();
        emit changed();
    });
    connect(m_descriptionEdit, &QTextEdit::currentCharFormatChanged, this,
            &AgreementForm::updateFormatButtons);
    connect(m_descriptionEdit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            touch(descriptionKey);
        updateCounters();
        emit changed();
    });
    return row;
}

QWidget* AgreementForm::createDocumentRow()
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("agreementDocumentRow"));
    m_noneRadio = new QRadioButton(documentSources.label(DocumentSource::None), row);
    m_noneRadio->setObjectName(QStringLiteral("agreementSourceNone"));
    m_externalRadio = new QRadioButton(documentSources.label(DocumentSource::External), row);
    m_externalRadio->setObjectName(QStringLiteral("agreementSourceExternal"));
    m_uploadedRadio = new QRadioButton(documentSources.label(DocumentSource::Uploaded), row);
    m_uploadedRadio->setObjectName(QStringLiteral("agreementSourceUploaded"));
    m_sourceGroup = new QButtonGroup(this);
    m_sourceGroup->setObjectName(QStringLiteral("agreementSourceGroup"));
    m_sourceGroup->addButton(m_noneRadio, static_cast<int>(DocumentSource::None));
    m_sourceGroup->addButton(m_externalRadio, static_cast<int>(DocumentSource::External));
    m_sourceGroup->addButton(m_uploadedRadio, static_cast<int>(DocumentSource::Uploaded));
    m_noneRadio->setChecked(true);

    m_urlEdit = new QLineEdit(row);
    m_urlEdit->setObjectName(QStringLiteral("agreementDocumentUrlEdit"));
    m_urlEdit->setPlaceholderText(tr("https://example.com/agreement.pdf"));
    auto* urlLabel = new QLabel(tr("Document &URL:"), row);
    urlLabel->setObjectName(QStringLiteral("agreementDocumentUrlLabel"));
    urlLabel->setBuddy(m_urlEdit);

    m_fileButton = new QPushButton(tr("Choose &file\u2026"), row);
    m_fileButton->setObjectName(QStringLiteral("agreementChooseFileButton"));
    m_fileButton->setAutoDefault(false);
    m_fileLabel = new QLabel(tr("No file chosen"), row);
    m_fileLabel->setObjectName(QStringLiteral("agreementFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    auto* fileCaption = new QLabel(tr("File:"), row);
    fileCaption->setObjectName(QStringLiteral("agreementFileCaption"));
    fileCaption->setBuddy(m_fileButton);
    m_documentReason = InlineMessage::create(this, QStringLiteral("agreementDocumentReason"));
    m_documentReason->setParent(row);

    auto* urlLine = new QHBoxLayout;
    urlLine->setContentsMargins(22, 0, 0, 0);
    urlLine->addWidget(urlLabel);
    urlLine->addWidget(m_urlEdit, 1);
    auto* fileLine = new QHBoxLayout;
    fileLine->setContentsMargins(22, 0, 0, 0);
    fileLine->addWidget(fileCaption);
    fileLine->addWidget(m_fileButton);
    fileLine->addWidget(m_fileLabel, 1);

    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_noneRadio);
    layout->addWidget(hint(tr("Only agreement's description will be shown to the partner"),
                           QStringLiteral("agreementSourceNoneHint"), row));
    layout->addWidget(m_externalRadio);
    layout->addWidget(hint(tr("The partner opens the document at this http or https address."),
                           QStringLiteral("agreementSourceExternalHint"), row));
    layout->addLayout(urlLine);
    layout->addWidget(m_uploadedRadio);
    layout->addWidget(hint(tr("The file is stored in the workspace (at most %1 MB).")
                               .arg(AgreementWriter::maxFileSize / (1024 * 1024)),
                           QStringLiteral("agreementSourceUploadedHint"), row));
    layout->addLayout(fileLine);
    layout->addWidget(m_documentReason);

    connect(m_sourceGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateDocumentFields();
        emit changed();
    });
    connect(m_urlEdit, &QLineEdit::textChanged, this, [this] { emit changed(); });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { touch(documentKey); });
    connect(m_fileButton, &QPushButton::clicked, this, &AgreementForm::chooseFile);
    return row;
}

AgreementInput AgreementForm::input() const
{
    AgreementInput input;
    input.name = m_nameEdit->text();
    input.descriptionHtml = descriptionHtml();
    input.source = static_cast<DocumentSource>(m_sourceGroup->checkedId());
    if (input.source == DocumentSource::External)
        input.documentUrl = m_urlEdit->text();
    if (input.source == DocumentSource::Uploaded) {
        input.fileName = m_fileName;
        input.fileData = m_fileData;
    }
    return input;
}

void AgreementForm::setInput(const AgreementInput& input)
{
    m_loading = true;
    m_nameEdit->setText(input.name);
    if (Qt::mightBeRichText(input.descriptionHtml))
        m_descriptionEdit->setHtml(input.descriptionHtml);
    else
        m_descriptionEdit->setPlainText(input.descriptionHtml);
    m_urlEdit->setText(input.documentUrl);
    m_fileName = input.fileName;
    m_fileData = input.fileData;
    m_fileLabel->setText(m_fileName.isEmpty() ? tr("No file chosen") : m_fileName);
    m_sourceGroup->button(static_cast<int>(input.source))->setChecked(true);
    m_loading = false;
    updateDocumentFields();
    updateCounters();
}

QString AgreementForm::descriptionHtml() const
{
    const QTextDocument* document = m_descriptionEdit->document();
    if (document->toPlainText().trimmed().isEmpty())
        return QStringLiteral("");
    QString html;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        html += QStringLiteral("<p>");
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QString text = fragment.text().toHtmlEscaped();
            text.replace(QChar(QChar::LineSeparator), QStringLiteral("<br>"));
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontItalic())
                text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
            if (format.fontWeight() >= QFont::Bold)
                text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
            html += text;
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

int AgreementForm::labelWidth() const
{
    int width = 0;
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            width = std::max(width, item->widget()->sizeHint().width());
    return width;
}

void AgreementForm::setLabelWidth(int width)
{
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            item->widget()->setMinimumWidth(width);
}

void AgreementForm::setNameVisible(bool visible)
{
    m_form->setRowVisible(m_nameRow, visible);
}

void AgreementForm::setContentEnabled(bool enabled)
{
    for (QWidget* widget :
         {static_cast<QWidget*>(m_descriptionEdit), static_cast<QWidget*>(m_boldButton),
          static_cast<QWidget*>(m_italicButton), static_cast<QWidget*>(m_noneRadio),
          static_cast<QWidget*>(m_externalRadio), static_cast<QWidget*>(m_uploadedRadio)})
        widget->setEnabled(enabled);
    m_descriptionEdit->setReadOnly(!enabled);
    updateDocumentFields();
    if (!enabled) {
        m_urlEdit->setEnabled(false);
        m_fileButton->setEnabled(false);
    }
}

void AgreementForm::setReasons(const QMap<QString, QString>& reasons)
{
    m_reasons = reasons;
    refreshReasons();
}

void AgreementForm::showAllReasons()
{
    m_showAll = true;
    refreshReasons();
}

void AgreementForm::refreshReasons()
{
    const QList<std::pair<QString, QLabel*>> labels = {{nameKey, m_nameReason},
                                                       {descriptionKey, m_descriptionReason},
                                                       {documentKey, m_documentReason}};
    for (const auto& [key, label] : labels) {
        const QString reason =
            m_showAll || m_touched.contains(key) ? m_reasons.value(key) : QString();
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
    }
}

void AgreementForm::touch(const QString& key)
{
    if (m_touched.contains(key))
        return;
    m_touched.insert(key);
    refreshReasons();
}

void AgreementForm::setFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileName.clear();
        m_fileData.clear();
        m_fileLabel->setText(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        // One byte more than allowed is enough to tell that the file is too large.
        m_fileData = file.read(AgreementWriter::maxFileSize + 1);
        m_fileName = QFileInfo(path).fileName();
        m_fileLabel->setText(QDir::toNativeSeparators(path));
    }
    m_uploadedRadio->setChecked(true);
    touch(documentKey);
    emit changed();
}

void AgreementForm::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the agreement's document"), {},
        tr("Documents (*.pdf *.docx *.txt *.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void AgreementForm::updateCounters()
{
    m_nameCounter->setText(
        tr("%1 / %2").arg(m_nameEdit->text().trimmed().size()).arg(AgreementWriter::maxNameLength));
    const QString plain = m_descriptionEdit->toPlainText();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const qsizetype words = plain.split(space, Qt::SkipEmptyParts).size();
    const int lines = plain.isEmpty() ? 0 : m_descriptionEdit->document()->blockCount();
    m_descriptionCounter->setText(tr("lines: %1 words: %2 %3/%4")
                                      .arg(lines)
                                      .arg(words)
                                      .arg(AgreementWriter::descriptionLength(descriptionHtml()))
                                      .arg(AgreementWriter::maxDescriptionLength));
}

void AgreementForm::updateDocumentFields()
{
    const bool enabled = m_noneRadio->isEnabled();
    m_urlEdit->setEnabled(enabled && m_externalRadio->isChecked());
    m_fileButton->setEnabled(enabled && m_uploadedRadio->isChecked());
}

void AgreementForm::updateFormatButtons()
{
    const QTextCharFormat format = m_descriptionEdit->currentCharFormat();
    m_boldButton->setChecked(format.fontWeight() >= QFont::Bold);
    m_italicButton->setChecked(format.fontItalic());
}
