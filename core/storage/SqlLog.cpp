#include "storage/SqlLog.h"

Q_LOGGING_CATEGORY(sqlLog, "channeldesk.sql", QtInfoMsg)
