#include "partners/PartnerDetailsWindow.h"

#include "accounts/AccountRole.h"
#include "common/CellText.h"
#include "common/LiveRefresh.h"
#include "common/DetailsParts.h"
#include "common/ObjectWindow.h"
#include "partners/AccountProfileDialog.h"
#include "partners/AccountProfileService.h"
#include "partners/AgreementType.h"
#include "partners/ContractCreation.h"
#include "partners/ContractService.h"
#include "partners/ContractStatus.h"
#include "partners/ContractWindow.h"
#include "partners/NewContractDialog.h"
#include "partners/PartnerDetails.h"
#include "partners/PartnerLifecycle.h"
#include "partners/PartnerStatus.h"
#include "partners/RemovePartnerDialog.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString dash = QStringLiteral("\u2014");
constexpr QSize thumbnailSize(200, 140);

QString statusStyle(const QString& statusKey)
{
    // Text and background colours that keep at least 4.5:1 contrast.
    QString colors = QStringLiteral("color: #14532d; background: #dcfce7;");
    if (statusKey == partnerStatuses.key(PartnerStatus::Invited))
        colors = QStringLiteral("color: #78350f; background: #fef3c7;");
    else if (statusKey == partnerStatuses.key(PartnerStatus::Removed))
        colors = QStringLiteral("color: #374151; background: #e5e7eb;");
    return QStringLiteral("QLabel { %1 border-radius: 4px; padding: 2px 8px; font-weight: bold; }")
        .arg(colors);
}

constexpr qsizetype longWord = 30;
constexpr qsizetype headerDescriptionLength = 400;

/// text with zero-width spaces that let long addresses and other long words wrap: after
/// punctuation, and at least every longWord characters.
QString wrappable(const QString& text)
{
    static const QString punctuation = QStringLiteral("/.@-_?&=,;");
    QString result;
    result.reserve(text.size() + text.size() / 8);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i).isSpace()) {
            result += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < size && !text.at(end).isSpace())
            ++end;
        if (end - i <= longWord) {
            result += text.mid(i, end - i);
            i = end;
            continue;
        }
        // Only words that are long as a whole get break opportunities.
        qsizetype sinceBreak = 0;
        for (; i < end; ++i) {
            result += text.at(i);
            ++sinceBreak;
            if (i + 1 < end && (punctuation.contains(text.at(i)) || sinceBreak >= longWord)) {
                result += QChar(0x200B);
                sinceBreak = 0;
            }
        }
    }
    return result;
}

/// A plain, selectable, word-wrapped value, or a grey dash when empty. A screen reader reads
/// the value itself (without the break opportunities) and then what it is (caption).
QLabel* valueLabel(const QString& value, const QString& name, const QString& caption,
                   QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleDescription(caption);
    if (value.trimmed().isEmpty()) {
        label->setText(dash);
        label->setForegroundRole(QPalette::PlaceholderText);
    } else {
        label->setText(wrappable(value));
        label->setAccessibleName(value);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return label;
}

/// A label with one external link (website, e-mail, video) that Tab and Enter reach.
QLabel* linkLabel(const QString& text, const QString& href, const QString& name,
                  const QString& toolTip, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    ObjectWindow::setLink(label, wrappable(text), href);
    label->setOpenExternalLinks(true);
    label->setAccessibleName(text);
    label->setToolTip(toolTip);
    return label;
}



void addRow(QFormLayout* form, const QString& label, QWidget* field, QWidget* buddy = nullptr)
{
    auto* caption = new QLabel(PartnerDetailsWindow::tr("%1:").arg(label), field->parentWidget());
    caption->setObjectName(field->objectName() + QStringLiteral("Label"));
    caption->setBuddy(buddy ? buddy : field);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(caption, field);
}

QScrollArea* scrollArea(QWidget* page, const QString& name, const QString& accessibleName)
{
    auto* scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(accessibleName);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

QTableWidget* newTable(int rows, const QStringList& headers, const QString& name,
                       const QString& accessibleName)
{
    auto* table = new QTableWidget(rows, static_cast<int>(headers.size()));
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move within the table; Tab moves on to the next control.
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text.isEmpty() ? dash : text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

/// Fits the columns to their contents, each at most maxWidth wide (the rest is elided).
void fitColumns(QTableWidget* table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column) + 12, maxWidth));
}

