#include "partners/PartnerNewsTab.h"

#include "common/CellText.h"
#include "common/DetailsParts.h"
#include "partners/PartnerDetailsLabels.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QString publishedText(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime().date(),
                              QLocale::LongFormat);
}

} // namespace

PartnerNewsTab::PartnerNewsTab(const PartnerProfile& profile, QWidget* parent)
    : QScrollArea(parent)
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
        QLabel* title = PartnerDetailsLabels::value(item.title, QStringLiteral("partnerNewsTitle"),
                                                    tr("Title"), article);
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        title->setFont(font);
        auto* date = new QLabel(publishedText(item.publishedAt), article);
        date->setObjectName(QStringLiteral("partnerNewsDate"));
        date->setAccessibleDescription(tr("Published"));
        date->setToolTip(CellText::dateTime(item.publishedAt));
        date->setForegroundRole(QPalette::PlaceholderText);
        QLabel* body = PartnerDetailsLabels::value(item.body, QStringLiteral("partnerNewsBody"),
                                                   tr("Article"), article);
        articleLayout->addWidget(title);
        articleLayout->addWidget(date);
        articleLayout->addWidget(body);
        layout->addWidget(article);
    }
    layout->addStretch(1);
    setObjectName(QStringLiteral("partnerNewsList"));
    setAccessibleName(tr("News"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(page);
    // The list scrolls with the arrow keys once it has the focus.
    setFocusPolicy(Qt::StrongFocus);
}
