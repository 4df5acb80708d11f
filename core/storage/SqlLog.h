#pragma once

#include <QLoggingCategory>

/// Statements with their time: QT_LOGGING_RULES="channeldesk.sql=true" logs each statement core
/// runs through SqlError (its text and how many values were bound, never the values: they may be
/// personal data or a login's password verifier). Off by default.
Q_DECLARE_LOGGING_CATEGORY(sqlLog)
