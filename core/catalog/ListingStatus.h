#pragma once

#include "common/EnumText.h"

/// A listing is offered to the marketplace's customers (Create Lead) only while listed.
enum class ListingStatus { Listed, Unlisted };

inline constexpr EnumText<ListingStatus, 2> listingStatuses{
    "ListingStatus",
    {{{ListingStatus::Listed, "listed", QT_TRANSLATE_NOOP("ListingStatus", "Listed")},
      {ListingStatus::Unlisted, "unlisted", QT_TRANSLATE_NOOP("ListingStatus", "Unlisted")}}}};