QString listingStatusLabel(const QString& statusKey)
{
    if (statusKey == QLatin1String("listed"))
        return PartnerDetailsWindow::tr("Listed");
    if (statusKey == QLatin1String("unlisted"))
        return PartnerDetailsWindow::tr("Unlisted");
    return statusKey;
}

QString publishedText(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime().date(),
                              QLocale::LongFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

PartnerDetailsWindow::PartnerDetailsWindow(WorkspaceHandle workspace, ActingContext acting,
                                           QString accountId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_accountId(std::move(accountId))
{
    setObjectName(QStringLiteral("partnerDetailsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("partnerDetailsEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    // Ctrl+Tab switches tabs wherever the focus is, also on the Close button.
    auto* nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    nextTab->setObjectName(QStringLiteral("partnerDetailsNextTab"));
    connect(nextTab, &QShortcut::activated, this, [this] { switchTab(1); });
    const QList<QKeySequence> backwards = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)};
    for (const QKeySequence& sequence : backwards) {
        auto* previousTab = new QShortcut(sequence, this);
        previousTab->setObjectName(QStringLiteral("partnerDetailsPreviousTab"));
        connect(previousTab, &QShortcut::activated, this, [this] { switchTab(-1); });
    }
    setMinimumSize(560, 440);
    resize(920, 720);
    reload();
}

PartnerDetailsWindow* PartnerDetailsWindow::open(WorkspaceHandle workspace, ActingContext acting,
                                                 QString accountId, QWidget* parent)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* window = qobject_cast<PartnerDetailsWindow*>(widget);
        if (window && window->partnerAccountId() == accountId &&
            window->actingAccountId() == acting.accountId && window->m_workspace == workspace) {
            DetailsParts::bringToFront(window);
            return window;
        }
    }
    auto* window = new PartnerDetailsWindow(std::move(workspace), std::move(acting),
                                            std::move(accountId), parent);
    DetailsParts::bringToFront(window);
    return window;
}

