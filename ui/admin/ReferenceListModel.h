#pragma once

#include "common/RowListModel.h"
#include "reference/ReferenceListService.h"

#include <QCoreApplication>

/// One reference list of an account: name, status, leads using it, ID.
class ReferenceListModel : public RowListModel<ReferenceEntry> {
    Q_DECLARE_TR_FUNCTIONS(ReferenceListModel)

public:
    enum Column { Name, Status, Leads, Id };

    explicit ReferenceListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const ReferenceEntry& row, int column, int role) const override;
};
