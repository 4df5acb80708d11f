#include "partners/PartnerGeneralTab.h"

#include "common/DetailsParts.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerDetailsLabels.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr QSize thumbnailSize(200, 140);

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

PartnerGeneralTab::PartnerGeneralTab(const PartnerProfile& profile,
                                     const WorkspaceHandle& workspace, const ActingContext& acting,
                                     QWidget* parent)
    : QScrollArea(parent)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("partnerGeneralPage"));
    auto* layout = new QVBoxLayout(page);

    if (profile.description.simplified().size() > headerDescriptionLength) {
        auto* about = new QGroupBox(tr("Description"), page);
        about->setObjectName(QStringLiteral("partnerDescriptionGroup"));
        auto* aboutLayout = new QVBoxLayout(about);
        aboutLayout->addWidget(PartnerDetailsLabels::value(
            profile.description, QStringLiteral("partnerDescriptionValue"), tr("Description"),
            about));
        layout->addWidget(about);
    }

    // Overview: what the partner says, and who says it.
    auto* overview = new QGroupBox(tr("Overview"), page);
    overview->setObjectName(QStringLiteral("partnerOverviewGroup"));
    auto* overviewLayout = new QVBoxLayout(overview);
    if (profile.overview.trimmed().isEmpty()) {
        overviewLayout->addWidget(
            DetailsParts::note(tr("%1 has not written an overview yet.").arg(profile.name),
                               QStringLiteral("partnerOverviewNone"), overview));
    } else {
        auto* heading = new QLabel(tr("What %1 is saying").arg(profile.name), overview);
        heading->setObjectName(QStringLiteral("partnerOverviewHeading"));
        heading->setTextFormat(Qt::PlainText);
        heading->setWordWrap(true);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        QLabel* quote = PartnerDetailsLabels::value(
            profile.overview, QStringLiteral("partnerOverviewQuote"), tr("Overview"), overview);
        QFont italic = quote->font();
        italic.setItalic(true);
        quote->setFont(italic);
        overviewLayout->addWidget(heading);
        overviewLayout->addWidget(quote);
        if (!profile.overviewAuthor.trimmed().isEmpty()) {
            QLabel* author = PartnerDetailsLabels::value(
                tr("\u2014 %1").arg(profile.overviewAuthor),
                QStringLiteral("partnerOverviewAuthor"), tr("Author"), overview);
            author->setAlignment(Qt::AlignRight | Qt::AlignTop);
            overviewLayout->addWidget(author);
        }
    }
    layout->addWidget(overview);

    // Information.
    auto* information = new QGroupBox(tr("Information"), page);
    information->setObjectName(QStringLiteral("partnerInformationGroup"));
    auto* form = DetailsParts::newForm();
    information->setLayout(form);
    const auto addValue = [&](const QString& label, const QString& name, const QString& value) {
        PartnerDetailsLabels::addRow(form, label,
                                     PartnerDetailsLabels::value(value, name, label, information));
    };
    addValue(tr("Industry"), QStringLiteral("partnerIndustryValue"), profile.industry);
    addValue(tr("Countries"), QStringLiteral("partnerCountriesValue"),
             PartnerDetails::splitList(profile.countries).join(QStringLiteral(", ")));
    addValue(tr("Headquarters"), QStringLiteral("partnerHeadquartersValue"), profile.headquarters);
    addValue(tr("Languages"), QStringLiteral("partnerLanguagesValue"),
             PartnerDetails::splitList(profile.languages).join(QStringLiteral(", ")));
    const QStringList websites = PartnerDetails::websiteUrls(profile.websites);
    if (websites.isEmpty()) {
        // Whatever is stored, even when it is no usable address.
        addValue(tr("Websites"), QStringLiteral("partnerWebsitesValue"), profile.websites);
    } else {
        auto* links = new QWidget(information);
        links->setObjectName(QStringLiteral("partnerWebsitesValue"));
        auto* linksLayout = new QVBoxLayout(links);
        linksLayout->setContentsMargins(0, 0, 0, 0);
        linksLayout->setSpacing(2);
        QLabel* first = nullptr;
        int index = 0;
        for (const QString& website : websites) {
            QLabel* link = PartnerDetailsLabels::link(
                website, website, QStringLiteral("partnerWebsiteLink%1").arg(index++),
                tr("Open the website in the browser"), links);
            linksLayout->addWidget(link);
            if (!first)
                first = link;
        }
        PartnerDetailsLabels::addRow(form, tr("Websites"), links, first);
    }
    layout->addWidget(information);

    // Contacts.
    auto* contacts = new QGroupBox(tr("Contacts"), page);
    contacts->setObjectName(QStringLiteral("partnerContactsGroup"));
    auto* contactForm = DetailsParts::newForm();
    contacts->setLayout(contactForm);
    const auto addContact = [&](const QString& label, const QString& name,
                                const PartnerContact& contact) {
        auto* box = new QWidget(contacts);
        box->setObjectName(name);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        QLabel* person = PartnerDetailsLabels::value(contact.name, name + QStringLiteral("Name"),
                                                     tr("%1 contact").arg(label), box);
        boxLayout->addWidget(person);
        if (!contact.email.trimmed().isEmpty()) {
            QUrl mail;
            mail.setScheme(QStringLiteral("mailto"));
            mail.setPath(contact.email.trimmed());
            boxLayout->addWidget(PartnerDetailsLabels::link(
                contact.email.trimmed(), mail.toString(QUrl::FullyEncoded),
                name + QStringLiteral("Email"), tr("Write an e-mail to %1").arg(contact.email),
                box));
        }
        PartnerDetailsLabels::addRow(contactForm, label, box, person);
    };
    addContact(tr("Technical"), QStringLiteral("partnerTechnicalContact"),
               profile.technicalContact);
    addContact(tr("Business"), QStringLiteral("partnerBusinessContact"), profile.businessContact);
    layout->addWidget(contacts);

    layout->addWidget(buildMedia(profile, workspace, acting, page));
    layout->addStretch(1);

    DetailsParts::alignCaptions(page);

    setObjectName(QStringLiteral("partnerGeneralScroll"));
    setAccessibleName(tr("General"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(page);
    // Tab goes through the links inside; the area itself is no stop of its own.
    setFocusPolicy(Qt::NoFocus);
}

QWidget* PartnerGeneralTab::buildMedia(const PartnerProfile& profile,
                                       const WorkspaceHandle& workspace,
                                       const ActingContext& acting, QWidget* parent)
{
    auto* media = new QGroupBox(tr("Media"), parent);
    media->setObjectName(QStringLiteral("partnerMediaGroup"));
    if (profile.media.isEmpty()) {
        auto* box = new QVBoxLayout(media);
        box->addWidget(
            DetailsParts::note(tr("%1 has shared no images or videos.").arg(profile.name),
                               QStringLiteral("partnerMediaNone"), media));
        return media;
    }
    auto* grid = new QGridLayout(media);
    grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    constexpr int columns = 3;
    int index = 0;
    for (const PartnerMedia& item : profile.media) {
        auto* tile = new QWidget(media);
        tile->setObjectName(QStringLiteral("partnerMediaItem%1").arg(index));
        tile->setMinimumWidth(thumbnailSize.width());
        tile->setMaximumWidth(thumbnailSize.width() + 16);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(0, 0, 8, 8);
        const QString title = item.title.isEmpty() ? item.fileName : item.title;
        if (item.kindKey == QLatin1String("image")) {
            auto* image = new QLabel(tile);
            image->setObjectName(QStringLiteral("partnerMediaImage%1").arg(index));
            image->setFixedSize(thumbnailSize);
            image->setAlignment(Qt::AlignCenter);
            image->setFrameShape(QFrame::StyledPanel);
            image->setAccessibleName(title);
            QImage picture;
            if (item.fileId > 0) {
                if (auto bytes = PartnerDetails::mediaFile(workspace, acting, profile.accountId,
                                                           item.fileId);
                    bytes)
                    picture = QImage::fromData(bytes.value());
            }
            if (picture.isNull()) {
                image->setText(tr("No preview"));
                image->setForegroundRole(QPalette::PlaceholderText);
            } else {
                const QSize inner = thumbnailSize - QSize(4, 4);
                image->setPixmap(QPixmap::fromImage(
                    picture.scaled(inner, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                image->setToolTip(
                    item.fileName.isEmpty()
                        ? title
                        : tr("%1 (%2, %3)").arg(title, item.fileName, sizeText(item.fileSize)));
            }
            tileLayout->addWidget(image);
            if (!item.url.isEmpty())
                tileLayout->addWidget(PartnerDetailsLabels::link(
                    title, item.url, QStringLiteral("partnerMediaLink%1").arg(index), item.url,
                    tile));
            else
                tileLayout->addWidget(PartnerDetailsLabels::value(
                    title, QStringLiteral("partnerMediaTitle%1").arg(index), tr("Image"), tile));
        } else {
            auto* kind = new QLabel(tr("Video"), tile);
            kind->setObjectName(QStringLiteral("partnerMediaKind%1").arg(index));
            kind->setForegroundRole(QPalette::PlaceholderText);
            tileLayout->addWidget(kind);
            if (!item.url.isEmpty())
                tileLayout->addWidget(PartnerDetailsLabels::link(
                    title.isEmpty() ? item.url : title, item.url,
                    QStringLiteral("partnerMediaLink%1").arg(index), item.url, tile));
            else
                tileLayout->addWidget(PartnerDetailsLabels::value(
                    title, QStringLiteral("partnerMediaTitle%1").arg(index), tr("Video"), tile));
        }
        tileLayout->addStretch(1);
        grid->addWidget(tile, index / columns, index % columns, Qt::AlignLeft | Qt::AlignTop);
        ++index;
    }
    grid->setColumnStretch(columns, 1);
    return media;
}