void PartnerDetailsWindow::switchTab(int step)
{
    if (!m_tabs || m_tabs->count() == 0)
        return;
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void PartnerDetailsWindow::reload()
{
    const int currentTab = m_tabs ? m_tabs->currentIndex() : 0;
    m_tabs = nullptr;
    QVBoxLayout* content = DetailsParts::replaceContent(this, m_content, QStringLiteral("partnerDetailsContent"));

    auto loaded = PartnerDetails::load(m_workspace, m_acting, m_accountId);
    if (!loaded) {
        m_profile.reset();
        setWindowTitle(tr("%1 \u2014 Partner details").arg(m_accountId));
        DetailsParts::showLoadError(content, loaded.error().message, QStringLiteral("partnerDetailsError"));
    } else {
        m_profile = loaded.value();
        const PartnerProfile& profile = *m_profile;
        setWindowTitle(tr("%1 \u2014 Partner details").arg(profile.name));
        content->addWidget(buildHeader(profile));
        m_tabs = new QTabWidget(m_content);
        m_tabs->setObjectName(QStringLiteral("partnerDetailsTabs"));
        m_tabs->setAccessibleName(tr("Partner details"));
        m_tabs->tabBar()->setObjectName(QStringLiteral("partnerDetailsTabBar"));
        m_tabs->addTab(buildGeneral(profile), tr("General"));
        m_tabs->addTab(buildNews(profile), tr("News"));
        m_tabs->addTab(buildContracts(profile), tr("Contracts"));
        m_tabs->addTab(buildListings(profile), tr("Listings"));
        m_tabs->setCurrentIndex(qBound(0, currentTab, m_tabs->count() - 1));
        content->addWidget(m_tabs, 1);
    }

    QPushButton* close =
        DetailsParts::addCloseButton(this, content, QStringLiteral("partnerCloseButton"));
    layout()->addWidget(m_content);
    if (m_tabs)
        m_tabs->tabBar()->setFocus();
    else
        close->setFocus();
}

QWidget* PartnerDetailsWindow::buildHeader(const PartnerProfile& profile)
{
    auto* header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("partnerHeader"));
    QLabel* name =
        DetailsParts::title(profile.name, QStringLiteral("partnerNameLabel"), 1.6, header);
    QLabel* id =
        DetailsParts::identifier(profile.accountId, QStringLiteral("partnerIdLabel"), header);
    id->setAccessibleDescription(tr("Account ID"));
    auto* role = new QLabel(accountRoles.labelForKey(profile.roleKey), header);
    role->setObjectName(QStringLiteral("partnerRoleLabel"));
    role->setAccessibleDescription(tr("Type"));
    auto* status = new QLabel(partnerStatuses.labelForKey(profile.statusKey), header);
    status->setObjectName(QStringLiteral("partnerStatusLabel"));
    status->setAccessibleDescription(tr("Status"));
    status->setToolTip(tr("Status of the partnership"));
    status->setStyleSheet(statusStyle(profile.statusKey));
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(id);
    auto* separator = new QLabel(QStringLiteral("\u00B7"), header);
    separator->setObjectName(QStringLiteral("partnerHeaderSeparator"));
    separator->setForegroundRole(QPalette::PlaceholderText);
    idRow->addWidget(separator);
    idRow->addWidget(role);
    idRow->addSpacing(6);
    idRow->addWidget(status);
    idRow->addStretch(1);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(name);
    layout->addLayout(idRow);
    layout->addWidget(buildActions(profile, header));
    if (!profile.description.trimmed().isEmpty()) {
        // A long description keeps the tabs in view: the header shows its start, the General
        // tab all of it.
        const QString text = profile.description.simplified();
        const bool shortened = text.size() > headerDescriptionLength;
        QString shown = text;
        if (shortened) {
            shown.truncate(headerDescriptionLength);
            const qsizetype space = shown.lastIndexOf(QLatin1Char(' '));
            if (space > headerDescriptionLength / 2)
                shown.truncate(space);
            while (!shown.isEmpty() && (shown.back().isPunct() || shown.back().isSpace()))
                shown.chop(1);
            shown += QStringLiteral("\u2026");
        }
        QLabel* description =
            valueLabel(shown, QStringLiteral("partnerDescriptionLabel"), tr("Description"), header);
        if (shortened)
            description->setToolTip(tr("The whole description is on the General tab."));
        description->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(description);
    }
    return header;
}

