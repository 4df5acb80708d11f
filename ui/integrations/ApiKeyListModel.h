#pragma once

#include "common/RowListModel.h"
#include "integrations/ApiKey.h"

#include <QCoreApplication>

/// The API keys of an account: name, the token's first characters, whom the key acts as, when
/// it was created and last used, whether it still works, its ID.
class ApiKeyListModel : public RowListModel<ApiKey> {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyListModel)

public:
    enum Column { Name, Prefix, ActsAs, Created, LastUsed, Status, Id };

    explicit ApiKeyListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const ApiKey& row, int column, int role) const override;
};
