#pragma once

#include "common/RowListModel.h"
#include "partners/PartnerDirectory.h"

#include <QCoreApplication>

/// The Partners directory's table (seed 002 columns).
class PartnerDirectoryModel : public RowListModel<PartnerDirectoryRow> {
    Q_DECLARE_TR_FUNCTIONS(PartnerDirectoryModel)

public:
    enum Column {
        Account,
        Type,
        TechnicalContact,
        BusinessContact,
        Program,
        Distribution,
        Service,
        Syndication,
        Listings,
        Status
    };

    explicit PartnerDirectoryModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const PartnerDirectoryRow& row, int column, int role) const override;
};