QWidget* PartnerDetailsWindow::buildGeneral(const PartnerProfile& profile)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("partnerGeneralPage"));
    auto* layout = new QVBoxLayout(page);

    if (profile.description.simplified().size() > headerDescriptionLength) {
        auto* about = new QGroupBox(tr("Description"), page);
        about->setObjectName(QStringLiteral("partnerDescriptionGroup"));
        auto* aboutLayout = new QVBoxLayout(about);
        aboutLayout->addWidget(valueLabel(profile.description,
                                          QStringLiteral("partnerDescriptionValue"),
                                          tr("Description"), about));
        layout->addWidget(about);
    }

    // Overview: what the partner says, and who says it.
    auto* overview = new QGroupBox(tr("Overview"), page);
    overview->setObjectName(QStringLiteral("partnerOverviewGroup"));
    auto* overviewLayout = new QVBoxLayout(overview);
    if (profile.overview.trimmed().isEmpty()) {
        overviewLayout->addWidget(DetailsParts::note(tr("%1 has not written an overview yet.").arg(profile.name),
                                       QStringLiteral("partnerOverviewNone"), overview));
    } else {
        auto* heading = new QLabel(tr("What %1 is saying").arg(profile.name), overview);
        heading->setObjectName(QStringLiteral("partnerOverviewHeading"));
        heading->setTextFormat(Qt::PlainText);
        heading->setWordWrap(true);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        QLabel* quote = valueLabel(profile.overview, QStringLiteral("partnerOverviewQuote"),
                                   tr("Overview"), overview);
        QFont italic = quote->font();
        italic.setItalic(true);
        quote->setFont(italic);
        overviewLayout->addWidget(heading);
        overviewLayout->addWidget(quote);
        if (!profile.overviewAuthor.trimmed().isEmpty()) {
            QLabel* author =
                valueLabel(tr("\u2014 %1").arg(profile.overviewAuthor),
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
        addRow(form, label, valueLabel(value, name, label, information));
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
            QLabel* link =
                linkLabel(website, website, QStringLiteral("partnerWebsiteLink%1").arg(index++),
                          tr("Open the website in the browser"), links);
            linksLayout->addWidget(link);
            if (!first)
                first = link;
        }
        addRow(form, tr("Websites"), links, first);
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
        QLabel* person = valueLabel(contact.name, name + QStringLiteral("Name"),
                                    tr("%1 contact").arg(label), box);
        boxLayout->addWidget(person);
        if (!contact.email.trimmed().isEmpty()) {
            QUrl mail;
            mail.setScheme(QStringLiteral("mailto"));
            mail.setPath(contact.email.trimmed());
            boxLayout->addWidget(linkLabel(contact.email.trimmed(),
                                           mail.toString(QUrl::FullyEncoded),
                                           name + QStringLiteral("Email"),
                                           tr("Write an e-mail to %1").arg(contact.email), box));
        }
        addRow(contactForm, label, box, person);
    };
    addContact(tr("Technical"), QStringLiteral("partnerTechnicalContact"),
               profile.technicalContact);
    addContact(tr("Business"), QStringLiteral("partnerBusinessContact"), profile.businessContact);
    layout->addWidget(contacts);

    layout->addWidget(buildMedia(profile, page));
    layout->addStretch(1);

    DetailsParts::alignCaptions(page);

    QScrollArea* scroll = scrollArea(page, QStringLiteral("partnerGeneralScroll"), tr("General"));
    // Tab goes through the links inside; the area itself is no stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

QWidget* PartnerDetailsWindow::buildMedia(const PartnerProfile& profile, QWidget* parent)
{
    auto* media = new QGroupBox(tr("Media"), parent);
    media->setObjectName(QStringLiteral("partnerMediaGroup"));
    if (profile.media.isEmpty()) {
        auto* box = new QVBoxLayout(media);
        box->addWidget(DetailsParts::note(tr("%1 has shared no images or videos.").arg(profile.name),
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
                if (auto bytes = PartnerDetails::mediaFile(m_workspace, m_acting, profile.accountId,
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
                tileLayout->addWidget(linkLabel(title, item.url,
                                                QStringLiteral("partnerMediaLink%1").arg(index),
                                                item.url, tile));
            else
                tileLayout->addWidget(valueLabel(
                    title, QStringLiteral("partnerMediaTitle%1").arg(index), tr("Image"), tile));
        } else {
            auto* kind = new QLabel(tr("Video"), tile);
            kind->setObjectName(QStringLiteral("partnerMediaKind%1").arg(index));
            kind->setForegroundRole(QPalette::PlaceholderText);
            tileLayout->addWidget(kind);
            if (!item.url.isEmpty())
                tileLayout->addWidget(linkLabel(title.isEmpty() ? item.url : title, item.url,
                                                QStringLiteral("partnerMediaLink%1").arg(index),
                                                item.url, tile));
            else
                tileLayout->addWidget(valueLabel(
                    title, QStringLiteral("partnerMediaTitle%1").arg(index), tr("Video"), tile));
        }
        tileLayout->addStretch(1);
        grid->addWidget(tile, index / columns, index % columns, Qt::AlignLeft | Qt::AlignTop);
        ++index;
    }
    grid->setColumnStretch(columns, 1);
    return media;
}

QWidget* PartnerDetailsWindow::buildNews(const PartnerProfile& profile)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("partnerNewsPage"));
    auto* layout = new QVBoxLayout(page);
    if (profile.news.isEmpty()) {
        layout->addWidget(DetailsParts::note(tr("%1 has published no news yet.").arg(profile.name),
                               QStringLiteral("partnerNewsEmpty"), page));
    }
    for (const PartnerNewsItem& item : profile.news) {
        auto* article = new QFrame(page);
        article->setObjectName(QStringLiteral("partnerNewsArticle"));
        article->setFrameShape(QFrame::StyledPanel);
        article->setAccessibleName(item.title);
        auto* articleLayout = new QVBoxLayout(article);
        QLabel* title =
            valueLabel(item.title, QStringLiteral("partnerNewsTitle"), tr("Title"), article);
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        title->setFont(font);
        auto* date = new QLabel(publishedText(item.publishedAt), article);
        date->setObjectName(QStringLiteral("partnerNewsDate"));
        date->setAccessibleDescription(tr("Published"));
        date->setToolTip(CellText::dateTime(item.publishedAt));
        date->setForegroundRole(QPalette::PlaceholderText);
        QLabel* body =
            valueLabel(item.body, QStringLiteral("partnerNewsBody"), tr("Article"), article);
        articleLayout->addWidget(title);
        articleLayout->addWidget(date);
        articleLayout->addWidget(body);
        layout->addWidget(article);
    }
    layout->addStretch(1);
    QScrollArea* scroll = scrollArea(page, QStringLiteral("partnerNewsList"), tr("News"));
    // The list scrolls with the arrow keys once it has the focus.
    scroll->setFocusPolicy(Qt::StrongFocus);
    return scroll;
}

QWidget* PartnerDetailsWindow::buildContracts(const PartnerProfile& profile)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("partnerContractsPage"));
    auto* layout = new QVBoxLayout(page);
    if (profile.contracts.isEmpty()) {
        layout->addWidget(DetailsParts::note(tr("There are no contracts between you and %1.").arg(profile.name),
                               QStringLiteral("partnerContractsEmpty"), page));
        layout->addStretch(1);
        return page;
    }
    QTableWidget* table = newTable(static_cast<int>(profile.contracts.size()),
                                   {tr("Type"), tr("Contract ID"), tr("Status"), tr("Agreement"),
                                    tr("Version"), tr("Marketplace"), tr("Agreement update")},
                                   QStringLiteral("partnerContractsTable"), tr("Contracts"));
    table->setParent(page);
    int row = 0;
    int updates = 0;
    for (const PartnerContract& contract : profile.contracts) {
        auto* type = cell(agreementTypes.labelForKey(contract.typeKey));
        type->setData(Qt::UserRole, contract.typeKey);
        table->setItem(row, 0, type);
        table->setItem(row, 1, cell(contract.contractId));
        auto* status = cell(contractStatuses.labelForKey(contract.statusKey));
        status->setData(Qt::UserRole, contract.statusKey);
        table->setItem(row, 2, status);
        table->setItem(row, 3,
                       cell(contract.agreementName,
                            tr("%1 (%2)").arg(contract.agreementName, contract.agreementId)));
        table->setItem(row, 4,
                       cell(contract.version > 0 ? QString::number(contract.version) : QString()));
        table->setItem(row, 5, cell(contract.marketplaceName));
        QTableWidgetItem* update = nullptr;
        if (contract.updateAvailable()) {
            ++updates;
            update = cell(tr("Update available"),
                          tr("Version %1 of the agreement is active; this contract uses "
                             "version %2.")
                              .arg(contract.activeVersion)
                              .arg(contract.version));
            QFont bold = table->font();
            bold.setBold(true);
            update->setFont(bold);
            update->setForeground(QColor(0x92, 0x40, 0x0e));
        } else {
            update = new QTableWidgetItem;
        }
        update->setData(Qt::UserRole, contract.updateAvailable());
        table->setItem(row, 6, update);
        ++row;
    }
    fitColumns(table, 280);
    table->setAccessibleDescription(
        updates > 0 ? tr("Contracts that can move to an updated agreement version: %1.").arg(updates)
                    : QString());
    layout->addWidget(table);

    auto* sign = new QPushButton(tr("&Sign updated version\u2026"), page);
    sign->setObjectName(QStringLiteral("signUpdatedVersionButton"));
    sign->setToolTip(tr("Move the selected active contract to the agreement's active version"));
    sign->setVisible(m_acting.canManagePartners() && updates > 0);
    sign->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sign);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(table, &QTableWidget::currentCellChanged, sign, [table, sign](int current) {
        const QTableWidgetItem* update = current >= 0 ? table->item(current, 6) : nullptr;
        const QTableWidgetItem* status = current >= 0 ? table->item(current, 2) : nullptr;
        sign->setEnabled(update && update->data(Qt::UserRole).toBool() && status &&
                         status->data(Qt::UserRole).toString() == QLatin1String("active"));
    });
    table->setToolTip(tr("Enter or double-click opens the contract"));
    connect(table, &QTableWidget::activated, this, [this, table](const QModelIndex& index) {
        if (const QTableWidgetItem* item = table->item(index.row(), 1))
            openContract(item->text());
    });
    connect(sign, &QPushButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0)
            signUpdatedVersion(table->item(table->currentRow(), 1)->text());
    });
    return page;
}

