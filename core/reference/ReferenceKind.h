#pragma once

#include "common/IdKind.h"

#include <QCoreApplication>
#include <QString>

/// The editable reference lists every account keeps for its leads (SPEC 2, 8).
enum class ReferenceKind { Campaigns, SellingDirections, ContentChannels };

inline constexpr ReferenceKind allReferenceKinds[] = {
    ReferenceKind::Campaigns, ReferenceKind::SellingDirections, ReferenceKind::ContentChannels};

/// Table and lead column of each list (the only identifiers its SQL is built from), its IDs and
/// its translated names.
struct ReferenceKindInfo {
    const char* table;
    const char* leadColumn;
    const char* key; ///< for settings, object names and events
    IdKind idKind;
    const char* title;    ///< plural, e.g. "Campaigns"
    const char* singular; ///< e.g. "campaign"

    static const ReferenceKindInfo& of(ReferenceKind kind)
    {
        static const ReferenceKindInfo infos[] = {
            {"campaigns", "campaign_id", "campaign", IdKind::Campaign,
             QT_TRANSLATE_NOOP("ReferenceKind", "Campaigns"),
             QT_TRANSLATE_NOOP("ReferenceKind", "campaign")},
            {"selling_directions", "selling_direction_id", "sellingDirection",
             IdKind::SellingDirection, QT_TRANSLATE_NOOP("ReferenceKind", "Selling directions"),
             QT_TRANSLATE_NOOP("ReferenceKind", "selling direction")},
            {"content_channels", "channel_id", "contentChannel", IdKind::ContentChannel,
             QT_TRANSLATE_NOOP("ReferenceKind", "Content distribution channels"),
             QT_TRANSLATE_NOOP("ReferenceKind", "content distribution channel")},
        };
        return infos[static_cast<int>(kind)];
    }
    QString tableName() const { return QString::fromLatin1(table); }
    QString leadColumnName() const { return QString::fromLatin1(leadColumn); }
    QString keyName() const { return QString::fromLatin1(key); }
    QString titleText() const { return QCoreApplication::translate("ReferenceKind", title); }
    QString singularText() const { return QCoreApplication::translate("ReferenceKind", singular); }
};
