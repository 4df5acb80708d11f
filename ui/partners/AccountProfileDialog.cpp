#include "partners/AccountProfileDialog.h"

#include "common/InlineMessage.h"

#include "partners/AccountProfileService.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

struct FieldText {
    const char* key;
    const char* caption;
    const char* objectName;
    bool multiline;
};

const FieldText fieldTexts[] = {
    {"overview", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Overview"), "profileOverviewEdit",
     true},
    {"description", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Description"),
     "profileDescriptionEdit", true},
    {"headquarters", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Headquarters"),
     "profileHeadquartersEdit", false},
    {"countries", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Countries"), "profileCountriesEdit",
     false},
    {"languages", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Languages"), "profileLanguagesEdit",
     false},
    {"industry", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Industry"), "profileIndustryEdit",
     false},
    {"websites", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Websites"), "profileWebsitesEdit",
     false},
    {"technical_contact_name", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Technical contact"),
     "profileTechnicalNameEdit", false},
    {"technical_contact_email", QT_TRANSLATE_NOOP("AccountProfileDialog", "Technical e-&mail"),
     "profileTechnicalEmailEdit", false},
    {"business_contact_name", QT_TRANSLATE_NOOP("AccountProfileDialog", "&Business contact"),
     "profileBusinessNameEdit", false},
    {"business_contact_email", QT_TRANSLATE_NOOP("AccountProfileDialog", "Business e-m&ail"),
     "profileBusinessEmailEdit", false},
};