void PartnerDetailsWindow::signUpdatedVersion(const QString& contractId)
{
    if (QMessageBox::question(this, tr("Sign updated version"),
                              tr("Sign the active version of the agreement for contract %1?")
                                  .arg(contractId))
        != QMessageBox::Yes)
        return;
    auto signedVersion = ContractService::signUpdatedVersion(m_workspace, m_acting, contractId);
    if (!signedVersion) {
        QMessageBox::warning(this, tr("Sign updated version"), signedVersion.error().message);
        return;
    }
    reload();
    // Partnership, contracts, agreements, news, media and listings as other users change them.
    new LiveRefresh(this, m_workspace,
                    {QStringLiteral("partnerships"), QStringLiteral("accounts"),
                     QStringLiteral("contacts"), QStringLiteral("contracts"),
                     QStringLiteral("agreements"), QStringLiteral("listings"),
                     QStringLiteral("news"), QStringLiteral("invitations")},
                    [this] { reload(); });
}

QWidget* PartnerDetailsWindow::buildListings(const PartnerProfile& profile)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("partnerListingsPage"));
    auto* layout = new QVBoxLayout(page);
    if (profile.listings.isEmpty()) {
        layout->addWidget(DetailsParts::note(tr("No products of %1 are listed on your marketplaces, and none of "
                                  "yours on its marketplaces.")
                                   .arg(profile.name),
                               QStringLiteral("partnerListingsEmpty"), page));
        layout->addStretch(1);
        return page;
    }
    QTableWidget* table = newTable(static_cast<int>(profile.listings.size()),
                                   {tr("Product"), tr("Marketplace"), tr("Contract"), tr("Status")},
                                   QStringLiteral("partnerListingsTable"), tr("Listings"));
    table->setParent(page);
    int row = 0;
    for (const PartnerListing& listing : profile.listings) {
        auto* product =
            cell(listing.productName, tr("%1 (%2)").arg(listing.productName, listing.productId));
        product->setData(Qt::UserRole, listing.listingId);
        table->setItem(row, 0, product);
        table->setItem(row, 1,
                       cell(listing.marketplaceName,
                            tr("%1 (%2)").arg(listing.marketplaceName, listing.marketplaceId)));
        table->setItem(row, 2, cell(listing.contractId));
        auto* status = cell(listingStatusLabel(listing.statusKey));
        status->setData(Qt::UserRole, listing.statusKey);
        table->setItem(row, 3, status);
        ++row;
    }
    fitColumns(table, 320);
    layout->addWidget(table);
    return page;
}

