#pragma once

#include "common/DirectoryModel.h"
#include "leads/LeadDirectory.h"

#include <QCoreApplication>

/// The Leads directory's table (SPEC 3.2 columns), read lazily from LeadDirectory::source().
class LeadDirectoryModel : public DirectoryModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Name,
        Company,
        Contact,
        Source,
        Product,
        Marketplace,
        Status,
        Owner,
        Created
    };

    explicit LeadDirectoryModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const DirectoryRow& row, int column, int role) const override;
};