QLabel* problemLabel(const QString& name, QWidget* parent)
{
    auto* label = new InlineMessage(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showProblem(QLabel* label, QWidget* field, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    field->setAccessibleDescription(problem);
}

QString mediaText(const MediaDraft& media)
{
    if (media.kindKey == QLatin1String("video"))
        return AccountProfileDialog::tr("Video: %1 \u2014 %2")
            .arg(media.title.isEmpty() ? AccountProfileDialog::tr("untitled") : media.title,
                 media.url);
    const QString size =
        media.fileData.isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(QLocale().formattedDataSize(media.fileData.size()));
    return AccountProfileDialog::tr("Image: %1%2")
        .arg(media.title.isEmpty() ? media.fileName : media.title, size);
}

} // namespace

AccountProfileDialog::AccountProfileDialog(WorkspaceHandle workspace, ActingContext acting,
                                           QString accountId, const QString& accountName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_accountId(std::move(accountId))
    , m_mediaList(new QListWidget(this))
    , m_videoTitle(new QLineEdit(this))
    , m_videoUrl(new QLineEdit(this))
    , m_mediaProblem(problemLabel(QStringLiteral("profileMediaProblem"), this))
    , m_problem(problemLabel(QStringLiteral("profileProblem"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("accountProfileDialog"));
    setWindowTitle(tr("Edit profile \u2014 %1").arg(accountName));

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("profilePage"));
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FieldText& text : fieldTexts) {
        const QString key = QString::fromLatin1(text.key);
        auto* box = new QWidget(page);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        QWidget* field = nullptr;
        if (text.multiline) {
            auto* edit = new QPlainTextEdit(box);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(80);
            connect(edit, &QPlainTextEdit::textChanged, this, &AccountProfileDialog::validate);
            m_texts.insert(key, edit);
            field = edit;
        } else {
            auto* edit = new QLineEdit(box);
            connect(edit, &QLineEdit::textChanged, this, &AccountProfileDialog::validate);
            m_lines.insert(key, edit);
            field = edit;
        }
        field->setObjectName(QString::fromLatin1(text.objectName));
        field->setAccessibleName(tr(text.caption).remove(QLatin1Char('&')));
        QLabel* problem = problemLabel(field->objectName() + QStringLiteral("Problem"), box);
        m_problems.insert(key, problem);
        boxLayout->addWidget(field);
        boxLayout->addWidget(problem);
        auto* caption = new QLabel(tr("%1:").arg(tr(text.caption)), page);
        caption->setObjectName(field->objectName() + QStringLiteral("Label"));
        caption->setBuddy(field);
        form->addRow(caption, box);
    }
    m_lines.value(QStringLiteral("websites"))
        ->setPlaceholderText(tr("https://example.com, https://shop.example.com"));
    m_lines.value(QStringLiteral("countries"))->setPlaceholderText(tr("Italy, Spain"));
    pageLayout->addLayout(form);

    auto* media = new QGroupBox(tr("Media"), page);
    media->setObjectName(QStringLiteral("profileMediaGroup"));
    auto* mediaLayout = new QVBoxLayout(media);
    auto* listCaption = new QLabel(tr("Images and &videos:"), media);
    listCaption->setObjectName(QStringLiteral("profileMediaListLabel"));
    listCaption->setBuddy(m_mediaList);
    m_mediaList->setObjectName(QStringLiteral("profileMediaList"));
    m_mediaList->setAccessibleName(tr("Images and videos"));
    m_mediaList->setMinimumHeight(90);
    auto* addImage = new QPushButton(tr("Add i&mage\u2026"), media);
    addImage->setObjectName(QStringLiteral("profileAddImageButton"));
    addImage->setToolTip(tr("PNG, JPEG, GIF or WebP, at most %1 MB; stored in the workspace")
                             .arg(AccountProfileService::maxImageBytes / (1024 * 1024)));
    auto* remove = new QPushButton(tr("&Remove"), media);
    remove->setObjectName(QStringLiteral("profileRemoveMediaButton"));
    connect(addImage, &QPushButton::clicked, this, &AccountProfileDialog::chooseImage);
    connect(remove, &QPushButton::clicked, this, &AccountProfileDialog::removeSelectedMedia);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(addImage);
    listButtons->addWidget(remove);
    listButtons->addStretch(1);
    m_videoTitle->setObjectName(QStringLiteral("profileVideoTitleEdit"));
    m_videoUrl->setObjectName(QStringLiteral("profileVideoUrlEdit"));
    m_videoUrl->setPlaceholderText(tr("https://video.example/watch?v=1"));
    auto* videoTitleLabel = new QLabel(tr("Video &title:"), media);
    videoTitleLabel->setObjectName(QStringLiteral("profileVideoTitleLabel"));
    videoTitleLabel->setBuddy(m_videoTitle);
    auto* videoUrlLabel = new QLabel(tr("Video lin&k:"), media);
    videoUrlLabel->setObjectName(QStringLiteral("profileVideoUrlLabel"));
    videoUrlLabel->setBuddy(m_videoUrl);
    auto* addVideo = new QPushButton(tr("Add vi&deo link"), media);
    addVideo->setObjectName(QStringLiteral("profileAddVideoButton"));
    connect(addVideo, &QPushButton::clicked, this, &AccountProfileDialog::addVideo);
    auto* videoRow = new QHBoxLayout;
    videoRow->addWidget(videoTitleLabel);
    videoRow->addWidget(m_videoTitle, 1);
    videoRow->addWidget(videoUrlLabel);
    videoRow->addWidget(m_videoUrl, 2);
    videoRow->addWidget(addVideo);
    mediaLayout->addWidget(listCaption);
    mediaLayout->addWidget(m_mediaList);
    mediaLayout->addLayout(listButtons);
    mediaLayout->addLayout(videoRow);
    mediaLayout->addWidget(m_mediaProblem);
    pageLayout->addWidget(media);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);

    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("profileSaveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("profileCancelButton"));
    m_buttons->setObjectName(QStringLiteral("profileButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    auto loaded = AccountProfileService::load(m_workspace, m_acting, m_accountId);
    if (!loaded) {
        showProblem(m_problem, this, loaded.error().message);
        scroll->setEnabled(false);
        save->setEnabled(false);
    } else {
        m_loaded = true;
        const AccountProfileDraft& profile = loaded.value();
        m_rowVersion = profile.rowVersion;
        m_texts.value(QStringLiteral("overview"))->setPlainText(profile.overview);
        m_texts.value(QStringLiteral("description"))->setPlainText(profile.description);
        const QList<std::pair<const char*, QString>> lines = {
            {"headquarters", profile.headquarters},
            {"countries", profile.countries},
            {"languages", profile.languages},
            {"industry", profile.industry},
            {"websites", profile.websites},
            {"technical_contact_name", profile.technicalContactName},
            {"technical_contact_email", profile.technicalContactEmail},
            {"business_contact_name", profile.businessContactName},
            {"business_contact_email", profile.businessContactEmail}};
        for (const auto& [key, value] : lines)
            m_lines.value(QString::fromLatin1(key))->setText(value);
        for (const MediaDraft& item : profile.media)
            addMediaItem(item);
    }
    resize(720, 640);
    validate();
}

AccountProfileDraft AccountProfileDialog::draft() const
{
    AccountProfileDraft draft;
    draft.overview = m_texts.value(QStringLiteral("overview"))->toPlainText();
    draft.description = m_texts.value(QStringLiteral("description"))->toPlainText();
    const auto line = [this](const char* key) {
        return m_lines.value(QString::fromLatin1(key))->text();
    };
    draft.headquarters = line("headquarters");
    draft.countries = line("countries");
    draft.languages = line("languages");
    draft.industry = line("industry");
    draft.websites = line("websites");
    draft.technicalContactName = line("technical_contact_name");
    draft.technicalContactEmail = line("technical_contact_email");
    draft.businessContactName = line("business_contact_name");
    draft.businessContactEmail = line("business_contact_email");
    draft.media = m_media;
    draft.rowVersion = m_rowVersion;
    return draft;
}

void AccountProfileDialog::addMediaItem(const MediaDraft& media)
{
    m_media << media;
    m_mediaList->addItem(mediaText(media));
    m_mediaList->setCurrentRow(m_mediaList->count() - 1);
}

bool AccountProfileDialog::addImage(const QString& fileName, const QByteArray& bytes)
{
    if (const QString problem = AccountProfileService::imageProblem(fileName, bytes);
        !problem.isEmpty()) {
        showProblem(m_mediaProblem, m_mediaList, problem);
        return false;
    }
    MediaDraft media;
    media.kindKey = QStringLiteral("image");
    media.fileName = QFileInfo(fileName).fileName();
    media.title = QFileInfo(fileName).completeBaseName();
    media.fileData = bytes;
    addMediaItem(media);
    showProblem(m_mediaProblem, m_mediaList, {});
    validate();
    return true;
}

bool AccountProfileDialog::addVideo()
{
    MediaDraft media;
    media.kindKey = QStringLiteral("video");
    media.title = m_videoTitle->text().trimmed();
    media.url = m_videoUrl->text().trimmed();
    AccountProfileDraft single;
    single.media = {media};
    if (const QString problem =
            AccountProfileService::validate(single).value(QStringLiteral("media.0"));
        !problem.isEmpty()) {
        showProblem(m_mediaProblem, m_videoUrl, problem);
        m_videoUrl->setFocus();
        return false;
    }
    addMediaItem(media);
    m_videoTitle->clear();
    m_videoUrl->clear();
    showProblem(m_mediaProblem, m_videoUrl, {});
    validate();
    return true;
}

void AccountProfileDialog::removeSelectedMedia()
{
    const int row = m_mediaList->currentRow();
    if (row < 0 || row >= m_media.size())
        return;
    m_media.removeAt(row);
    delete m_mediaList->takeItem(row);
    validate();
}

void AccountProfileDialog::chooseImage()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Add image"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(m_mediaProblem, m_mediaList,
                    tr("Could not read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    // Read one byte more than allowed: enough to say the file is too large.
    addImage(fileName, file.read(AccountProfileService::maxImageBytes + 1));
}

void AccountProfileDialog::validate()
{
    const auto reasons = AccountProfileService::validate(draft());
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        QWidget* field = m_lines.contains(it.key()) ? static_cast<QWidget*>(m_lines.value(it.key()))
                                                    : m_texts.value(it.key());
        showProblem(it.value(), field, reasons.value(it.key()));
    }
    QString mediaProblem = reasons.value(QStringLiteral("media"));
    for (int i = 0; mediaProblem.isEmpty() && i < m_media.size(); ++i)
        mediaProblem = reasons.value(QStringLiteral("media.%1").arg(i));
    if (!mediaProblem.isEmpty())
        showProblem(m_mediaProblem, m_mediaList, mediaProblem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_loaded && reasons.isEmpty());
}

void AccountProfileDialog::accept()
{
    auto saved = AccountProfileService::save(m_workspace, m_acting, m_accountId, draft());
    if (!saved) {
        showProblem(m_problem, this,
                    saved.error().code == ErrorCode::Conflict
                        ? saved.error().message + QLatin1Char('\n') +
                              tr("What you typed is still here: copy what you need, then close "
                                 "and open the profile again to see the changes.")
                        : saved.error().message);
        return;
    }
    emit profileSaved(m_accountId);
    QDialog::accept();
}