QWidget* PartnerDetailsWindow::buildActions(const PartnerProfile& profile, QWidget* parent)
{
    auto* bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("partnerActions"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 6, 0, 0);
    const bool removed = profile.statusKey == partnerStatuses.key(PartnerStatus::Removed);
    const bool owner = profile.managedByActing;
    const auto add = [&](const QString& text, const QString& name, const QString& toolTip,
                         bool visible, auto slot) {
        if (!visible)
            return;
        auto* button = new QPushButton(text, bar);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
    };
    add(tr("New co&ntract\u2026"), QStringLiteral("partnerNewContractButton"),
        tr("Add a program, distribution, service, syndication or referral contract"),
        owner && !removed && ContractCreation::canCreate(m_acting), [this] { newContract(); });
    add(tr("&Edit profile\u2026"), QStringLiteral("partnerEditProfileButton"),
        tr("Edit the General tab: %1 has no users of its own yet").arg(profile.name),
        AccountProfileService::checkEditable(m_workspace, m_acting, profile.accountId).ok(),
        [this] { editProfile(); });
    add(tr("&Remove partner\u2026"), QStringLiteral("removePartnerButton"),
        tr("Remove the partner: pending contracts are deleted, active ones terminated"),
        owner && !removed && PartnerLifecycle::canChange(m_acting), [this] { removePartner(); });
    add(tr("Rest&ore partner"), QStringLiteral("restorePartnerButton"),
        tr("Make the partner active again"),
        owner && removed && PartnerLifecycle::canChange(m_acting), [this] { restorePartner(); });
    layout->addStretch(1);
    bar->setVisible(layout->count() > 1);
    return bar;
}

