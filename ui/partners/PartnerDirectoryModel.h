#pragma once

#include "common/DirectoryModel.h"
#include "partners/PartnerDirectory.h"

#include <QCoreApplication>

/// The Partners directory's table (seed 002 columns), read lazily from
/// PartnerDirectory::source().
class PartnerDirectoryModel : public DirectoryModel {
    Q_OBJECT

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

    QString exportText(const DirectoryRow& directoryRow, int column) const override;

protected:
    QStringList headers() const override;
    QVariant cell(const DirectoryRow& directoryRow, int column, int role) const override;
};
