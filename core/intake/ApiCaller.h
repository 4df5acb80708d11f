#pragma once

#include "session/ActingContext.h"

#include <QString>

/// Who a request to the REST API acts for: its API key, and the user, account and role the key
/// acts as.
struct ApiCaller {
    QString keyId;
    ActingContext acting;
};
