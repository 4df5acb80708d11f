#pragma once

#include "common/RowListModel.h"
#include "leads/LeadDirectory.h"

#include <QCoreApplication>

/// The Leads directory's table (SPEC 3.2 columns).
class LeadDirectoryModel : public RowListModel<LeadDirectoryRow> {
    Q_DECLARE_TR_FUNCTIONS(LeadDirectoryModel)

public:
    enum Column { Id, Name, Company, Contact, Source, Product, Marketplace, Status, Owner, Created };

    explicit LeadDirectoryModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const LeadDirectoryRow& row, int column, int role) const override;
};
