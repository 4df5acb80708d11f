#pragma once

#include "common/RowListModel.h"
#include "partners/PartnerProfile.h"

#include <QCoreApplication>

/// The acting account's news articles (Our company → News).
class NewsListModel : public RowListModel<PartnerNewsItem> {
    Q_DECLARE_TR_FUNCTIONS(NewsListModel)

public:
    enum Column { Date, Title, Article, Id };

    explicit NewsListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const PartnerNewsItem& row, int column, int role) const override;
};