void PartnerDetailsWindow::changed()
{
    reload();
    emit partnerChanged(m_accountId);
}

NewContractDialog* PartnerDetailsWindow::newContract()
{
    if (!ContractCreation::canCreate(m_acting))
        return nullptr;
    auto* dialog = new NewContractDialog(m_workspace, m_acting, m_accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewContractDialog::contractCreated, this, [this] {
        changed();
        if (m_tabs)
            m_tabs->setCurrentIndex(2);
    });
    dialog->show();
    return dialog;
}

std::optional<qint64> PartnerDetailsWindow::readVersion() const
{
    if (!m_profile)
        return std::nullopt;
    return m_profile->partnershipVersion;
}

void PartnerDetailsWindow::removePartner()
{
    auto plan = PartnerLifecycle::removalPlan(m_workspace, m_acting, m_accountId);
    if (!plan) {
        QMessageBox::warning(this, tr("Remove partner"), plan.error().message);
        return;
    }
    RemovePartnerDialog dialog(plan.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto removed = PartnerLifecycle::remove(m_workspace, m_acting, m_accountId, readVersion());
        !removed)
        QMessageBox::warning(this, tr("Remove partner"), removed.error().message);
    changed();
}

void PartnerDetailsWindow::restorePartner()
{
    if (auto restored =
            PartnerLifecycle::restore(m_workspace, m_acting, m_accountId, readVersion());
        !restored)
        QMessageBox::warning(this, tr("Restore partner"), restored.error().message);
    changed();
}

AccountProfileDialog* PartnerDetailsWindow::editProfile()
{
    if (!m_profile ||
        !AccountProfileService::checkEditable(m_workspace, m_acting, m_accountId).ok())
        return nullptr;
    auto* dialog =
        new AccountProfileDialog(m_workspace, m_acting, m_accountId, m_profile->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AccountProfileDialog::profileSaved, this, &PartnerDetailsWindow::changed);
    dialog->show();
    return dialog;
}

ContractWindow* PartnerDetailsWindow::openContract(const QString& contractId)
{
    ContractWindow* window = ContractWindow::open(m_workspace, m_acting, contractId, this);
    connect(window, &ContractWindow::contractChanged, this, &PartnerDetailsWindow::changed,
            Qt::UniqueConnection);
    return window;
}
